import { PURPOSES } from '../domain/categories';
import { parseNip } from '../domain/nip';
import { id, isoDate, trimmed, z } from './common';

export const ProgramCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, {
    message: 'Kode program 2–32 karakter: huruf, angka, atau tanda hubung (contoh: TA-2023).',
  });

export const Purpose = z.enum(PURPOSES);

export const Signatory = z.object({
  name: trimmed(160),
  position: trimmed(200),
  rank: trimmed(80),
  /** Empty, or a valid NIP stored as its 18 digits (it is printed under the signature). */
  nip: trimmed(40).transform((text, ctx) => {
    if (text === '') return '';
    const parsed = parseNip(text);
    if (parsed.ok) return parsed.nip;
    ctx.addIssue({ code: 'custom', message: `NIP penanda tangan: ${parsed.message}` });
    return z.NEVER;
  }),
  acting: z.boolean(),
});
export type Signatory = z.infer<typeof Signatory>;

const ProgramFields = {
  code: ProgramCode,
  name: z.string().trim().min(3).max(200),
  organiser: trimmed(200),
  venue: trimmed(200),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  purpose: Purpose,
  city: trimmed(80),
  signatory: Signatory,
};

export const ProgramInput = z.object({
  ...ProgramFields,
  organiser: ProgramFields.organiser.default(''),
  venue: ProgramFields.venue.default(''),
  startDate: ProgramFields.startDate.default(null),
  endDate: ProgramFields.endDate.default(null),
  purpose: Purpose.default('pemetaan'),
  city: ProgramFields.city.default(''),
  signatory: Signatory.default({ name: '', position: '', rank: '', nip: '', acting: false }),
});
export type ProgramInput = z.input<typeof ProgramInput>;

export const ProgramPatch = z.object(ProgramFields).partial().extend({ id });
export type ProgramPatch = z.input<typeof ProgramPatch>;

export const Program = z.object({
  id,
  ...ProgramFields,
  code: z.string(),
  archived: z.boolean(),
  candidateCount: z.number().int().nonnegative(),
  assessorCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Program = z.infer<typeof Program>;
