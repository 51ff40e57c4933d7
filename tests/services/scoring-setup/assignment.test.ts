import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssignmentRow } from '../../../src/shared/contract';
import { addAssessor, addCandidates, createProgram, seedAssessors, startApp, type Harness } from './fixture';

let h: Harness;
let programId: number;

beforeEach(async () => {
  h = await startApp();
  programId = (await createProgram(h)).id;
});
afterEach(async () => h.close());

const AGENCIES = ['Dinas Pendidikan', 'Bappeda', 'Dinas Kesehatan', 'Satpol PP', 'Kecamatan Bekasi Timur'];

const PANEL = [
  { name: 'Dr. Hendra Gunawan, M.Psi., Psikolog', unit: 'Lembaga Asesmen Mitra' },
  { name: 'Dra. Hj. Siti Aminah, M.Si.', unit: 'BKD Provinsi Jawa Barat' },
  { name: 'Rina Kartika, S.Psi., M.Psi.', unit: 'Lembaga Asesmen Mitra' },
  { name: 'Ir. Bambang Sutrisno, M.M.', unit: 'Bappeda' },
  { name: 'Ni Luh Putu Ayu Lestari, S.Psi.', unit: 'Lembaga Asesmen Mitra' },
  { name: 'Muhammad Ridwan Hakim, S.Sos.', unit: 'Dinas Pendidikan' },
];

async function roster(n: number) {
  return addCandidates(
    h,
    programId,
    Array.from({ length: n }, (_, i) => ({ name: `Peserta ${i + 1}`, unit: AGENCIES[i % AGENCIES.length] })),
  );
}

async function methods() {
  return (await h.ok('instruments:get', { programId })).methods;
}

function loads(rows: AssignmentRow[]): number[] {
  const byAssessor = new Map<number, number>();
  for (const r of rows) byAssessor.set(r.assessorId, (byAssessor.get(r.assessorId) ?? 0) + 1);
  return [...byAssessor.values()];
}

const norm = (unit: string) => unit.toLowerCase();

describe('automatic assignment when every constraint can be met', () => {
  it('gives every candidate N assessors per method, never from their agency, load within one', async () => {
    const candidates = await roster(23);
    const assessorIds = seedAssessors(h, programId, PANEL);
    const result = await h.ok('assign:auto', { programId, perCandidate: 2 });
    const all = await methods();
    expect(result.problems).toEqual([]);
    expect(result.created).toBe(23 * all.length * 2);
    const rows = await h.ok('assign:list', { programId });
    const unitOf = new Map(PANEL.map((p, i) => [assessorIds[i], p.unit]));
    for (const c of candidates) {
      for (const m of all) {
        const mine = rows.filter((r) => r.candidateId === c.id && r.methodId === m.id);
        expect(mine).toHaveLength(2);
        expect(new Set(mine.map((r) => r.assessorId)).size).toBe(2);
        for (const r of mine) expect(norm(unitOf.get(r.assessorId) as string)).not.toBe(norm(c.unit));
      }
    }
    expect(rows.every((r) => !r.conflict && !r.manual && r.status === 'open')).toBe(true);
    const counts = loads(rows);
    expect(counts).toHaveLength(PANEL.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(result.loads.map((l) => l.assignments).sort()).toEqual([...counts].sort());
  });

  it('changes nothing on a re-run and keeps rated assignments when N changes', async () => {
    await roster(10);
    seedAssessors(h, programId, PANEL);
    const first = await h.ok('assign:auto', { programId });
    const before = await h.ok('assign:list', { programId });
    const again = await h.ok('assign:auto', { programId });
    expect(again).toMatchObject({ created: 0, removed: 0, kept: first.created, problems: [] });
    expect(await h.ok('assign:list', { programId })).toEqual(before);

    // One sheet carries a rating: dropping to one assessor per method must keep it.
    const rated = before[0] as AssignmentRow;
    const competencyId = (await h.ok('instruments:get', { programId })).methods.find(
      (m) => m.id === rated.methodId,
    )?.competencyIds[0];
    h.app.db
      .prepare(`INSERT INTO ratings (assignment_id, competency_id, level, updated_at) VALUES (?, ?, 4, 'x')`)
      .run(rated.id, competencyId);
    const fewer = await h.ok('assign:auto', { programId, perCandidate: 1 });
    const after = await h.ok('assign:list', { programId });
    expect(after.find((r) => r.id === rated.id)).toMatchObject({ scored: true });
    expect(
      after.filter((r) => r.candidateId === rated.candidateId && r.methodId === rated.methodId),
    ).toHaveLength(1);
    expect(after).toHaveLength(before.length / 2);
    expect(fewer.removed - fewer.created).toBe(before.length / 2);
    expect(fewer.problems).toEqual([]);
    const counts = loads(after);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('follows the schedule when sessions host groups: each candidate gets only the methods of their sessions', async () => {
    const candidates = await roster(12);
    seedAssessors(h, programId, PANEL);
    const all = await methods();
    const lgd = all.find((m) => m.code === 'LGD')?.id as number;
    const { groups } = await h.ok('schedule:form-groups', {
      programId,
      size: 4,
      mixAgencies: true,
      sameLevel: false,
    });
    const session = await h.ok('schedule:save-session', {
      programId,
      day: '2023-02-27',
      start: '08:00',
      end: '10:00',
      methodId: lgd,
    });
    await h.ok('schedule:set-session-groups', {
      sessionId: session.id,
      groupIds: [groups[0]?.id as number, groups[1]?.id as number],
    });
    const result = await h.ok('assign:auto', { programId });
    const rows = await h.ok('assign:list', { programId });
    expect(new Set(rows.map((r) => r.methodCode))).toEqual(new Set(['LGD']));
    const scheduled = [...(groups[0]?.members ?? []), ...(groups[1]?.members ?? [])].map(
      (m) => m.candidateId,
    );
    expect(new Set(rows.map((r) => r.candidateId))).toEqual(new Set(scheduled));
    // The candidates of the unscheduled third group are reported, by number and name.
    const left = candidates.filter((c) => !scheduled.includes(c.id));
    expect(left).toHaveLength(4);
    expect(result.problems.map((p) => [p.candidateId, p.code, p.methodCode])).toEqual(
      left.map((c) => [c.id, 'assign-not-scheduled', null]),
    );
    expect(result.problems[0]?.message).toContain(`Peserta ${left[0]?.participantNo} (${left[0]?.name})`);
  });
});

describe('automatic assignment when constraints cannot all be met', () => {
  it('reports every candidate and method short of assessors, says why, and assigns the one there is', async () => {
    const candidates = await roster(3);
    seedAssessors(h, programId, [PANEL[0] as { name: string; unit: string }]);
    const result = await h.ok('assign:auto', { programId, perCandidate: 2 });
    const all = await methods();
    expect(result.created).toBe(3 * all.length);
    expect(result.problems).toHaveLength(3 * all.length);
    const first = result.problems[0];
    expect(first).toMatchObject({
      candidateId: candidates[0]?.id,
      participantNo: '001',
      candidateName: 'Peserta 1',
      methodCode: 'IT',
      code: 'assign-not-enough-assessors',
    });
    expect(first?.message).toContain('Peserta 001 (Peserta 1), metode IT');
    expect(first?.message).toContain('perlu 2 asesor');
    expect(first?.message).toContain('hanya punya 1 asesor');
    expect(first?.message).toContain('Tambahkan asesor');
  });

  it('never assigns an assessor of the candidate’s own agency and names the conflict instead', async () => {
    const [bappeda, dinas] = await addCandidates(h, programId, [
      { name: 'Budi Santoso', unit: 'Bappeda' },
      { name: 'Dewi Lestari', unit: 'Dinas Kesehatan' },
    ]);
    seedAssessors(h, programId, [
      { name: 'Asesor A', unit: 'BAPPEDA' },
      { name: 'Asesor B', unit: 'Bappeda ' },
      { name: 'Asesor C', unit: 'Lembaga Asesmen Mitra' },
    ]);
    const result = await h.ok('assign:auto', { programId, perCandidate: 2 });
    const rows = await h.ok('assign:list', { programId });
    expect(rows.filter((r) => r.candidateId === bappeda?.id).map((r) => r.assessorName)).toEqual(
      expect.arrayContaining(['Asesor C']),
    );
    expect(rows.some((r) => r.candidateId === bappeda?.id && r.assessorName !== 'Asesor C')).toBe(false);
    expect(rows.filter((r) => r.candidateId === dinas?.id)).toHaveLength(2 * (await methods()).length);
    const problems = result.problems;
    expect(
      problems.every((p) => p.candidateId === bappeda?.id && p.code === 'assign-conflict-of-interest'),
    ).toBe(true);
    expect(problems).toHaveLength((await methods()).length);
    expect(problems[0]?.message).toContain('Peserta 001 (Budi Santoso)');
    expect(problems[0]?.message).toContain('2 dari 3 asesor berasal dari instansi yang sama (Bappeda)');
    expect(problems[0]?.message).toContain('baru 1 asesor yang ditugaskan');
  });

  it('refuses to run without assessors or without a method that scores anything', async () => {
    await roster(2);
    expect((await h.fail('assign:auto', { programId })).code).toBe('assign-no-assessors');
    seedAssessors(h, programId, PANEL.slice(0, 2));
    await h.ok('instruments:set-matrix', { programId, cells: [] });
    const none = await h.fail('assign:auto', { programId });
    expect(none.code).toBe('assign-no-methods');
    expect(none.message).toContain('matriks');
  });
});

describe('manual assignment', () => {
  it('allows an assessor of the same agency with a visible warning, marks the rows manual, and auto keeps them', async () => {
    const [candidate] = await addCandidates(h, programId, [{ name: 'Budi Santoso', unit: 'Bappeda' }]);
    const same = await addAssessor(h, programId, 'Ir. Bambang Sutrisno, M.M.', 'Bappeda');
    const [other] = seedAssessors(h, programId, [{ name: 'Rina Kartika', unit: 'Lembaga Asesmen Mitra' }]);
    const lgd = (await methods()).find((m) => m.code === 'LGD')?.id as number;
    const set = await h.ok('assign:set', {
      candidateId: candidate?.id as number,
      methodId: lgd,
      assessorIds: [same.id, other as number],
    });
    expect(set.warnings).toEqual([expect.objectContaining({ code: 'assign-conflict-of-interest' })]);
    expect(set.warnings[0]?.message).toContain('Ir. Bambang Sutrisno, M.M. berasal dari instansi yang sama');
    expect(set.assignments.map((a) => [a.assessorId, a.manual, a.conflict])).toEqual(
      expect.arrayContaining([
        [same.id, true, true],
        [other, true, false],
      ]),
    );
    await h.ok('assign:auto', { programId });
    const lgdRows = (await h.ok('assign:list', { programId })).filter((r) => r.methodId === lgd);
    expect(lgdRows.map((r) => r.assessorId).sort()).toEqual([same.id, other].sort());
  });

  it('warns below two assessors and refuses to drop one who has already scored', async () => {
    const [candidate] = await addCandidates(h, programId, [{ unit: 'Bappeda' }]);
    const [a, b] = seedAssessors(h, programId, PANEL.slice(0, 2));
    const it = (await methods())[0];
    await h.ok('assign:set', {
      candidateId: candidate?.id as number,
      methodId: it?.id as number,
      assessorIds: [a as number, b as number],
    });
    const rowA = (await h.ok('assign:list', { programId })).find((r) => r.assessorId === a);
    h.app.db
      .prepare(`INSERT INTO ratings (assignment_id, competency_id, level, updated_at) VALUES (?, ?, 2, 'x')`)
      .run(rowA?.id, it?.competencyIds[0]);
    const refused = await h.fail('assign:set', {
      candidateId: candidate?.id as number,
      methodId: it?.id as number,
      assessorIds: [b as number],
    });
    expect(refused.code).toBe('assign-has-scores');
    expect(refused.message).toContain(PANEL[0]?.name);
    const dropB = await h.ok('assign:set', {
      candidateId: candidate?.id as number,
      methodId: it?.id as number,
      assessorIds: [a as number],
    });
    expect(dropB.assignments.map((r) => r.assessorId)).toEqual([a]);
    expect(dropB.warnings.map((w) => w.code)).toEqual(['assign-below-minimum']);
  });

  it('refuses an assessor of another programme as not found', async () => {
    const [candidate] = await addCandidates(h, programId, [{ unit: 'Bappeda' }]);
    const other = await createProgram(h, 'LAIN-2023');
    const [stranger] = seedAssessors(h, other.id, PANEL.slice(0, 1));
    const methodId = (await methods())[0]?.id as number;
    const refused = await h.fail('assign:set', {
      candidateId: candidate?.id as number,
      methodId,
      assessorIds: [stranger as number],
    });
    expect(refused.code).toBe('not-found');
  });
});
