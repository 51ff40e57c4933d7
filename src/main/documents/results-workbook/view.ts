/**
 * What the results workbook is made from. The job builds it from the database (the writers never
 * see a connection); the two long lists are iterables so 180,000 rating rows stream from SQLite
 * straight into the file instead of sitting in memory.
 */
import type { AgreementStatistics, ProgramResults } from '../../../shared/contract';
import type { CertificateExportRow } from '../../db/repos/certificates.repo';

export interface ExportProgram {
  code: string;
  name: string;
  organiser: string;
  venue: string;
  purpose: 'pemetaan' | 'pengisian';
  startDate: string | null;
  endDate: string | null;
}

/** One submitted rating in the long sheet: who rated whom on what, in which method. */
export interface DetailRow {
  candidateId: number;
  competencyId: number;
  nip: string;
  name: string;
  competencyCode: string;
  competencyName: string;
  methodName: string;
  assessorName: string;
  level: number;
}

export type AttendanceMark = 'hadir' | 'terlambat' | 'tidak-hadir';

/** One candidate in one session: scheduled through the group, or checked in. */
export interface AttendanceRow {
  participantNo: string;
  nip: string;
  name: string;
  unit: string;
  day: string;
  startTime: string;
  endTime: string;
  room: string;
  methodName: string | null;
  status: AttendanceMark | null;
  at: string | null;
}

export interface ResultsWorkbookView {
  program: ExportProgram;
  results: ProgramResults;
  agreement: AgreementStatistics;
  /** The assessment day of each candidate (ISO date), by candidate id; the programme's start if unknown. */
  assessmentDays: ReadonlyMap<number, string>;
  certificates: readonly CertificateExportRow[];
  /** Streamed; `detailCount` is how many it yields (for progress). */
  detail: Iterable<DetailRow>;
  detailCount: number;
  attendance: Iterable<AttendanceRow>;
  attendanceCount: number;
  generatedAt: Date;
  generatedBy: string;
  appVersion: string;
}

/** Progress of the writer: rows written so far out of all rows, and the sheet being written. */
export type WriteProgress = (done: number, total: number, phase: string) => void;
