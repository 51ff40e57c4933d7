import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpInput } from '../../../src/shared/contract';
import { DEFAULT_STANDARD_LEVELS, NATIONAL_COMPETENCIES } from '../../../src/shared/domain/competencies';
import { METHOD_PRESETS } from '../../../src/shared/domain/methods';
import { ASSESSOR } from '../../fixtures/data-dir';
import { addAssessor, addCandidates, createProgram, startApp, type Harness } from './fixture';

let h: Harness;
let programId: number;

beforeEach(async () => {
  h = await startApp();
  programId = (await createProgram(h)).id;
});
afterEach(async () => h.close());

const levels = (prefix: string) =>
  [1, 2, 3, 4, 5].map((level) => ({
    level,
    title: `${prefix} ${level}`,
    description: `Uraian ${prefix} level ${level}.`,
  }));

const auditActions = () =>
  h.app.db.prepare('SELECT action, before_json, after_json FROM audit_log ORDER BY id').all() as Array<{
    action: string;
    before_json: string | null;
    after_json: string | null;
  }>;

/** A rating on `competencyId` through a real assignment, as the scoring engineer's code writes it. */
async function rate(competencyId: number) {
  const [candidate] = await addCandidates(h, programId, [{ unit: 'Bappeda' }]);
  const assessor = await addAssessor(h, programId, 'Dr. Hendra Gunawan, M.Psi.', 'Lembaga Asesmen Mitra');
  const methodId = (await h.ok('instruments:get', { programId })).methods[0]?.id as number;
  const assignmentId = Number(
    h.app.db
      .prepare(
        `INSERT INTO assignments (program_id, candidate_id, assessor_id, method_id, created_at)
         VALUES (?, ?, ?, ?, '2023-02-25')`,
      )
      .run(programId, candidate?.id, assessor.id, methodId).lastInsertRowid,
  );
  h.app.db
    .prepare(
      `INSERT INTO ratings (assignment_id, competency_id, level, updated_at) VALUES (?, ?, 3, '2023-02-25')`,
    )
    .run(assignmentId, competencyId);
  return assignmentId;
}

describe('a new programme', () => {
  it('starts with the nine national competencies, five level descriptors each', async () => {
    const instruments = await h.ok('instruments:get', { programId });
    expect(instruments.competencies.map((c) => c.code)).toEqual([
      'M.1',
      'M.2',
      'M.3',
      'M.4',
      'M.5',
      'M.6',
      'M.7',
      'M.8',
      'SK.1',
    ]);
    for (const c of instruments.competencies) {
      expect(c.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
      for (const l of c.levels) {
        expect(l.title.length).toBeGreaterThan(5);
        expect(l.description.length).toBeGreaterThan(10);
      }
    }
    const integritas = instruments.competencies[0];
    expect(integritas?.name).toBe('Integritas');
    expect(integritas?.levels[4]).toEqual(NATIONAL_COMPETENCIES[0]?.levels[4]);
    expect(instruments.competencies.find((c) => c.code === 'SK.1')?.kind).toBe('socio-cultural');
  });

  it('has a standard level for every competency per position level, from the domain defaults', async () => {
    const { standards, competencies } = await h.ok('instruments:get', { programId });
    expect(standards).toHaveLength(Object.keys(DEFAULT_STANDARD_LEVELS).length * 9);
    const m1 = competencies[0]?.id;
    const of = (positionLevel: string) =>
      standards.find((s) => s.positionLevel === positionLevel && s.competencyId === m1)?.level;
    expect(of('JPT Pratama')).toBe(4);
    expect(of('Administrator')).toBe(3);
    expect(of('Pengawas')).toBe(2);
    expect(of('Pelaksana')).toBe(1);
    expect(of('Ahli Madya')).toBe(3);
  });

  it('has the default methods with their competency × method matrix', async () => {
    const { methods, competencies } = await h.ok('instruments:get', { programId });
    expect(methods.map((m) => m.code)).toEqual(['IT', 'LGD', 'PR', 'BEI']);
    const codeOf = new Map(competencies.map((c) => [c.id, c.code]));
    for (const method of methods) {
      const preset = METHOD_PRESETS.find((p) => p.code === method.code);
      expect(method.competencyIds.map((id) => codeOf.get(id)).sort()).toEqual(
        [...(preset?.evidenceFor ?? [])].sort(),
      );
    }
  });
});

describe('competencies', () => {
  it('adds a technical competency T.1 with its own descriptors and the default standards', async () => {
    const t1 = await h.ok('instruments:save-competency', {
      programId,
      name: 'Pengelolaan Kepegawaian',
      levels: levels('Kepegawaian'),
    });
    expect(t1).toMatchObject({
      code: 'T.1',
      kind: 'technical',
      name: 'Pengelolaan Kepegawaian',
      inUse: false,
    });
    expect(t1.levels[2]).toEqual({
      level: 3,
      title: 'Kepegawaian 3',
      description: 'Uraian Kepegawaian level 3.',
    });
    const t2 = await h.ok('instruments:save-competency', {
      programId,
      name: 'Analisis Data',
      levels: levels('Data'),
    });
    expect(t2.code).toBe('T.2');
    const { standards } = await h.ok('instruments:get', { programId });
    expect(
      standards.find((s) => s.competencyId === t1.id && s.positionLevel === 'Administrator')?.level,
    ).toBe(3);
  });

  it('refuses a taken code, a non-technical code for a new competency, and renaming a national code', async () => {
    await h.ok('instruments:save-competency', {
      programId,
      code: 't.1',
      name: 'Kepegawaian',
      levels: levels('K'),
    });
    expect(
      (
        await h.fail('instruments:save-competency', {
          programId,
          code: 'T.1',
          name: 'Lagi',
          levels: levels('L'),
        })
      ).code,
    ).toBe('competency-code-taken');
    expect(
      (
        await h.fail('instruments:save-competency', {
          programId,
          code: 'M.9',
          name: 'Baru',
          levels: levels('B'),
        })
      ).code,
    ).toBe('competency-code-invalid');
    const m1 = (await h.ok('instruments:get', { programId })).competencies[0];
    const renamed = await h.fail('instruments:save-competency', {
      programId,
      id: m1?.id,
      code: 'T.9',
      name: 'Integritas',
      levels: levels('I'),
    });
    expect(renamed.code).toBe('competency-code-fixed');
  });

  it('refuses descriptors that do not cover levels 1–5 exactly once, in Indonesian', async () => {
    const twice = levels('X').map((l) => (l.level === 5 ? { ...l, level: 4 } : l));
    const result = await h.call('instruments:save-competency', { programId, name: 'Salah', levels: twice });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(JSON.stringify(result.error.details)).toContain('Setiap level 1–5 diisi tepat satu kali');
    }
  });

  it('edits the descriptors of a national competency and audits the before and after', async () => {
    const m3 = (await h.ok('instruments:get', { programId })).competencies[2];
    const edited = await h.ok('instruments:save-competency', {
      programId,
      id: m3?.id,
      name: 'Komunikasi',
      levels: levels('Komunikasi'),
    });
    expect(edited.code).toBe('M.3');
    expect(edited.levels[0]?.title).toBe('Komunikasi 1');
    const row = auditActions().at(-1);
    expect(row?.action).toBe('instruments:save-competency');
    expect(JSON.parse(row?.before_json ?? '{}').levels[0].title).toBe(m3?.levels[0]?.title);
    expect(JSON.parse(row?.after_json ?? '{}').levels[0].title).toBe('Komunikasi 1');
  });

  it('deletes an unrated competency with its matrix cells and standards, but refuses one with ratings', async () => {
    const t1 = await h.ok('instruments:save-competency', {
      programId,
      name: 'Kepegawaian',
      levels: levels('K'),
    });
    expect(await h.ok('instruments:delete-competency', { id: t1.id })).toEqual({ deleted: true });
    const after = await h.ok('instruments:get', { programId });
    expect(after.competencies.some((c) => c.id === t1.id)).toBe(false);
    expect(after.standards.some((s) => s.competencyId === t1.id)).toBe(false);

    const m8 = after.competencies.find((c) => c.code === 'M.8');
    await rate(m8?.id as number);
    expect(
      (await h.ok('instruments:get', { programId })).competencies.find((c) => c.code === 'M.8')?.inUse,
    ).toBe(true);
    const refused = await h.fail('instruments:delete-competency', { id: m8?.id as number });
    expect(refused.code).toBe('competency-in-use');
    expect(refused.message).toContain('sudah dinilai');
    expect((await h.ok('instruments:get', { programId })).competencies).toHaveLength(9);
  });
});

describe('methods, matrix and standards', () => {
  it('switches on a preset method with its default evidence and refuses a duplicate code', async () => {
    const rp = await h.ok('instruments:save-method', { programId, code: 'rp', name: 'Bermain peran' });
    const { competencies } = await h.ok('instruments:get', { programId });
    const codes = rp.competencyIds.map((id) => competencies.find((c) => c.id === id)?.code).sort();
    expect(rp.code).toBe('RP');
    expect(codes).toEqual(['M.3', 'M.5', 'M.6']);
    expect((await h.fail('instruments:save-method', { programId, code: 'LGD', name: 'Lagi' })).code).toBe(
      'method-code-taken',
    );
  });

  it('replaces the whole matrix and refuses cells of another programme', async () => {
    const other = await createProgram(h, 'LAIN-2023');
    const mine = await h.ok('instruments:get', { programId });
    const theirs = await h.ok('instruments:get', { programId: other.id });
    const lgd = mine.methods.find((m) => m.code === 'LGD')?.id as number;
    const cells = mine.competencies.slice(0, 2).map((c) => ({ competencyId: c.id, methodId: lgd }));
    expect(await h.ok('instruments:set-matrix', { programId, cells })).toEqual(cells);
    const after = await h.ok('instruments:get', { programId });
    expect(after.methods.find((m) => m.code === 'IT')?.competencyIds).toEqual([]);
    const foreign = [{ competencyId: theirs.competencies[0]?.id as number, methodId: lgd }];
    expect((await h.fail('instruments:set-matrix', { programId, cells: foreign })).code).toBe(
      'matrix-invalid',
    );
    expect((await h.ok('instruments:get', { programId })).matrix).toEqual(cells);
  });

  it('refuses to take a rated competency out of the method it was rated through', async () => {
    const before = await h.ok('instruments:get', { programId });
    const m1 = before.competencies[0]?.id as number;
    const it = before.methods[0]?.id as number;
    await rate(m1);
    const refused = await h.fail('instruments:set-matrix', {
      programId,
      cells: before.matrix.filter((c) => !(c.competencyId === m1 && c.methodId === it)),
    });
    expect(refused.code).toBe('matrix-in-use');
    expect(refused.message).toContain('M.1 sudah dinilai melalui metode IT');
    expect((await h.ok('instruments:get', { programId })).matrix).toEqual(before.matrix);
  });

  it('sets a standard by any spelling of the position level and refuses an unknown level', async () => {
    const m1 = (await h.ok('instruments:get', { programId })).competencies[0]?.id as number;
    const set = await h.ok('instruments:set-standard', {
      programId,
      positionLevel: 'eselon III.a',
      competencyId: m1,
      level: 4,
    });
    expect(set).toEqual({ positionLevel: 'Administrator', competencyId: m1, level: 4 });
    const { standards } = await h.ok('instruments:get', { programId });
    expect(standards.find((s) => s.positionLevel === 'Administrator' && s.competencyId === m1)?.level).toBe(
      4,
    );
    const row = auditActions().at(-1);
    expect(row?.action).toBe('instruments:set-standard');
    expect(JSON.parse(row?.before_json ?? '{}').level).toBe(3);
    const unknown = await h.fail('instruments:set-standard', {
      programId,
      positionLevel: 'Kepala',
      competencyId: m1,
      level: 2,
    });
    expect(unknown.code).toBe('standard-position-unknown');
    // A terampil-level standard can be added although the preset has none.
    await h.ok('instruments:set-standard', {
      programId,
      positionLevel: 'Terampil',
      competencyId: m1,
      level: 1,
    });
  });

  it('lets assessors read the instruments but not change them', async () => {
    expect((await h.call('instruments:get', { programId }, ASSESSOR)).ok).toBe(true);
    const m1 = (await h.ok('instruments:get', { programId })).competencies[0]?.id as number;
    const refused = await h.fail(
      'instruments:set-standard',
      { programId, positionLevel: 'Pengawas', competencyId: m1, level: 5 },
      ASSESSOR,
    );
    expect(refused.code).toBe('forbidden');
  });
});

describe('weighted rubrics', () => {
  const presentation: OpInput<'instruments:save-rubric'> = {
    programId: 0,
    name: 'Presentasi rancangan proyek',
    scaleMin: 1,
    scaleMax: 100,
    criteria: [
      { name: 'Kebaruan gagasan', weight: 40 },
      { name: 'Kelayakan', weight: 35, description: 'Sumber daya dan jadwal realistis.' },
      { name: 'Penyajian', weight: 25 },
    ],
  };

  it('stores criteria with weights and a 1–100 scale, and links the rubric to a method', async () => {
    const rubric = await h.ok('instruments:save-rubric', { ...presentation, programId });
    expect(rubric).toMatchObject({
      name: 'Presentasi rancangan proyek',
      scaleMin: 1,
      scaleMax: 100,
      weightTotal: 100,
      scored: false,
    });
    expect(rubric.criteria.map((c) => [c.name, c.weight, c.sortOrder])).toEqual([
      ['Kebaruan gagasan', 40, 1],
      ['Kelayakan', 35, 2],
      ['Penyajian', 25, 3],
    ]);
    const panel = await h.ok('instruments:save-method', {
      programId,
      code: 'PANEL',
      name: 'Panel proyek',
      rubricId: rubric.id,
    });
    expect(panel.rubricId).toBe(rubric.id);
    expect((await h.ok('instruments:get', { programId })).rubrics).toEqual([rubric]);
  });

  it('refuses a zero weight, an upside-down scale and duplicate criterion names with Indonesian messages', async () => {
    const zero = await h.call('instruments:save-rubric', {
      ...presentation,
      programId,
      criteria: [{ name: 'Isi', weight: 0 }],
    });
    expect(!zero.ok && JSON.stringify(zero.error.details)).toContain('Bobot kriteria harus lebih dari 0');
    const upside = await h.call('instruments:save-rubric', {
      ...presentation,
      programId,
      scaleMin: 100,
      scaleMax: 1,
    });
    expect(!upside.ok && JSON.stringify(upside.error.details)).toContain(
      'Nilai terendah skala harus lebih kecil',
    );
    const twice = await h.fail('instruments:save-rubric', {
      ...presentation,
      programId,
      criteria: [
        { name: 'Isi', weight: 1 },
        { name: 'isi', weight: 2 },
      ],
    });
    expect(twice.code).toBe('rubric-invalid');
    expect(twice.message).toContain('"isi" dipakai lebih dari sekali');
  });

  it('keeps criterion ids on edit and refuses to drop a criterion that already carries a score', async () => {
    const rubric = await h.ok('instruments:save-rubric', { ...presentation, programId });
    const [first, second] = rubric.criteria;
    const edited = await h.ok('instruments:save-rubric', {
      ...presentation,
      programId,
      id: rubric.id,
      criteria: [
        { id: first?.id, name: 'Kebaruan', weight: 50 },
        { id: second?.id, name: 'Kelayakan', weight: 50 },
      ],
    });
    expect(edited.criteria.map((c) => c.id)).toEqual([first?.id, second?.id]);
    expect(edited.weightTotal).toBe(100);

    const assignmentId = await rate(
      (await h.ok('instruments:get', { programId })).competencies[0]?.id as number,
    );
    h.app.db
      .prepare(
        `INSERT INTO rubric_scores (assignment_id, criterion_id, score, updated_at) VALUES (?, ?, 80, 'x')`,
      )
      .run(assignmentId, second?.id);
    const dropped = await h.fail('instruments:save-rubric', {
      ...presentation,
      programId,
      id: rubric.id,
      criteria: [{ id: first?.id, name: 'Kebaruan', weight: 50 }],
    });
    expect(dropped.code).toBe('rubric-in-use');
    expect(dropped.message).toContain('Kelayakan');
    expect((await h.fail('instruments:delete-rubric', { id: rubric.id })).code).toBe('rubric-in-use');
  });
});
