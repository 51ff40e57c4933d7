import { ProgramInput, type Program, type Signatory } from '../../../../shared/contract';
import type { Purpose } from '../../../../shared/domain/categories';
import { formatNip, parseNip } from '../../../../shared/domain/nip';
import type { ApiError } from '../../api/api-error';

/** What the form edits: the programme's fields, with dates as the text of a date input. */
export interface ProgramFormValues {
  code: string;
  name: string;
  organiser: string;
  venue: string;
  startDate: string;
  endDate: string;
  purpose: Purpose;
  city: string;
  signatory: Signatory;
}

export type SignatoryField = keyof Signatory;
/** Field paths as the core reports them in `invalid-input` details: `code`, `signatory.nip`, … */
export type FieldErrors = Partial<Record<string, string>>;

export function emptyProgramValues(): ProgramFormValues {
  return {
    code: '',
    name: '',
    organiser: '',
    venue: '',
    startDate: '',
    endDate: '',
    purpose: 'pemetaan',
    city: '',
    signatory: { name: '', position: '', rank: '', nip: '', acting: false },
  };
}

export function programValues(program: Program): ProgramFormValues {
  return {
    code: program.code,
    name: program.name,
    organiser: program.organiser,
    venue: program.venue,
    startDate: program.startDate ?? '',
    endDate: program.endDate ?? '',
    purpose: program.purpose,
    city: program.city,
    // Shown spaced as on paper; sent back as 18 plain digits (programInput).
    signatory: { ...program.signatory, nip: formatNip(program.signatory.nip) },
  };
}

/**
 * What is sent to the core. An empty date means "not decided yet" (null); a valid signatory NIP
 * goes in its plain 18-digit form whatever separators were typed.
 */
export function programInput(values: ProgramFormValues): ProgramInput {
  const nip = parseNip(values.signatory.nip);
  return {
    ...values,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    signatory: { ...values.signatory, nip: nip.ok ? nip.nip : values.signatory.nip },
  };
}

/**
 * Checks the form with the contract's own schema, so the operator sees every problem at once and
 * in the same words the core would use. One check is added: the core accepts any text as the
 * signatory's NIP, but a wrong one would be printed on every certificate. Empty is allowed.
 */
export function checkProgram(values: ProgramFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const parsed = ProgramInput.safeParse(programInput(values));
  for (const issue of parsed.error?.issues ?? []) errors[issue.path.join('.')] ??= issue.message;
  if (values.signatory.nip.trim() !== '') {
    const nip = parseNip(values.signatory.nip);
    if (!nip.ok) errors['signatory.nip'] ??= nip.message;
  }
  return errors;
}

/**
 * Puts the core's answer next to the fields it concerns. Validation details carry their own
 * paths; the two business rules about single fields are placed by their code. Anything else is
 * returned as `form`, shown above the buttons.
 */
export function fieldErrorsOf(error: ApiError): { fields: FieldErrors; form: string | null } {
  switch (error.code) {
    case 'invalid-input': {
      const fields: FieldErrors = {};
      for (const problem of error.fieldProblems) fields[problem.path] ??= problem.message;
      return Object.keys(fields).length > 0 ? { fields, form: null } : { fields, form: error.message };
    }
    case 'program-code-taken':
      return { fields: { code: error.message }, form: null };
    case 'invalid-date-range':
      return { fields: { endDate: error.message }, form: null };
    default:
      return { fields: {}, form: error.message };
  }
}
