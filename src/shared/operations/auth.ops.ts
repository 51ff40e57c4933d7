import { SESSION_ROLES, id, none, operation, z } from '../schemas/common';
import { SignInAssessor, SignInPin, SignedIn, WhoAmI } from '../schemas/scoring';

/**
 * Who sits at a door: an assessor signs in with a PIN on the shared laptop or their own device,
 * locks the screen when stepping away, and the operator takes the door back (with the admin PIN
 * once one is set). Every one of these is open to a locked session: it is how it unlocks.
 */
export const AUTH_OPERATIONS = [
  operation('auth:assessors', {
    input: z.object({ programId: id }).strict(),
    output: z.array(SignInAssessor),
    roles: SESSION_ROLES,
    writes: false,
    summary: 'Nama dan peran asesor sebuah program, untuk layar masuk dengan PIN.',
  }),
  operation('auth:login', {
    input: z.object({ assessorId: id, pin: SignInPin }).strict(),
    output: SignedIn,
    roles: SESSION_ROLES,
    writes: false,
    summary: 'Masuk sebagai asesor dengan PIN (5 kali salah berturut-turut: dikunci 60 detik).',
  }),
  operation('auth:lock', {
    input: none,
    output: SignedIn,
    roles: SESSION_ROLES,
    writes: false,
    summary: 'Mengunci layar: hanya bisa dibuka dengan masuk lagi.',
  }),
  operation('auth:operator', {
    input: z.object({ pin: SignInPin.optional() }).strict(),
    output: SignedIn,
    roles: SESSION_ROLES,
    writes: false,
    summary: 'Kembali ke mode operator (dengan PIN admin bila sudah diatur).',
  }),
  operation('auth:whoami', {
    input: none,
    output: WhoAmI,
    roles: SESSION_ROLES,
    writes: false,
    summary: 'Siapa yang sedang memakai tampilan ini.',
  }),
  operation('auth:set-admin-pin', {
    input: z.object({ pin: SignInPin.nullable() }).strict(),
    output: z.object({ adminPinSet: z.boolean() }),
    roles: ['admin'],
    writes: true,
    summary: 'Mengatur atau menghapus PIN admin untuk kembali ke mode operator.',
  }),
] as const;
