import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir } from '../fixtures/data-dir';
import { seedScoredProgram, SCORED_CANDIDATES } from '../fixtures/scored-program';
import { runAsesa, seededDataDir } from '../fixtures/cli';

let dataDir: string;

beforeEach(async () => {
  dataDir = await seededDataDir((app) => seedScoredProgram(app, 'HASIL'));
});
afterEach(() => removeDir(dataDir));

const asesa = (...args: string[]) => runAsesa(dataDir, ...args);

interface ScriptResult {
  nip: string;
  name: string;
  participantNo: string;
  status: string;
  competencies: Array<{ code: string; standard: number; achieved: number | null; gap: number | null }>;
  totalAchieved: number | null;
  totalStandard: number | null;
  jpm: number | null;
  category: string | null;
  rank: number | null;
  passed: boolean | null;
}

const dede = SCORED_CANDIDATES[4] as (typeof SCORED_CANDIDATES)[number];

describe('asesa results / agree / agreement / finalize', () => {
  it('prints one object per candidate with the promised fields', async () => {
    const run = await asesa('results', '--program', 'hasil', '--json');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as ScriptResult[];
    expect(rows).toHaveLength(6);
    expect(Object.keys(rows[0] as object).sort()).toEqual(
      [
        'category',
        'competencies',
        'jpm',
        'name',
        'nip',
        'participantNo',
        'passed',
        'rank',
        'status',
        'totalAchieved',
        'totalStandard',
      ].sort(),
    );
    expect(rows[0]).toMatchObject({
      nip: '198609262015052001',
      jpm: 118.52,
      category: 'MS',
      rank: 1,
      passed: true,
    });
    expect(rows[0]?.competencies[0]).toEqual({ code: 'M.1', standard: 3, achieved: 4, gap: 1 });
    expect(rows.find((r) => r.nip === dede.nip)).toMatchObject({
      status: 'incomplete',
      rank: null,
      jpm: null,
    });
    expect(rows.find((r) => r.participantNo === '006')?.status).toBe('absent');
  });

  it('records an agreed level, refusing it without the reason a wide spread needs', async () => {
    const refused = await asesa(
      'agree',
      '--program',
      'HASIL',
      '--nip',
      dede.nip,
      '--competency',
      'M.1',
      '--level',
      '3',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('alasan');
    const agreed = await asesa(
      'agree',
      '--program',
      'HASIL',
      '--nip',
      '19881111 201402 1 005',
      '--competency',
      'm.1',
      '--level',
      '3',
      '--reason',
      'Dibahas di rapat integrasi',
      '--json',
    );
    expect(agreed.code).toBe(0);
    const body = JSON.parse(agreed.stdout) as { agreed: { level: number }; result: ScriptResult };
    expect(body.agreed.level).toBe(3);
    expect(body.result).toMatchObject({ status: 'complete', jpm: 100, rank: 2 });
    const bad = await asesa(
      'agree',
      '--program',
      'HASIL',
      '--nip',
      dede.nip,
      '--competency',
      'M.1',
      '--level',
      '7',
    );
    expect(bad.code).toBe(2);
  });

  it('changes the rules through program update and the ranking follows', async () => {
    const run = await asesa(
      'program',
      'update',
      '--code',
      'HASIL',
      '--pass-rule',
      'top:1',
      '--reconciliation',
      'median',
      '--json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results).toMatchObject({
      reconciliation: 'median',
      passRule: { kind: 'top', n: 1 },
    });
    const rows = JSON.parse(
      (await asesa('results', '--program', 'HASIL', '--json')).stdout,
    ) as ScriptResult[];
    expect(rows.filter((r) => r.passed).map((r) => r.participantNo)).toEqual(['001']);
    const wrong = await asesa('program', 'update', '--code', 'HASIL', '--pass-rule', 'category:O');
    expect(wrong.code).toBe(1);
    const unparsable = await asesa('program', 'update', '--code', 'HASIL', '--pass-rule', 'best');
    expect(unparsable.code).toBe(2);
  });

  it('prints agreement statistics and finalises, after which agreeing is refused', async () => {
    const stats = await asesa('agreement', '--program', 'HASIL', '--json');
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).counts).toEqual({ ratings: 90, subjects: 5, assessors: 2 });
    const human = await asesa('agreement', '--program', 'HASIL');
    expect(human.stdout).toContain('Asesor Bunga');
    const final = await asesa('finalize', '--program', 'HASIL', '--json');
    expect(final.code).toBe(0);
    expect(JSON.parse(final.stdout)).toMatchObject({ counts: { complete: 4, passed: 3 } });
    expect(JSON.parse(final.stdout).finalizedAt).toEqual(expect.any(String));
    const refused = await asesa(
      'agree',
      '--program',
      'HASIL',
      '--nip',
      dede.nip,
      '--competency',
      'M.1',
      '--level',
      '3',
      '--reason',
      'Terlambat',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('sudah final');
  });
});
