import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import { createAuditRepo } from '../../../src/main/db/repos/audit.repo';
import { createCertificatesService } from '../../../src/main/services/certificates/certificates.service';
import { createFilesService } from '../../../src/main/services/files.service';
import { ADMIN, ISSUE_TIME, addCandidates, issue, runJob, setUp, type Setup } from './helpers';
import type { CertificateIssueResult } from '../../../src/shared/contract';

let s: Setup;
const extra: Array<App | Db> = [];
afterEach(async () => {
  for (const item of extra.splice(0)) {
    if ('dispatcher' in item) await item.close();
    else closeDatabase(item);
  }
  await s?.close();
});

function numbersOf(db: Db): Array<{ candidate_id: number; seq: number; number: string }> {
  return db.prepare('SELECT candidate_id, seq, number FROM certificates ORDER BY seq').all() as Array<{
    candidate_id: number;
    seq: number;
    number: string;
  }>;
}

describe('issuing at the same time', { timeout: 240_000 }, () => {
  it('gives distinct, gapless numbers when four connections issue at once', async () => {
    s = await setUp();
    const more = addCandidates(s.app.db, s.program.programId, 14);
    const everyone = [...s.program.candidates, ...more];
    // Four service instances, each with its own connection to the same file, as four processes would.
    const replans: string[] = [];
    const services = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const db = await openDatabase({ dataDir: s.dataDir, migrateToLatest: false });
        extra.push(db);
        return createCertificatesService({
          db,
          audit: createAuditRepo(db),
          files: createFilesService(s.dataDir),
          now: () => ISSUE_TIME,
          log: (line) => replans.push(line),
        });
      }),
    );
    const shares = services.map((_, i) => everyone.filter((_, j) => j % services.length === i));
    const results = await Promise.all(
      services.map((service, i) =>
        service.issuing.issue(
          { programId: s.program.programId, eligibility: 'everyone', candidateIds: shares[i] },
          ADMIN,
        ),
      ),
    );
    expect(results.map((r) => r.issued.length)).toEqual(shares.map((share) => share.length));
    // They really collided: plans made from the same counter were thrown away and made again.
    expect(replans.length).toBeGreaterThan(0);
    const rows = numbersOf(s.app.db);
    expect(rows.map((r) => r.seq)).toEqual(everyone.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.number)).size).toBe(everyone.length);
    expect(new Set(rows.map((r) => r.candidate_id))).toEqual(new Set(everyone));
    const counter = s.app.db.prepare('SELECT last_seq FROM certificate_counters').pluck().get();
    expect(counter).toBe(everyone.length);
  });

  it('issues each candidate once when two apps on one data folder both issue to everyone eligible', async () => {
    s = await setUp();
    const second = await createApp({ dataDir: s.dataDir, now: () => ISSUE_TIME });
    extra.push(second);
    const start = async (app: App) => {
      const result = await app.dispatcher.dispatch(
        'certificates:issue',
        { programId: s.program.programId, allEligible: true },
        ADMIN,
      );
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as { jobId: string }).jobId;
    };
    const [a, b] = await Promise.all([start(s.app), start(second)]);
    const waitOn = async (app: App, jobId: string) => {
      const state = await app.dispatcher.dispatch('job:wait', { jobId }, ADMIN);
      if (!state.ok) throw new Error(state.error.message);
      return state.value as { status: string; result: CertificateIssueResult };
    };
    const [first, other] = await Promise.all([waitOn(s.app, a), waitOn(second, b)]);
    expect([first.status, other.status]).toEqual(['done', 'done']);
    const issued = [...first.result.issued, ...other.result.issued];
    // Five attended; between them the two jobs issued each exactly once.
    expect(issued).toHaveLength(5);
    expect(new Set(issued.map((c) => c.candidateId)).size).toBe(5);
    expect(numbersOf(s.app.db).map((r) => r.number)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `800.2/000${n}/BKPSDM/2023`),
    );
    expect(first.result.skipped.length + other.result.skipped.length).toBe(5);
  });

  it('numbers stay gapless when an issue job is cancelled part-way', async () => {
    s = await setUp();
    addCandidates(s.app.db, s.program.programId, 30);
    const { jobId } = await s.api.ok(
      'certificates:issue',
      { programId: s.program.programId, allEligible: true, eligibility: 'everyone' },
      ADMIN,
    );
    await new Promise<void>((resolve) => {
      const unsubscribe = s.app.events.subscribe((event) => {
        if (event.name === 'job:progress' && event.payload.jobId === jobId && event.payload.done >= 2) {
          unsubscribe();
          resolve();
        }
      });
    });
    await s.api.ok('job:cancel', { jobId }, ADMIN);
    const state = await s.api.ok('job:wait', { jobId }, ADMIN);
    expect(state.status).toBe('cancelled');
    expect(numbersOf(s.app.db)).toEqual([]);
    const after = await issue(s, { candidateIds: [s.program.candidates[0] as number] });
    expect(after.issued[0]?.number).toBe('800.2/0001/BKPSDM/2023');
    await expect(runJob(s, jobId)).rejects.toThrow(/cancelled/);
  });
});
