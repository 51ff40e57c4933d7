/**
 * Validation of one candidate as typed in the form (and sent by any door). It is the import's row
 * rule (roster-row.ts) applied to form fields, so a value the import refuses is refused here too;
 * the renderer runs it for feedback as you type, the service again before writing.
 */
import { validateRosterRow } from './roster-row';

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

export function validateCandidateFields(fields: CandidateInputFields): CandidateCheck {
  const row = validateRosterRow({
    nip: fields.nip,
    name: fields.name,
    gender: fields.gender,
    birthDate: fields.birthDate,
    grade: fields.grade,
    position: fields.position,
    positionLevel: fields.positionLevel,
    unit: fields.unit,
    phone: fields.phone,
    email: fields.email,
  });
  const toField = (p: (typeof row.problems)[number]): FieldProblem => ({
    path: p.field,
    code: p.code,
    message: p.message,
  });
  if (row.hasError)
    return { ok: false, problems: row.problems.filter((p) => p.severity === 'error').map(toField) };
  const { values } = row;
  return {
    ok: true,
    warnings: row.problems.filter((p) => p.severity === 'warning').map(toField),
    value: {
      nip: values.nip,
      name: values.name,
      gender: values.gender,
      birthDate: values.birthDate,
      grade: values.grade,
      position: values.position,
      positionLevel: values.positionLevel,
      unit: values.unit,
      phone: values.phone,
      email: values.email,
    },
  };
}
