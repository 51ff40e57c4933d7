/**
 * Builds the results workbook's view-model from the database: the results and agreement
 * statistics exactly as `results:list` / `results:agreement` compute them, certificates, each
 * candidate's assessment day, and the two long lists as lazy iterables over SQLite.
 */
import type { Door, ProgramResults } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CallContext } from '../../context';
import { certificateExportRows } from '../../db/repos/certificates.repo';
import { createResultsExportRepo, type ResultsExportRepo } from '../../db/repos/results-export.repo';
import type { Db } from '../../db/open';
import type { DetailRow, ResultsWorkbookView } from '../../documents/results-workbook/view';
import { agreementFromInputs } from '../results/agreement-statistics';
import { loadResultInputs, resultsFromInputs } from '../results/compute-results';

const DOOR_LABELS: Record<Door, string> = {
  desktop: 'aplikasi desktop',
  browser: 'peramban',
  cli: 'baris perintah',
  worker: 'proses latar',
  'sheet-import': 'impor lembar penilaian',
};

/** "admin (aplikasi desktop)": the audit actor, never a name or NIP. */
export function describeCaller(caller: Pick<CallContext, 'actor' | 'door'>): string {
  return `${caller.actor} (${DOOR_LABELS[caller.door]})`;
}

/** The long list with names: people and competencies from the results, the rest from two maps. */
function* detailRows(
  repo: ResultsExportRepo,
  programId: number,
  results: ProgramResults,
): Generator<DetailRow> {
  const people = new Map(results.candidates.map((c) => [c.candidateId, c]));
  const competencies = new Map(results.competencies.map((c) => [c.id, c]));
  const methods = repo.methodNames(programId);
  const assessors = repo.assessorNames(programId);
  for (const [candidateId, competencyId, methodId, assessorId, level] of repo.detail(programId)) {
    const person = people.get(candidateId);
    const competency = competencies.get(competencyId);
    yield {
      candidateId,
      competencyId,
      nip: person?.nip ?? '',
      name: person?.name ?? '',
      competencyCode: competency?.code ?? '',
      competencyName: competency?.name ?? '',
      methodName: methods.get(methodId) ?? '',
      assessorName: assessors.get(assessorId) ?? '',
      level,
    };
  }
}

export interface ExportViewOptions {
  generatedAt: Date;
  generatedBy: string;
  appVersion: string;
}

export function buildResultsExportView(
  db: Db,
  programId: number,
  options: ExportViewOptions,
): ResultsWorkbookView {
  const repo = createResultsExportRepo(db);
  const program = repo.program(programId);
  if (!program) throw new AppError('not-found');
  // The same functions computeProgramResults and computeAgreementStatistics use (results:list,
  // results:agreement, `asesa results`), over one load of the programme's rows instead of two.
  const inputs = loadResultInputs(db, programId);
  const results = resultsFromInputs(programId, inputs);
  if (results.candidates.length === 0) throw new AppError('export-no-candidates');
  return {
    program,
    results,
    agreement: agreementFromInputs(programId, inputs),
    assessmentDays: repo.assessmentDays(programId),
    certificates: certificateExportRows(db, programId),
    detail: { [Symbol.iterator]: () => detailRows(repo, programId, results) },
    detailCount: repo.detailCount(programId),
    attendance: { [Symbol.iterator]: () => repo.attendance(programId) },
    attendanceCount: repo.attendanceCount(programId),
    ...options,
  };
}
