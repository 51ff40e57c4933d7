/**
 * Checks a filled score sheet row by row against the database and writes what it may, in one
 * transaction:
 * - identities: the hidden sheet id must name an assignment of this programme and of the
 *   sheet's assessor, and the row's participant number, NIP and method must be that
 *   assignment's; any mismatch is an error, and any error means nothing is written;
 * - ranges: a level is a whole number 1–5, a note at most 2,000 characters;
 * - a blank cell never clears a stored value, so importing the same file twice changes nothing;
 * - a value that differs from an already-submitted sheet is a conflict: reported, not written.
 */
import type { ScoreSheetImportReport, ScoreSheetProblem } from '../../../shared/contract';
import { EVIDENCE_MAX } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CallContext } from '../../context';
import type { Db } from '../../db/open';
import type { AssignmentRecord, RatingRecord, RatingsRepo } from '../../db/repos/ratings.repo';
import { COLUMN_METHOD, COLUMN_NIP, COLUMN_PARTICIPANT_NO } from '../../documents/score-sheet.xlsx';
import { columnLetter, isEmptyCell, type CellValue, type GridRow } from '../roster/sheet-grid';
import { isExtreme, type ScoringService } from '../scoring.service';
import type { ScoreSheetFile } from './score-sheet-read';

export interface ImportDeps {
  db: Db;
  ratings: RatingsRepo;
  scoring: ScoringService;
}

export interface ImportOptions {
  programId: number;
  fileName: string;
  submit: boolean;
  at: string;
}

interface CellEntry {
  competencyId: number;
  code: string;
  levelColumn: string;
  evidenceColumn: string;
  level: number | null;
  evidence: string;
}

interface CheckedRow {
  row: number;
  assignment: AssignmentRecord;
  entries: CellEntry[];
}

type Level = { ok: true; level: number | null } | { ok: false };

function levelOf(value: CellValue | undefined): Level {
  if (isEmptyCell(value)) return { ok: true, level: null };
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5) return { ok: true, level: n };
  return { ok: false };
}

function textOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

const shown = (value: CellValue | undefined) => textOf(value).slice(0, 40);

export interface ImportOutcome {
  report: ScoreSheetImportReport;
  /** Sheets whose ratings or status changed, as they are now. */
  changed: AssignmentRecord[];
}

export function importScoreSheet(
  { db, ratings, scoring }: ImportDeps,
  file: ScoreSheetFile,
  options: ImportOptions,
  ctx: CallContext,
): ImportOutcome {
  const { meta, layout } = file;
  if (meta.programId !== options.programId) throw new AppError('score-sheet-other-program');
  const assessor = ratings.assessor(meta.assessorId);
  if (!assessor || assessor.programId !== options.programId) throw new AppError('score-sheet-unrecognised');

  const errors: ScoreSheetProblem[] = [];
  const warnings: ScoreSheetProblem[] = [];
  const conflicts: ScoreSheetProblem[] = [];
  const headers = new Map<number, string>();
  (file.header?.cells ?? []).forEach((cell, i) => headers.set(i + 1, textOf(cell)));
  const columnName = (column: number) => headers.get(column) || columnLetter(column);
  const problem = (
    list: ScoreSheetProblem[],
    row: number,
    column: number | string,
    code: string,
    message: string,
  ) => list.push({ row, column: typeof column === 'number' ? columnName(column) : column, code, message });

  // Columns that do not carry their competency's code any more were moved: refuse the whole file
  // rather than put a level under the wrong competency.
  for (const c of layout.competencies) {
    const level = headers.get(c.levelColumn) ?? '';
    if (
      (level !== c.code && !level.startsWith(`${c.code} `)) ||
      headers.get(c.evidenceColumn) !== `Bukti ${c.code}`
    ) {
      problem(
        errors,
        layout.headerRow,
        columnLetter(c.levelColumn),
        'layout-changed',
        `Kolom ${c.code} tidak lagi di tempatnya. Jangan menyisipkan atau memindahkan kolom; isi ulang lembar yang diunduh dari Asesa.`,
      );
    }
  }

  // One transaction: the checks and the writes see the same state, and a failure writes nothing.
  return db.transaction((): ImportOutcome => {
    const checked: CheckedRow[] = [];
    const seen = new Map<number, number>();
    let rows = 0;

    for (const gridRow of file.rows as GridRow[]) {
      const cell = (column: number) => gridRow.cells[column - 1];
      if (gridRow.cells.every((value) => isEmptyCell(value))) continue;
      rows++;
      const r = gridRow.row;
      const id = idOf(cell(layout.idColumn));
      if (id === null) {
        problem(
          errors,
          r,
          layout.idColumn,
          'row-unknown',
          'Baris ini tidak berasal dari lembar penilaian Asesa (kode tersembunyi kosong atau diubah). Hapus baris ini atau isi ulang lembar yang diunduh dari Asesa.',
        );
        continue;
      }
      const assignment = ratings.assignment(id);
      if (!assignment || assignment.programId !== options.programId) {
        problem(
          errors,
          r,
          layout.idColumn,
          'assignment-unknown',
          'Kode tersembunyi baris ini tidak dikenal di program ini. Baris mungkin disalin dari lembar lain.',
        );
        continue;
      }
      if (assignment.assessorId !== meta.assessorId) {
        problem(
          errors,
          r,
          layout.idColumn,
          'assignment-other-assessor',
          `Baris ini milik lembar asesor lain, bukan ${assessor.name}. Jangan menyalin baris antarlembar asesor.`,
        );
        continue;
      }
      const previous = seen.get(id);
      if (previous !== undefined) {
        problem(
          errors,
          r,
          layout.idColumn,
          'duplicate-row',
          `Baris ini sama dengan baris ${previous}. Hapus salah satunya.`,
        );
        continue;
      }
      seen.set(id, r);

      const candidate = ratings.candidate(assignment.candidateId);
      const method = ratings.method(assignment.methodId);
      const identity: Array<[number, string | undefined]> = [
        [COLUMN_PARTICIPANT_NO, candidate?.participantNo],
        [COLUMN_NIP, candidate?.nip],
        [COLUMN_METHOD, method?.code],
      ];
      const wrong = identity.filter(
        ([column, expected]) => textOf(cell(column)).replace(/^'/, '') !== expected,
      );
      if (wrong.length > 0) {
        for (const [column] of wrong) {
          problem(
            errors,
            r,
            column,
            'identity-mismatch',
            `Isi kolom ini ("${shown(cell(column))}") tidak cocok dengan data peserta pada baris ini. Identitas tidak boleh diubah; isi ulang lembar yang diunduh dari Asesa.`,
          );
        }
        continue;
      }

      const entries: CellEntry[] = [];
      for (const c of layout.competencies) {
        const level = levelOf(cell(c.levelColumn));
        const evidence = textOf(cell(c.evidenceColumn));
        if (!level.ok) {
          problem(
            errors,
            r,
            c.levelColumn,
            'level-invalid',
            `Level harus angka bulat 1–5; tertulis "${shown(cell(c.levelColumn))}".`,
          );
          continue;
        }
        if (evidence.length > EVIDENCE_MAX) {
          problem(
            errors,
            r,
            c.evidenceColumn,
            'evidence-too-long',
            `Catatan bukti paling banyak ${EVIDENCE_MAX} karakter; tertulis ${evidence.length}.`,
          );
          continue;
        }
        if (level.level === null && evidence === '') continue;
        if (!ratings.isRatedBy(c.id, assignment.methodId)) {
          problem(
            warnings,
            r,
            c.levelColumn,
            'not-rated-by-method',
            `${c.code} tidak dinilai melalui metode ${method?.code}; isian diabaikan.`,
          );
          continue;
        }
        entries.push({
          competencyId: c.id,
          code: c.code,
          levelColumn: columnName(c.levelColumn),
          evidenceColumn: columnName(c.evidenceColumn),
          level: level.level,
          evidence,
        });
      }
      checked.push({ row: r, assignment, entries });
    }

    const report: ScoreSheetImportReport = {
      fileName: options.fileName,
      assessor: { id: assessor.id, name: assessor.name, role: assessor.role },
      rows,
      imported: 0,
      updated: 0,
      skipped: rows,
      submitted: 0,
      errors,
      warnings,
      conflicts,
    };
    // All or nothing: one bad row (a tampered id, another assessor's row, a level 7) and the
    // file is not trusted at all.
    if (errors.length > 0) return { report, changed: [] };

    const importCtx: CallContext = { role: ctx.role, actor: ctx.actor, door: 'sheet-import' };
    const via = { via: ctx.door };
    const changed = new Map<number, AssignmentRecord>();
    for (const { row, assignment, entries } of checked) {
      if (entries.length === 0) continue;
      if (ratings.isAbsent(assignment.id)) {
        problem(
          warnings,
          row,
          COLUMN_METHOD,
          'candidate-absent',
          'Peserta tercatat tidak hadir pada metode ini; isian baris ini diabaikan.',
        );
        continue;
      }
      const stored = new Map<number, RatingRecord>(
        ratings.ratingsOf(assignment.id).map((s) => [s.competencyId, s]),
      );
      if (assignment.status === 'submitted') {
        for (const entry of entries) {
          const before = stored.get(entry.competencyId);
          const levelDiffers = entry.level !== null && entry.level !== (before?.level ?? null);
          const evidenceDiffers = entry.evidence !== '' && entry.evidence !== (before?.evidence ?? '');
          if (levelDiffers || evidenceDiffers) {
            // Never the stored level in the message: the operator reading it must stay blind.
            conflicts.push({
              row,
              column: levelDiffers ? entry.levelColumn : entry.evidenceColumn,
              code: 'submitted-conflict',
              message: `${entry.code}: lembar ini sudah dikirim dan isian berkas berbeda dengan yang tersimpan. Tidak ditimpa; minta asesor ketua membuka kembali lembar ini bila isian berkas yang benar.`,
            });
          }
        }
        continue;
      }

      if (assignment.programArchived) throw new AppError('program-archived');
      if (assignment.programFinalized) throw new AppError('results-finalized');
      let added = false;
      let replaced = false;
      for (const entry of entries) {
        const before = stored.get(entry.competencyId);
        const next = {
          level: entry.level ?? before?.level ?? null,
          evidence: entry.evidence || (before?.evidence ?? ''),
        };
        if (scoring.recordRating(assignment, entry.competencyId, next, before, importCtx, options.at, via)) {
          const hadValue = (before?.level ?? null) !== null || (before?.evidence ?? '') !== '';
          if (hadValue) replaced = true;
          else added = true;
          changed.set(assignment.id, assignment);
        }
        if (isExtreme(next.level) && next.evidence === '') {
          problem(
            warnings,
            row,
            entry.evidenceColumn,
            'evidence-missing',
            `${entry.code} berlevel ${next.level} tanpa catatan bukti; lembar ini belum dapat dikirim sebelum buktinya dilengkapi.`,
          );
        }
      }
      if (replaced) report.updated++;
      else if (added) report.imported++;

      if (options.submit) {
        const refusal = scoring.submitProblem(assignment);
        if (refusal) {
          problem(warnings, row, 'Status', refusal.code, `Belum dikirim: ${refusal.message}`);
        } else {
          scoring.markSubmitted(assignment, importCtx, options.at);
          changed.set(assignment.id, { ...assignment, status: 'submitted', submittedAt: options.at });
          report.submitted++;
        }
      }
    }
    report.skipped = rows - report.imported - report.updated;
    return { report, changed: [...changed.values()] };
  })();
}

/** The hidden id: a positive whole number, as Excel wrote it or as text. */
function idOf(value: CellValue | undefined): number | null {
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}
