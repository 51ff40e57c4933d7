/**
 * The columns and rows of the Rekapitulasi — one row per candidate, in rank order then the
 * unranked ones — shared by the workbook sheet and the CSV so both always say the same thing.
 *
 * Values here are what a person reads: JPM is the displayed JPM in percent (displayJpm: one
 * decimal, cut so it never reaches a category the raw value did not), which the workbook stores
 * as a fraction under a percentage format and the CSV writes as the number.
 */
import type { CandidateResult, ProgramResults } from '../../../shared/contract';
import { CATEGORY_LABELS } from '../../../shared/domain/categories';
import { formatDateId } from '../../../shared/domain/dates';
import { formatGrade } from '../../../shared/domain/grades';
import { displayJpm } from '../../../shared/domain/jpm';
import { CANDIDATE_STATUS_LABELS } from '../../../shared/domain/ranking';
import type { ResultsWorkbookView } from './view';

export type RekapKind = 'text' | 'integer' | 'decimal' | 'percent' | 'gap' | 'category';

export interface RekapColumn {
  header: string;
  /** The merged header above, for the three columns of a competency. */
  group: string | null;
  kind: RekapKind;
  width: number;
}

export interface RekapGroup {
  title: string;
  /** 1-based column numbers, inclusive. */
  from: number;
  to: number;
}

export interface RekapLayout {
  columns: RekapColumn[];
  groups: RekapGroup[];
  /** Column number (1-based) of the Kategori column, whose cells are coloured. */
  categoryColumn: number;
}

export type RekapValue = string | number | null;

const PASSED = (passed: boolean | null): string => (passed === null ? '—' : passed ? 'Ya' : 'Tidak');

function column(header: string, kind: RekapKind, width: number, group: string | null = null): RekapColumn {
  return { header, group, kind, width };
}

export function rekapLayout(results: ProgramResults): RekapLayout {
  const columns: RekapColumn[] = [];
  const groups: RekapGroup[] = [];
  const open = (title: string, add: () => void) => {
    const from = columns.length + 1;
    add();
    groups.push({ title, from, to: columns.length });
  };

  open('Identitas Peserta', () =>
    columns.push(
      column('No', 'integer', 6),
      column('No. Peserta', 'text', 11),
      column('NIP', 'text', 21),
      column('Nama', 'text', 34),
      column('Pangkat/Golongan', 'text', 24),
      column('Jabatan', 'text', 30),
      column('Jenjang', 'text', 16),
      column('Unit/Perangkat Daerah', 'text', 30),
      column('Tanggal', 'text', 17),
    ),
  );
  for (const competency of results.competencies) {
    const title = `${competency.code} ${competency.name}`;
    open(title, () =>
      columns.push(
        column('Standar', 'integer', 9, title),
        column('Capaian', 'integer', 9, title),
        column('Gap', 'gap', 7, title),
      ),
    );
  }
  for (const rubric of rubricMethods(results)) {
    const title = `${rubric.methodCode} ${rubric.name}`;
    open(title, () => columns.push(column(`Nilai (skala ${rubric.scaleMax})`, 'decimal', 12, title)));
  }
  let categoryColumn = 0;
  open('Hasil', () => {
    columns.push(
      column('Total Capaian', 'integer', 10),
      column('Total Standar', 'integer', 10),
      column(results.scoreKind === 'rubric' ? 'Nilai Akhir' : 'JPM', 'percent', 9),
      column('Kategori', 'category', 26),
    );
    categoryColumn = columns.length;
    columns.push(
      column('Peringkat', 'integer', 10),
      column('Lulus', 'text', 8),
      column('Status', 'text', 14),
      column('Asesor', 'text', 36),
      column('Saran Pengembangan', 'text', 60),
      column('Nomor Sertifikat', 'text', 26),
    );
  });
  return { columns, groups, categoryColumn };
}

/** The rubric methods of the programme, in the order every candidate lists them. */
function rubricMethods(results: ProgramResults): CandidateResult['rubrics'] {
  return results.candidates[0]?.rubrics ?? [];
}

/**
 * Development advice from the gaps: the competencies below standard, largest gap first, or a
 * word of encouragement when every one meets it. Only for complete results: advice on half a
 * result would mislead.
 */
export function developmentAdvice(candidate: CandidateResult): string | null {
  if (candidate.status !== 'complete' || candidate.competencies.length === 0) return null;
  const below = candidate.competencies
    .filter((c) => c.gap !== null && c.gap < 0)
    .sort((a, b) => (a.gap as number) - (b.gap as number));
  if (below.length === 0) {
    return 'Semua kompetensi memenuhi standar; pertahankan dan kembangkan ke level berikutnya.';
  }
  const items = below.map((c) => `${c.code} ${c.name} (gap ${c.gap})`);
  return `Prioritas pengembangan: ${items.join(', ')}.`;
}

export function categoryText(candidate: CandidateResult): string | null {
  return candidate.category ? `${CATEGORY_LABELS[candidate.category]} (${candidate.category})` : null;
}

export interface RekapContext {
  view: Pick<ResultsWorkbookView, 'program' | 'assessmentDays'>;
  /** The valid (not revoked) certificate number per candidate. */
  certificateNumbers: ReadonlyMap<number, string>;
}

/** The values of one candidate's row, in the layout's column order. */
export function rekapRow(
  results: ProgramResults,
  candidate: CandidateResult,
  index: number,
  context: RekapContext,
): RekapValue[] {
  const day = context.view.assessmentDays.get(candidate.candidateId) ?? context.view.program.startDate;
  const values: RekapValue[] = [
    index + 1,
    candidate.participantNo,
    candidate.nip,
    candidate.name,
    formatGrade(candidate.grade),
    candidate.position,
    candidate.positionLevel,
    candidate.unit,
    day ? formatDateId(day) : null,
  ];
  const byId = new Map(candidate.competencies.map((c) => [c.competencyId, c]));
  for (const competency of results.competencies) {
    const own = byId.get(competency.id);
    values.push(own?.standard ?? null, own?.achieved ?? null, own?.gap ?? null);
  }
  for (const rubric of candidate.rubrics) values.push(rubric.score);
  const score = results.scoreKind === 'rubric' ? candidate.score : candidate.jpm;
  values.push(
    candidate.totalAchieved,
    candidate.totalStandard,
    score === null ? null : displayJpm(score),
    categoryText(candidate),
    candidate.rank,
    PASSED(candidate.passed),
    CANDIDATE_STATUS_LABELS[candidate.status],
    candidate.assessors.join('; '),
    developmentAdvice(candidate),
    context.certificateNumbers.get(candidate.candidateId) ?? null,
  );
  return values;
}

/** Certificate numbers still in force, by candidate. */
export function validCertificateNumbers(
  certificates: ResultsWorkbookView['certificates'],
): Map<number, string> {
  const numbers = new Map<number, string>();
  for (const c of certificates) if (c.revokedAt === null) numbers.set(c.candidateId, c.number);
  return numbers;
}
