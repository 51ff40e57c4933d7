import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { seedScoredProgram, SCORED_CANDIDATES, type ScoredProgram } from '../../fixtures/scored-program';
import { ADMIN, assessorCtx, auditRows, caller, OPERATOR } from '../scoring/fixtures';

let dataDir: string;
let app: App;
let p: ScoredProgram;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  p = await seedScoredProgram(app);
  api = caller(app);
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

const byNo = (results: Awaited<ReturnType<typeof list>>, no: string) => {
  const found = results.candidates.find((c) => c.participantNo === no);
  if (!found) throw new Error(`no candidate ${no}`);
  return found;
};
const list = () => api.ok('results:list', { programId: p.programId }, ADMIN);

describe('results:list', () => {
  it('computes gap, JPM, category, rank and pass from the agreed levels and copied standards', async () => {
    const results = await list();
    expect(results.scoreKind).toBe('jpm');
    expect(results.competencies.map((c) => c.code)).toEqual(p.competencyCodes);
    const siti = byNo(results, '001');
    expect(siti.name).toBe('Dra. Hj. Siti Aminah, M.Si.');
    expect(siti.status).toBe('complete');
    expect(siti.totalAchieved).toBe(32);
    expect(siti.totalStandard).toBe(27);
    expect(siti.jpm).toBeCloseTo((100 * 32) / 27, 10);
    expect(siti.category).toBe('MS');
    expect(siti.rank).toBe(1);
    expect(siti.competencies[0]).toMatchObject({ code: 'M.1', standard: 3, achieved: 4, gap: 1 });
    expect(byNo(results, '002')).toMatchObject({ rank: 2, category: 'MS', passed: true });
    expect(byNo(results, '003')).toMatchObject({ rank: 3, category: 'MMS', passed: true });
    // Default pass rule for filling a position: MMS and above.
    expect(byNo(results, '004')).toMatchObject({ rank: 4, category: 'KMS', passed: false });
    expect(results.counts).toEqual({ total: 6, complete: 4, incomplete: 1, absent: 1, passed: 3 });
  });

  it('keeps incomplete and absent candidates out of ranking and pass counts but lists them', async () => {
    const results = await list();
    const dede = byNo(results, '005');
    expect(dede).toMatchObject({
      status: 'incomplete',
      rank: null,
      passed: null,
      jpm: null,
      pending: 1,
      maxSpread: 2,
    });
    const rina = byNo(results, '006');
    expect(rina).toMatchObject({ status: 'absent', rank: null, passed: null, pending: 0 });
    expect(results.candidates.slice(-2).map((c) => c.participantNo)).toEqual(['005', '006']);
  });

  it('lists the assessors who scored each candidate', async () => {
    expect(byNo(await list(), '001').assessors).toEqual(['Asesor Bunga', 'Dr. Asesor Andi, M.Psi.']);
  });
});

describe('results:agree (the assessor meeting)', () => {
  const dede = () => p.candidates[4] as number;
  const m1 = () => p.competency['M.1'] as number;

  it('shows every rating side by side with the spread and flags a wide one', async () => {
    const view = await api.ok('results:integration', { programId: p.programId, candidateId: dede() }, ADMIN);
    const row = view.competencies.find((c) => c.code === 'M.1');
    expect(row?.spread).toBe(2);
    expect(row?.agreed).toBeNull();
    expect(row?.suggested).toBeNull(); // consensus suggests only when all agree
    expect(new Set(row?.ratings.map((r) => r.level))).toEqual(new Set([2, 4]));
    expect(row?.ratings.every((r) => r.submitted)).toBe(true);
  });

  it('requires a rationale when the spread is 2 or more, then records and audits it', async () => {
    const error = await api.fails(
      'results:agree',
      { programId: p.programId, candidateId: dede(), competencyId: m1(), level: 3 },
      ADMIN,
      'rationale-required',
    );
    expect(error.message).toContain('Selisih penilaian');
    const view = await api.ok(
      'results:agree',
      {
        programId: p.programId,
        candidateId: dede(),
        competencyId: m1(),
        level: 3,
        rationale: 'Bukti LGD dan wawancara dibahas; level 3 paling sesuai.',
      },
      assessorCtx(p.assessors.lead, 'desktop', true),
    );
    expect(view.competencies[0]?.agreed).toMatchObject({
      level: 3,
      source: 'recorded',
      decidedBy: `assessor:${p.assessors.lead}`,
    });
    // 27 / 27 = 100 %: above Nur'aini (96,3 %), below Siti (118,5 %).
    expect(view.result).toMatchObject({ status: 'complete', totalAchieved: 27, jpm: 100, rank: 2 });
    const audit = auditRows(app.db, 'agree');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ level: 3 });
  });

  it('requires a rationale when the agreed level differs from every rating', async () => {
    const siti = p.candidates[0] as number;
    await api.fails(
      'results:agree',
      { programId: p.programId, candidateId: siti, competencyId: m1(), level: 2 },
      ADMIN,
      'rationale-required',
    );
    // Equal to one of the ratings and a spread under 2: no rationale needed.
    const m2 = p.competency['M.2'] as number;
    const view = await api.ok(
      'results:agree',
      { programId: p.programId, candidateId: siti, competencyId: m2, level: 3 },
      ADMIN,
    );
    expect(view.competencies[1]?.agreed?.level).toBe(3);
  });

  it('refuses a plain assessor and a competency outside the programme', async () => {
    await api.fails(
      'results:agree',
      { programId: p.programId, candidateId: dede(), competencyId: m1(), level: 3, rationale: 'x' },
      assessorCtx(p.assessors.a),
      'forbidden',
    );
    await api.fails(
      'results:agree',
      { programId: p.programId, candidateId: dede(), competencyId: 999_999, level: 3, rationale: 'x' },
      ADMIN,
      'competency-not-rated',
    );
  });
});

describe('reconciliation rules', () => {
  it('median settles the lower middle level on its own; consensus waits for the lead', async () => {
    const dede = p.candidates[4] as number;
    await api.ok('results:update-settings', { programId: p.programId, reconciliation: 'median' }, ADMIN);
    // M.1 is still 2 vs 4: a spread of 2 needs the lead even under median.
    expect(byNo(await list(), '005').status).toBe('incomplete');
    app.db.prepare('UPDATE ratings SET level = 3 WHERE level = 4').run();
    const settled = byNo(await list(), '005');
    expect(settled.status).toBe('complete');
    expect(settled.competencies[0]?.achieved).toBe(2); // [2, 2, 3, 3]: lower middle
    await api.ok('results:update-settings', { programId: p.programId, reconciliation: 'mean' }, ADMIN);
    expect(byNo(await list(), '005').competencies[0]?.achieved).toBe(3); // 2.5 halves up
    await api.ok('results:update-settings', { programId: p.programId, reconciliation: 'consensus' }, ADMIN);
    expect(byNo(await list(), '005').status).toBe('incomplete');
    expect(dede).toBeGreaterThan(0);
  });

  it('accepts every suggestion that needs no rationale in one step', async () => {
    app.db.prepare('DELETE FROM agreed_levels WHERE candidate_id = ?').run(p.candidates[1]);
    const before = byNo(await list(), '002');
    expect(before.pending).toBe(9);
    // Consensus suggests only the 8 competencies where A and B agree (B is one lower on M.2).
    const { accepted } = await api.ok(
      'results:accept-suggestions',
      { programId: p.programId, candidateId: p.candidates[1] as number },
      ADMIN,
    );
    expect(accepted).toBe(8);
    expect(byNo(await list(), '002').pending).toBe(1);
  });
});

describe('settings', () => {
  it('edits thresholds and the pass rule and refuses inconsistent ones', async () => {
    await api.fails(
      'results:update-settings',
      { programId: p.programId, thresholds: { pengisian: { top: 60, middle: 70 } } },
      ADMIN,
      'thresholds-invalid',
    );
    await api.fails(
      'results:update-settings',
      { programId: p.programId, passRule: { kind: 'category', minimum: 'O' } },
      ADMIN,
      'pass-rule-invalid',
    );
    await api.ok(
      'results:update-settings',
      {
        programId: p.programId,
        thresholds: { pengisian: { top: 75, middle: 66 } },
        passRule: { kind: 'top', n: 2 },
      },
      ADMIN,
    );
    const results = await list();
    expect(byNo(results, '003').category).toBe('MS'); // 77,8 % ≥ 75
    expect(byNo(results, '004').category).toBe('MMS'); // 66,7 % ≥ 66
    expect(results.candidates.filter((c) => c.passed).map((c) => c.participantNo)).toEqual(['001', '002']);
    expect(results.settings.passRuleText).toBe('Lulus: 2 peringkat teratas');
  });
});

describe('selection', () => {
  it('puts the best N into K groups and lets the operator move someone', async () => {
    const view = await api.ok('results:select', { programId: p.programId, best: 4, groups: 2 }, OPERATOR);
    expect(view.groups.map((g) => g.members.length)).toEqual([2, 2]);
    const members = view.groups.flatMap((g) => g.members.map((m) => m.participantNo)).sort();
    expect(members).toEqual(['001', '002', '003', '004']);
    const moved = view.groups[0]?.members[0]?.candidateId as number;
    const after = await api.ok(
      'results:move-selected',
      { programId: p.programId, candidateId: moved, groupNo: 2 },
      OPERATOR,
    );
    expect(after.groups.find((g) => g.groupNo === 2)?.members.map((m) => m.candidateId)).toContain(moved);
    expect(byNo(await list(), view.groups[0]?.members[0]?.participantNo as string).selectionGroup).toBe(2);
  });
});

describe('finalise and reopen', () => {
  it('freezes agreed levels, scores and settings until an admin reopens with a reason and a lead PIN', async () => {
    await api.ok('results:finalize', { programId: p.programId }, OPERATOR);
    await api.fails(
      'results:agree',
      {
        programId: p.programId,
        candidateId: p.candidates[4] as number,
        competencyId: p.competency['M.1'] as number,
        level: 3,
        rationale: 'alasan',
      },
      ADMIN,
      'results-finalized',
    );
    await api.fails(
      'results:update-settings',
      { programId: p.programId, reconciliation: 'mean' },
      ADMIN,
      'results-finalized',
    );
    // Scores are frozen too: reopening a submitted sheet is refused.
    const sheet = app.db
      .prepare('SELECT id FROM assignments WHERE program_id = ? AND assessor_id = ? LIMIT 1')
      .pluck()
      .get(p.programId, p.assessors.a) as number;
    await api.fails(
      'scores:reopen',
      { assignmentId: sheet, reason: 'Salah ketik level' },
      assessorCtx(p.assessors.lead, 'desktop', true),
      'results-finalized',
    );

    const reopen = {
      programId: p.programId,
      reason: 'Koreksi level M.1 setelah banding.',
      witnessAssessorId: p.assessors.lead,
      witnessPin: '9999',
    };
    await api.fails('results:reopen', reopen, OPERATOR, 'forbidden');
    await api.fails('results:reopen', { ...reopen, reason: 'pendek' }, ADMIN, 'invalid-input');
    await api.fails('results:reopen', { ...reopen, witnessPin: '0000' }, ADMIN, 'pin-wrong');
    await api.fails(
      'results:reopen',
      { ...reopen, witnessAssessorId: p.assessors.a, witnessPin: '1111' },
      ADMIN,
      'witness-not-lead',
    );
    const reopened = await api.ok('results:reopen', reopen, ADMIN);
    expect(reopened.finalizedAt).toBeNull();
    const audit = auditRows(app.db).filter((r) => r.entity === 'results');
    expect(audit.map((r) => r.action)).toEqual(['finalize', 'reopen']);
    expect(JSON.parse(audit[1]?.after_json ?? '{}')).toMatchObject({ reason: reopen.reason });
    await api.ok('results:update-settings', { programId: p.programId, reconciliation: 'mean' }, ADMIN);
  });

  it('refuses to reopen what is not final', async () => {
    await api.fails(
      'results:reopen',
      {
        programId: p.programId,
        reason: 'Tidak perlu dibuka kembali.',
        witnessAssessorId: p.assessors.lead,
        witnessPin: '9999',
      },
      ADMIN,
      'results-not-finalized',
    );
  });
});

describe('results:agreement', () => {
  it('reports agreement per programme, competency, pair and assessor with names', async () => {
    const stats = await api.ok('results:agreement', { programId: p.programId }, ADMIN);
    expect(stats.counts.assessors).toBe(2);
    expect(stats.pairs).toHaveLength(1);
    expect(stats.pairs[0]).toMatchObject({ assessorA: 'Dr. Asesor Andi, M.Psi.', assessorB: 'Asesor Bunga' });
    // 5 rated candidates × 9 competencies; A and B differ on M.2 for four of them and on M.1 for Dédé.
    expect(stats.overall.units).toBe(45);
    expect(stats.overall.exactPercent).toBeCloseTo((100 * 40) / 45, 6);
    expect(stats.overall.adjacentPercent).toBeCloseTo((100 * 44) / 45, 6);
    const m2 = stats.competencies.find((c) => c.code === 'M.2');
    expect(m2?.name).not.toBe('');
    expect(m2?.exactPercent).toBeCloseTo(20, 6);
    const bunga = stats.assessors.find((a) => a.name === 'Asesor Bunga');
    expect(bunga?.meanDeviation).toBeLessThan(0); // B rates lower than what was agreed
    expect(SCORED_CANDIDATES).toHaveLength(6);
  });
});

describe('bulk reads', () => {
  it('give the same results when ids are spread too widely to pack into one number', async () => {
    const before = await list();
    const other = (await api.ok('program:create', { code: 'LAIN', name: 'Program lain' }, ADMIN)).id;
    const db = app.db;
    // Push this programme's competency and assessor id ranges past what the packed reads cover.
    db.transaction(() => {
      const competency = db.prepare(
        `INSERT INTO competencies (program_id, code, name, kind, sort_order) VALUES (?, ?, 'Isi', 'technical', 99)`,
      );
      for (let i = 1; i <= 300; i++) competency.run(other, `T.${i}`);
      competency.run(p.programId, 'T.99');
      const assessor = db.prepare(
        `INSERT INTO assessors (program_id, name, role, pin_hash, created_at) VALUES (?, 'Isi', 'assessor', 'x', '2023-02-25')`,
      );
      for (let i = 0; i < 1100; i++) assessor.run(other);
      assessor.run(p.programId);
    })();
    const after = await list();
    expect(after.candidates).toEqual(before.candidates);
    const stats = await api.ok('results:agreement', { programId: p.programId }, ADMIN);
    expect(stats.overall.exactPercent).toBeCloseTo((100 * 40) / 45, 6);
  });
});
