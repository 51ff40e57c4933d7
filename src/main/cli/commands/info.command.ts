import { Command } from 'commander';
import { printResult, type Output } from '../output';
import { outputFor, withApp, type GlobalOptions } from '../session';

export function infoCommand(globals: () => GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Command {
  return new Command('info')
    .description('versi aplikasi, versi database, dan folder data')
    .action(async () => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const info = await call('app:info', {});
        printResult(
          out,
          info,
          () =>
            `Asesa ${info.version}\nVersi skema database: ${info.schemaVersion}\nFolder data: ${info.dataDir}`,
        );
      });
    });
}
