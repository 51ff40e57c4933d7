import type { Candidate, CandidateFields } from '../../../../shared/contract';
import type { CandidateInputFields } from '../../../../shared/domain/candidate-fields';
import { validateRosterRow } from '../../../../shared/domain/roster-row';
import { formatNip, normaliseNipText, parseNip, type ParsedNip } from '../../../../shared/domain/nip';
import type { ApiError } from '../../api/api-error';

/** What the form edits: every field as the text of its input ('' for "not given"). */
export interface CandidateFormValues {
  nip: string;
  name: string;
  gender: '' | 'L' | 'P';
  birthDate: string;
  participantNo: string;
  grade: string;
  positionLevel: string;
  position: string;
  unit: string;
  phone: string;
  email: string;
}

export type CandidateField = keyof CandidateFormValues;

export const FORM_FIELDS: readonly CandidateField[] = [
  'nip',
  'name',
  'gender',
  'birthDate',
  'participantNo',
  'grade',
  'positionLevel',
  'position',
  'unit',
  'phone',
  'email',
];

function isField(path: string): path is CandidateField {
  return (FORM_FIELDS as readonly string[]).includes(path);
}

export function emptyCandidateValues(): CandidateFormValues {
  return {
    nip: '',
    name: '',
    gender: '',
    birthDate: '',
    participantNo: '',
    grade: '',
    positionLevel: '',
    position: '',
    unit: '',
    phone: '',
    email: '',
  };
}

export function candidateValues(candidate: Candidate): CandidateFormValues {
  return {
    nip: formatNip(candidate.nip),
    name: candidate.name,
    gender: candidate.gender ?? '',
    birthDate: candidate.birthDate ?? '',
    participantNo: candidate.participantNo,
    grade: candidate.grade ?? '',
    positionLevel: candidate.positionLevel,
    position: candidate.position,
    unit: candidate.unit,
    phone: candidate.phone,
    email: candidate.email,
  };
}

function ruleInput(values: CandidateFormValues): CandidateInputFields {
  return {
    nip: values.nip,
    name: values.name,
    gender: values.gender || null,
    birthDate: values.birthDate || null,
    grade: values.grade || null,
    positionLevel: values.positionLevel,
    position: values.position,
    unit: values.unit,
    phone: values.phone,
    email: values.email,
  };
}

/** The operation's input. The server trims and normalises again; the name is sent as typed. */
export function candidateInput(values: CandidateFormValues): CandidateFields {
  return { ...ruleInput(values), participantNo: values.participantNo.trim() };
}

export interface Note {
  code: string;
  message: string;
}

export interface CandidateCheck {
  /** The first problem of each field that blocks saving. */
  errors: Partial<Record<CandidateField, Note>>;
  /** Worth a look, but the candidate is saved as it is (e.g. `gender-mismatch`). */
  warnings: Partial<Record<CandidateField, Note>>;
  /** The NIP read apart, when it is valid: the form shows what it says. */
  nip: ParsedNip | null;
  /** Digits typed so far (separators left out), for "12 of 18 digits". */
  nipDigits: number;
}

/** Others in the programme, so a taken NIP or participant number is flagged while typing. */
export interface RosterLookup {
  byNip: ReadonlyMap<string, Candidate>;
  byParticipantNo: ReadonlyMap<string, Candidate>;
}

export function rosterLookup(candidates: readonly Candidate[], except: number | null): RosterLookup {
  const byNip = new Map<string, Candidate>();
  const byParticipantNo = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (candidate.id === except) continue;
    byNip.set(candidate.nip, candidate);
    byParticipantNo.set(candidate.participantNo, candidate);
  }
  return { byNip, byParticipantNo };
}

export interface CheckTexts {
  nipTaken: (other: Candidate) => string;
  participantNoTaken: (other: Candidate) => string;
}

/**
 * The server's own rule run on the form, plus the two clashes only the roster can tell: an NIP
 * or a participant number already in use. The server calls it through validateCandidateFields,
 * which drops the warnings as soon as any field has an error; the form calls the row rule under
 * it directly, so "gender contradicts the NIP" shows while the name is still empty.
 */
export function checkCandidate(
  values: CandidateFormValues,
  lookup: RosterLookup,
  texts: CheckTexts,
): CandidateCheck {
  const result = validateRosterRow(ruleInput(values));
  const errors: CandidateCheck['errors'] = {};
  const warnings: CandidateCheck['warnings'] = {};
  for (const problem of result.problems) {
    if (!isField(problem.field)) continue;
    const target = problem.severity === 'error' ? errors : warnings;
    target[problem.field] ??= { code: problem.code, message: problem.message };
  }
  const parsed = parseNip(values.nip);
  const nip = parsed.ok ? parsed : null;
  const sameNip = nip ? lookup.byNip.get(nip.nip) : undefined;
  if (sameNip) errors.nip = { code: 'candidate-nip-taken', message: texts.nipTaken(sameNip) };
  const number = values.participantNo.trim();
  const sameNo = number ? lookup.byParticipantNo.get(number) : undefined;
  if (sameNo)
    errors.participantNo = { code: 'participant-no-taken', message: texts.participantNoTaken(sameNo) };
  return { errors, warnings, nip, nipDigits: normaliseNipText(values.nip).replace(/\D/g, '').length };
}

/**
 * The server's refusal, placed at the fields it names: `candidate-invalid` lists its problems in
 * `details`, `candidate-nip-taken` is about the NIP, `invalid-input` names paths such as
 * `candidate.email`. Anything else is a message for the whole form.
 */
export function serverProblems(error: ApiError): {
  fields: Partial<Record<CandidateField, string>>;
  form: string | null;
} {
  const fields: Partial<Record<CandidateField, string>> = {};
  if (error.code === 'candidate-nip-taken') return { fields: { nip: error.message }, form: null };
  const listed: Array<{ path: string; message: string }> =
    error.code === 'invalid-input'
      ? error.fieldProblems
      : error.code === 'candidate-invalid' && Array.isArray(error.details)
        ? (error.details as Array<{ path?: unknown; message?: unknown }>).flatMap((item) =>
            typeof item?.path === 'string' && typeof item.message === 'string'
              ? [{ path: item.path, message: item.message }]
              : [],
          )
        : [];
  for (const { path, message } of listed) {
    const field = path.split('.').at(-1) ?? '';
    if (isField(field)) fields[field] ??= message;
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, form: placed ? null : error.message };
}
