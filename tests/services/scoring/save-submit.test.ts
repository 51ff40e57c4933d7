import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import type { CallContext } from '../../../src/main/context';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import {
  ADMIN,
  assessorCtx,
  auditRows,
  caller,
  OPERATOR,
  ratingOf,
  setUpScenario,
  type Scenario,
} from './fixtures';

let dataDir: string;
let app: App;
let s: Scenario;
let api: ReturnType<typeof caller>;
let clock: number;

beforeEach(async () => {
  dataDir = makeDataDir();
  clock = Date.parse('2023-02-25T08:00:00.000Z');
  app = await createApp({ dataDir, now: () => new Date((clock += 1000)) });
  s = await setUpScenario(app);
  api = caller(app);
});

afterEach(async () => {
  await app.close();
  removeDir(dataDir);
});

const A = (door: CallContext['door'] = 'desktop') => assessorCtx(s.assessors.a, door);
const LEAD = () => assessorCtx(s.assessors.lead, 'desktop', true);
const M = (code: string) => s.competency[code] as number;

/** Rates every competency of A's XLGD sheet of candidate 0. */
async function fillLgd(levels: [number, number, number] = [3, 3, 3]) {
  const assignmentId = s.sheet('a', 0, 'XLGD');
  for (const [i, code] of ['M.1', 'M.2', 'M.3'].entries()) {
    await api.ok('scores:save', { assignmentId, competencyId: M(code), level: levels[i] as number }, A());
  }
  return assignmentId;
}

describe('saving a score', () => {
  it('stores it before answering, with the time it was saved', async () => {
    const assignmentId = s.sheet('a', 0, 'XLGD');
    const saved = await api.ok('scores:save', { assignmentId, competencyId: M('M.1'), level: 4 }, A());
    expect(saved).toMatchObject({ programId: s.programId, changed: true, needsEvidence: false });
    expect(saved.sheet).toEqual({ assignmentId, status: 'open', rated: 1, total: 3, needsEvidence: 0 });
    expect(ratingOf(app.db, assignmentId, M('M.1'))).toEqual({ level: 4, evidence: '' });
    expect(Date.parse(saved.savedAt)).toBeGreaterThan(Date.parse('2023-02-25T08:00:00.000Z'));
  });

  it('keeps the note when only the level changes, and the level when only the note changes', async () => {
    const assignmentId = s.sheet('a', 0, 'XLGD');
    await api.ok(
      'scores:save',
      { assignmentId, competencyId: M('M.1'), level: 2, evidence: 'Datang terlambat' },
      A(),
    );
    await api.ok('scores:save', { assignmentId, competencyId: M('M.1'), level: 3 }, A());
    expect(ratingOf(app.db, assignmentId, M('M.1'))).toEqual({ level: 3, evidence: 'Datang terlambat' });
    await api.ok(
      'scores:save',
      { assignmentId, competencyId: M('M.1'), evidence: 'Mengakui kesalahan' },
      A(),
    );
    expect(ratingOf(app.db, assignmentId, M('M.1'))).toEqual({ level: 3, evidence: 'Mengakui kesalahan' });
    await api.ok('scores:save', { assignmentId, competencyId: M('M.1'), level: null }, A());
    expect(ratingOf(app.db, assignmentId, M('M.1'))).toEqual({ level: null, evidence: 'Mengakui kesalahan' });
  });

  it('writes and audits nothing when the same value is saved again', async () => {
    const assignmentId = s.sheet('a', 0, 'XLGD');
    const first = await api.ok('scores:save', { assignmentId, competencyId: M('M.1'), level: 4 }, A());
    const again = await api.ok('scores:save', { assignmentId, competencyId: M('M.1'), level: 4 }, A());
    expect(again.changed).toBe(false);
    expect(again.savedAt).toBe(first.savedAt);
    expect(auditRows(app.db, 'scores:save')).toHaveLength(1);
  });

  it('refuses a competency the method does not rate, and a save with neither level nor note', async () => {
    const assignmentId = s.sheet('a', 0, 'XBEI');
    await api.fails(
      'scores:save',
      { assignmentId, competencyId: M('M.2'), level: 3 },
      A(),
      'competency-not-in-method',
    );
    await api.fails('scores:save', { assignmentId, competencyId: M('M.1') }, A(), 'invalid-input');
    await api.fails('scores:save', { assignmentId, competencyId: M('M.1'), level: 6 }, A(), 'invalid-input');
  });

  it("copies the candidate's standard on the first save, and a later edit of the standard does not change it", async () => {
    const candidate = s.candidates[0] as number;
    const standards = () =>
      app.db
        .prepare(
          'SELECT competency_id, level FROM candidate_standards WHERE candidate_id = ? ORDER BY competency_id',
        )
        .all(candidate);
    // The programme's standard for the candidate's position level, whatever else it holds.
    const programme = app.db
      .prepare(
        `SELECT competency_id, level FROM standard_levels WHERE program_id = ? AND position_level = 'Pengawas' ORDER BY competency_id`,
      )
      .all(s.programId);
    expect(programme.length).toBeGreaterThanOrEqual(4);
    expect(standards()).toEqual([]);
    await api.ok(
      'scores:save',
      { assignmentId: s.sheet('a', 0, 'XLGD'), competencyId: M('M.1'), level: 3 },
      A(),
    );
    expect(standards()).toEqual(programme);
    app.db.prepare('UPDATE standard_levels SET level = 4 WHERE program_id = ?').run(s.programId);
    await api.ok(
      'scores:save',
      { assignmentId: s.sheet('a', 0, 'XLGD'), competencyId: M('M.2'), level: 3 },
      A(),
    );
    expect(standards()).toEqual(programme);
  });
});

describe('extreme levels', () => {
  it('are saved, flagged as needing evidence, and block submitting until they have a note', async () => {
    const assignmentId = await fillLgd([3, 3, 3]);
    const extreme = await api.ok('scores:save', { assignmentId, competencyId: M('M.2'), level: 5 }, A());
    expect(extreme.needsEvidence).toBe(true);
    expect(extreme.sheet.needsEvidence).toBe(1);
    expect(ratingOf(app.db, assignmentId, M('M.2'))?.level).toBe(5);

    const refused = await api.fails('scores:submit', { assignmentId }, A(), 'evidence-required');
    expect(refused.message).toContain('M.2 Kerja Sama (level 5)');
    expect(refused.details).toEqual({ competencies: ['M.2'] });

    const noted = await api.ok(
      'scores:save',
      { assignmentId, competencyId: M('M.2'), evidence: 'Menyatukan dua kubu yang berselisih' },
      A(),
    );
    expect(noted.needsEvidence).toBe(false);
    await api.ok('scores:submit', { assignmentId }, A());
  });

  it('do not ask for evidence at levels 2 to 4', async () => {
    const saved = await api.ok(
      'scores:save',
      { assignmentId: s.sheet('a', 0, 'XLGD'), competencyId: M('M.1'), level: 2 },
      A(),
    );
    expect(saved.needsEvidence).toBe(false);
  });
});

describe('submitting', () => {
  it('needs a level on every competency the method rates, and names the missing ones', async () => {
    const assignmentId = s.sheet('a', 0, 'XLGD');
    await api.ok('scores:save', { assignmentId, competencyId: M('M.1'), level: 3 }, A());
    const refused = await api.fails('scores:submit', { assignmentId }, A(), 'sheet-incomplete');
    expect(refused.message).toContain('M.2 Kerja Sama, M.3 Komunikasi');
  });

  it('locks the sheet: no more saves, no second submit', async () => {
    const assignmentId = await fillLgd();
    const submitted = await api.ok('scores:submit', { assignmentId }, A());
    expect(submitted).toMatchObject({ assignmentId, status: 'submitted' });
    await api.fails(
      'scores:save',
      { assignmentId, competencyId: M('M.1'), level: 4 },
      A(),
      'sheet-submitted',
    );
    await api.fails('scores:submit', { assignmentId }, A(), 'sheet-submitted');
    expect(ratingOf(app.db, assignmentId, M('M.1'))?.level).toBe(3);
    const mine = await api.ok('scoring:my-sheets', { programId: s.programId }, A());
    expect(mine.sheets.find((sheet) => sheet.assignmentId === assignmentId)).toMatchObject({
      status: 'submitted',
      rated: 3,
      total: 3,
    });
  });
});

describe('reopening a submitted sheet', () => {
  it('is refused to the assessor and the operator', async () => {
    const assignmentId = await fillLgd();
    await api.ok('scores:submit', { assignmentId }, A());
    await api.fails('scores:reopen', { assignmentId, reason: 'Salah ketik level' }, A(), 'forbidden');
    await api.fails('scores:reopen', { assignmentId, reason: 'Salah ketik level' }, OPERATOR, 'forbidden');
  });

  it('needs a reason', async () => {
    const assignmentId = await fillLgd();
    await api.ok('scores:submit', { assignmentId }, A());
    const error = await api.fails('scores:reopen', { assignmentId, reason: '   ' }, LEAD(), 'invalid-input');
    expect(JSON.stringify(error.details)).toContain('alasan');
  });

  it('is allowed to the lead assessor of the programme, with the reason in the audit log', async () => {
    const assignmentId = await fillLgd();
    await api.ok('scores:submit', { assignmentId }, A());
    const reopened = await api.ok(
      'scores:reopen',
      { assignmentId, reason: 'Asesor salah pilih level M.2' },
      LEAD(),
    );
    expect(reopened).toEqual({ programId: s.programId, assignmentId, status: 'open' });
    await api.ok('scores:save', { assignmentId, competencyId: M('M.2'), level: 4 }, A());

    const [row] = auditRows(app.db, 'scores:reopen');
    expect(row).toMatchObject({
      actor: `assessor:${s.assessors.lead}`,
      door: 'desktop',
      entity_id: assignmentId,
    });
    expect(JSON.parse(row?.after_json ?? '{}')).toEqual({
      status: 'open',
      reason: 'Asesor salah pilih level M.2',
    });
  });

  it('is refused to the lead assessor of another programme, and allowed to the admin', async () => {
    const assignmentId = await fillLgd();
    await api.ok('scores:submit', { assignmentId }, A());
    const stranger = assessorCtx(s.assessors.other, 'desktop', true);
    await api.fails('scores:reopen', { assignmentId, reason: 'Bukan urusan saya' }, stranger, 'forbidden');
    await api.ok('scores:reopen', { assignmentId, reason: 'Dibuka oleh admin' }, ADMIN);
    await api.fails(
      'scores:reopen',
      { assignmentId, reason: 'Dibuka oleh admin' },
      ADMIN,
      'sheet-not-submitted',
    );
  });
});

describe('the audit log of scores', () => {
  it('records who, when, old → new level and evidence, and the door, for every change', async () => {
    const assignmentId = s.sheet('a', 0, 'XLGD');
    await api.ok('scores:save', { assignmentId, competencyId: M('M.1'), level: 2 }, A('desktop'));
    await api.ok(
      'scores:save',
      { assignmentId, competencyId: M('M.1'), level: 5, evidence: 'Menolak gratifikasi' },
      A('browser'),
    );
    const rows = auditRows(app.db, 'scores:save');
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.actor, r.door, r.entity, r.entity_id, r.program_id])).toEqual([
      [`assessor:${s.assessors.a}`, 'desktop', 'rating', assignmentId, s.programId],
      [`assessor:${s.assessors.a}`, 'browser', 'rating', assignmentId, s.programId],
    ]);
    expect(JSON.parse(rows[1]?.before_json ?? '')).toEqual({
      competencyId: M('M.1'),
      level: 2,
      evidence: '',
    });
    expect(JSON.parse(rows[1]?.after_json ?? '')).toEqual({
      competencyId: M('M.1'),
      level: 5,
      evidence: 'Menolak gratifikasi',
    });
    const stored = app.db
      .prepare('SELECT updated_at FROM ratings WHERE assignment_id = ? AND competency_id = ?')
      .pluck()
      .get(assignmentId, M('M.1'));
    expect(rows[1]?.at).toBe(stored);
  });

  it('writes nothing, not even the audit row, when a save is refused', async () => {
    const assignmentId = await fillLgd();
    await api.ok('scores:submit', { assignmentId }, A());
    const before = auditRows(app.db).length;
    await api.fails(
      'scores:save',
      { assignmentId, competencyId: M('M.1'), level: 1 },
      A(),
      'sheet-submitted',
    );
    expect(auditRows(app.db)).toHaveLength(before);
  });

  it('announces every change to live dashboards with counts only', async () => {
    const seen: unknown[] = [];
    app.events.subscribe((event) => {
      if (event.name === 'scores:changed') seen.push(event.payload);
    });
    const assignmentId = s.sheet('a', 0, 'XLGD');
    await api.ok('scores:save', { assignmentId, competencyId: M('M.1'), level: 3 }, A());
    expect(seen).toEqual([
      {
        programId: s.programId,
        action: 'save',
        sheets: [
          {
            assignmentId,
            status: 'open',
            rated: 1,
            total: 3,
            needsEvidence: 0,
            assessorId: s.assessors.a,
            candidateId: s.candidates[0],
            methodId: s.method.XLGD,
          },
        ],
      },
    ]);
  });
});

describe('an archived programme', () => {
  it('takes no more scores', async () => {
    await api.ok('program:archive', { id: s.programId, archived: true }, ADMIN);
    await api.fails(
      'scores:save',
      { assignmentId: s.sheet('a', 0, 'XLGD'), competencyId: M('M.1'), level: 3 },
      A(),
      'program-archived',
    );
  });
});
