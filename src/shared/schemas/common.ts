/** Building blocks shared by every schema module and operation list. */
import { z } from 'zod';

// Validation messages reach the user; make zod speak Bahasa Indonesia. Every schema module
// imports zod through this file, so the setting is in force before any schema is used.
z.config(z.locales.id());

export { z };

export const ROLES = ['admin', 'operator', 'lead-assessor', 'assessor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A door's session is one of the roles, or `locked`: the shared venue laptop after an assessor
 * locked it. A locked session may only sign in again; no operation lists it except the auth ones.
 */
export const SESSION_ROLES = [...ROLES, 'locked'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

// `sheet-import` is not a door anyone calls through: audit rows of a score-sheet import carry it.
export const DOORS = ['desktop', 'browser', 'cli', 'worker', 'sheet-import'] as const;
export type Door = (typeof DOORS)[number];

export const STAFF: readonly Role[] = ['admin', 'operator'];
export const EVERYONE: readonly Role[] = ROLES;

export const id = z.number().int().positive();
export const isoDate = z.iso.date();
export const trimmed = (max: number) => z.string().trim().max(max);
export const none = z.object({}).strict();
export const byId = z.object({ id }).strict();

/** What a native file dialog is opened for; it decides the dialog's file-type filter. */
export const PICK_PURPOSES = ['roster', 'score-sheet', 'image', 'pdf'] as const;
export type PickPurpose = (typeof PICK_PURPOSES)[number];

export const FileRef = z.object({ id: z.string(), fileName: z.string(), size: z.number().int() });
export type FileRef = z.infer<typeof FileRef>;

export interface OperationSpec<N extends string, I extends z.ZodType, O extends z.ZodType> {
  readonly name: N;
  readonly input: I;
  readonly output: O;
  readonly roles: readonly SessionRole[];
  /** Writes change data; the dispatcher announces them with a `data:changed` event. */
  readonly writes: boolean;
  readonly summary: string;
}

export function operation<N extends string, I extends z.ZodType, O extends z.ZodType>(
  name: N,
  spec: Omit<OperationSpec<N, I, O>, 'name'>,
): OperationSpec<N, I, O> {
  return { name, ...spec };
}
