/**
 * Child process of the crash test: opens the data folder, saves scores one after another and
 * prints "ACK <competencyId> <level>" as soon as each save has been acknowledged. It never exits
 * by itself; the test kills it with SIGKILL the moment it reads the first ACK.
 */
import { createApp } from '../../../src/main/app';

const [dataDir, assessorId, assignmentId, ...competencyIds] = process.argv
  .slice(2)
  .map((arg, i) => (i === 0 ? arg : Number(arg))) as [string, number, number, ...number[]];

const app = await createApp({ dataDir });
const ctx = {
  role: 'assessor' as const,
  actor: `assessor:${assessorId}`,
  assessorId,
  door: 'desktop' as const,
};
for (let round = 0; ; round++) {
  for (const competencyId of competencyIds) {
    const level = ((round + competencyId) % 5) + 1;
    const evidence = `Bukti putaran ${round}`;
    const result = await app.dispatcher.dispatch(
      'scores:save',
      { assignmentId, competencyId, level, evidence },
      ctx,
    );
    if (!result.ok) {
      process.stderr.write(`${JSON.stringify(result.error)}\n`);
      process.exit(2);
    }
    process.stdout.write(`ACK ${competencyId} ${level} ${evidence}\n`);
  }
}
