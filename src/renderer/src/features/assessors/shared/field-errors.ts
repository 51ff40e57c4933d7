import type { ApiError, ApiErrorCode } from '../../../api/api-error';

/** Field path (as the core reports it: `name`, `levels.0.title`, …) → message. */
export type FieldErrors = Partial<Record<string, string>>;

function detailProblems(details: unknown): { path: string; message: string }[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (item): item is { path: string; message: string } =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as { path?: unknown }).path === 'string' &&
      typeof (item as { message?: unknown }).message === 'string',
  );
}

/**
 * Puts the core's answer next to the fields it concerns. Validation details carry their own
 * paths (for `invalid-input` and for business checks such as an assessor's NIP); codes that are
 * about one field are placed by `codeFields`. Anything else is the form's message.
 */
export function fieldErrorsOf(
  error: ApiError,
  codeFields: Partial<Record<ApiErrorCode, string>> = {},
): { fields: FieldErrors; form: string | null } {
  const fields: FieldErrors = {};
  for (const problem of detailProblems(error.details)) fields[problem.path] ??= problem.message;
  const field = codeFields[error.code];
  if (field) fields[field] ??= error.message;
  return Object.keys(fields).length > 0 ? { fields, form: null } : { fields, form: error.message };
}

/** Errors whose path starts with `prefix.` (criteria, levels), for a group of inputs. */
export function hasErrorUnder(errors: FieldErrors, prefix: string): boolean {
  return Object.keys(errors).some((path) => path === prefix || path.startsWith(`${prefix}.`));
}
