/**
 * What an issued certificate freezes: every printed field, formatted once, and the template as it
 * was. Rendering later reads only this, so editing the template or the roster changes nothing
 * already issued.
 */
import { CATEGORY_LABELS } from '../../../shared/domain/categories';
import type { CertificateFields } from '../../../shared/domain/certificate-text';
import { formatDateId } from '../../../shared/domain/dates';
import { rankOf } from '../../../shared/domain/grades';
import { formatJpmId } from '../../../shared/domain/jpm';
import { formatNip } from '../../../shared/domain/nip';
import type { CertificateTemplate } from '../../../shared/schemas/certificate-template';
import type { CertificateEligibility, CertificateSnapshot } from '../../../shared/schemas/certificates';
import type { Program } from '../../../shared/schemas/programs';
import type { CandidateResult } from '../../../shared/schemas/results';

/** The calendar date of a moment on this machine's clock, as YYYY-MM-DD. */
export function localIsoDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The certificate's date: the last day of the programme (the day it was completed), else its
 * first day, else the day of issue.
 */
export function certificateDate(program: Pick<Program, 'startDate' | 'endDate'>, issuedAt: Date): string {
  return formatDateId(program.endDate ?? program.startDate ?? localIsoDate(issuedAt));
}

export type PrintedPerson = Pick<CandidateResult, 'nip' | 'name' | 'grade' | 'position' | 'unit'> &
  Partial<Pick<CandidateResult, 'category' | 'jpm'>>;

export function certificateFields(
  program: Pick<Program, 'name' | 'startDate' | 'endDate'>,
  person: PrintedPerson,
  number: string,
  issuedAt: Date,
): CertificateFields {
  return {
    nama: person.name,
    nip: formatNip(person.nip),
    pangkat: person.grade ? (rankOf(person.grade) ?? '') : '',
    golongan: person.grade ?? '',
    jabatan: person.position,
    unit: person.unit,
    program: program.name,
    tanggal: certificateDate(program, issuedAt),
    predikat: person.category ? CATEGORY_LABELS[person.category] : '',
    jpm: formatJpmId(person.jpm ?? null),
    nomor: number,
  };
}

/** The images a template draws, by SHA-256, each once. */
export function templateAssets(template: CertificateTemplate): string[] {
  return [template.logo, template.background].filter(
    (sha, index, all): sha is string => sha !== null && all.indexOf(sha) === index,
  );
}

export interface SnapshotSource {
  program: Program;
  result: CandidateResult;
  template: CertificateTemplate;
  keyId: string;
  number: string;
  issuedAt: Date;
  eligibility: CertificateEligibility;
}

export function buildSnapshot(source: SnapshotSource): CertificateSnapshot {
  const { program, result, template } = source;
  return {
    version: 1,
    keyId: source.keyId,
    issuedAt: source.issuedAt.toISOString(),
    eligibility: source.eligibility,
    program: { id: program.id, code: program.code, name: program.name },
    candidate: {
      id: result.candidateId,
      participantNo: result.participantNo,
      nip: result.nip,
      name: result.name,
      grade: result.grade,
      position: result.position,
      unit: result.unit,
    },
    result: { status: result.status, category: result.category, jpm: result.jpm, passed: result.passed },
    fields: certificateFields(program, result, source.number, source.issuedAt),
    template,
    assets: templateAssets(template),
  };
}
