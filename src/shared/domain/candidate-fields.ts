/**
 * Validation of one candidate's fields as typed in the form (and sent by any door). The renderer
 * runs the same function for feedback as you type; the service runs it again before writing.
 */
import { parseNip } from './nip';

export interface CandidateInputFields {
  nip: string;
  name: string;
  gender: 'L' | 'P' | null;
  birthDate: string | null;
  grade: string | null;
  position: string;
  positionLevel: string;
  unit: string;
  phone: string;
  email: string;
}

export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

export type CandidateCheck =
  | { ok: true; value: CandidateInputFields; warnings: FieldProblem[] }
  | { ok: false; problems: FieldProblem[] };

/** Collapses runs of spaces; titles and letter case are kept exactly as written. */
export function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

export function validateCandidateFields(fields: CandidateInputFields): CandidateCheck {
  const problems: FieldProblem[] = [];
  const warnings: FieldProblem[] = [];
  const nip = parseNip(fields.nip);
  if (!nip.ok) problems.push({ path: 'nip', code: nip.code, message: nip.message });
  const name = tidyName(fields.name);
  if (name === '')
    problems.push({
      path: 'name',
      code: 'name-missing',
      message: 'Nama kosong. Isi nama lengkap dengan gelar.',
    });
  if (problems.length > 0 || !nip.ok) return { ok: false, problems };

  if (fields.gender && fields.gender !== nip.gender) {
    warnings.push({
      path: 'gender',
      code: 'gender-mismatch',
      message: 'Jenis kelamin tidak sesuai digit ke-15 NIP. Periksa NIP atau jenis kelaminnya.',
    });
  }
  return {
    ok: true,
    warnings,
    value: {
      ...fields,
      nip: nip.nip,
      name,
      gender: fields.gender ?? nip.gender,
      birthDate: fields.birthDate ?? nip.birthDate,
    },
  };
}
