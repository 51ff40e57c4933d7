import type { SignInAssessor, SignedIn, WhoAmI } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { CallContext, Identity } from '../context';
import type { Db } from '../db/open';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { RatingsRepo } from '../db/repos/ratings.repo';
import type { SettingsRepo } from '../db/repos/settings.repo';
import { hashPin, verifyPin } from './pin';
import type { ProgramsService } from './programs.service';

export interface AuthServiceDeps {
  db: Db;
  ratings: RatingsRepo;
  settings: SettingsRepo;
  programs: ProgramsService;
  audit: AuditRepo;
  now: () => Date;
}

export const MAX_PIN_FAILURES = 5;
export const PIN_LOCKOUT_MS = 60_000;

interface Attempts {
  failures: number;
  lockedUntil: number;
  /** Checks still running: counted so parallel guesses cannot slip past the limit. */
  inFlight: number;
}

/**
 * Wrong PINs in a row per sign-in target (an assessor, or the admin), in memory: a restart
 * clears it, which is acceptable for a venue laptop and keeps a stolen database irrelevant.
 */
function createPinThrottle(now: () => Date) {
  const attempts = new Map<string, Attempts>();

  function lockedOut(seconds: number): AppError {
    return new AppError(
      'pin-locked-out',
      `Terlalu banyak PIN salah berturut-turut. Coba lagi dalam ${seconds} detik.`,
      { retryAfterSeconds: seconds },
    );
  }

  return {
    async check(key: string, verify: () => Promise<boolean>): Promise<void> {
      const started = now().getTime();
      const state = attempts.get(key) ?? { failures: 0, lockedUntil: 0, inFlight: 0 };
      attempts.set(key, state);
      if (state.lockedUntil > started) throw lockedOut(Math.ceil((state.lockedUntil - started) / 1000));
      if (state.failures + state.inFlight >= MAX_PIN_FAILURES) throw lockedOut(1);
      state.inFlight++;
      let ok = false;
      try {
        ok = await verify();
      } finally {
        state.inFlight--;
      }
      if (ok) {
        attempts.delete(key);
        return;
      }
      state.failures++;
      if (state.failures >= MAX_PIN_FAILURES) {
        state.failures = 0;
        state.lockedUntil = now().getTime() + PIN_LOCKOUT_MS;
        throw lockedOut(Math.ceil(PIN_LOCKOUT_MS / 1000));
      }
      const left = MAX_PIN_FAILURES - state.failures;
      throw new AppError(
        'pin-wrong',
        `PIN salah. Sisa ${left} kali percobaan sebelum dikunci ${PIN_LOCKOUT_MS / 1000} detik.`,
        { attemptsLeft: left },
      );
    },
  };
}

/** Who sits at a door: assessor sign-in with a PIN, locking, and the operator taking it back. */
export function createAuthService({ db, ratings, settings, programs, audit, now }: AuthServiceDeps) {
  const throttle = createPinThrottle(now);
  const pinHash = db.prepare('SELECT pin_hash FROM assessors WHERE id = ?').pluck();
  const assessorsOf = db.prepare(
    'SELECT id, name, role FROM assessors WHERE program_id = ? ORDER BY name, id',
  );

  function sessionOf(ctx: CallContext) {
    if (!ctx.session) throw new AppError('not-supported-here');
    return ctx.session;
  }

  function describe(identity: Identity): SignedIn {
    const assessor = identity.assessorId === undefined ? undefined : ratings.assessor(identity.assessorId);
    return {
      role: identity.role,
      actor: identity.actor,
      assessorId: assessor?.id ?? null,
      assessorName: assessor?.name ?? null,
      programId: assessor?.programId ?? null,
    };
  }

  return {
    assessors(programId: number): SignInAssessor[] {
      programs.get(programId);
      return assessorsOf.all(programId) as SignInAssessor[];
    },

    async login(assessorId: number, pin: string, ctx: CallContext): Promise<SignedIn> {
      const session = sessionOf(ctx);
      const assessor = ratings.assessor(assessorId);
      const stored = pinHash.get(assessorId) as string | undefined;
      if (!assessor || stored === undefined) throw new AppError('not-found');
      await throttle.check(`assessor:${assessorId}`, () => verifyPin(pin, stored));
      const identity: Identity = {
        role: assessor.role === 'lead' ? 'lead-assessor' : 'assessor',
        actor: `assessor:${assessorId}`,
        assessorId,
      };
      session.become(identity);
      return describe(identity);
    },

    /**
     * A lead assessor of the programme confirming with their PIN (the second person when
     * finalised results are reopened); throttled like a sign-in. The session is not changed.
     */
    async verifyLeadPin(programId: number, assessorId: number, pin: string): Promise<void> {
      const assessor = ratings.assessor(assessorId);
      const stored = pinHash.get(assessorId) as string | undefined;
      if (!assessor || stored === undefined || assessor.programId !== programId || assessor.role !== 'lead') {
        throw new AppError('witness-not-lead');
      }
      await throttle.check(`assessor:${assessorId}`, () => verifyPin(pin, stored));
    },

    lock(ctx: CallContext): SignedIn {
      const session = sessionOf(ctx);
      const identity: Identity = {
        role: 'locked',
        actor: ctx.actor,
        ...(ctx.assessorId !== undefined && { assessorId: ctx.assessorId }),
      };
      session.become(identity);
      return describe(identity);
    },

    async operator(pin: string | undefined, ctx: CallContext): Promise<SignedIn> {
      const session = sessionOf(ctx);
      const stored = settings.get('admin_pin_hash');
      if (stored !== null) {
        if (pin === undefined) throw new AppError('admin-pin-required');
        await throttle.check('admin', () => verifyPin(pin, stored));
      }
      const identity: Identity = { role: 'admin', actor: 'admin' };
      session.become(identity);
      return describe(identity);
    },

    whoami(ctx: CallContext): WhoAmI {
      return {
        ...describe(ctx),
        door: ctx.door,
        adminPinSet: settings.get('admin_pin_hash') !== null,
      };
    },

    async setAdminPin(pin: string | null, ctx: CallContext): Promise<{ adminPinSet: boolean }> {
      const hash = pin === null ? null : await hashPin(pin);
      const at = now().toISOString();
      db.transaction(() => {
        const before = settings.get('admin_pin_hash') !== null;
        if (hash === null) settings.remove('admin_pin_hash');
        else settings.set('admin_pin_hash', hash, at);
        // Whether a PIN is set, never the PIN or its hash.
        audit.record(ctx, at, {
          action: 'auth:set-admin-pin',
          entity: 'setting',
          entityId: null,
          programId: null,
          before: { adminPinSet: before },
          after: { adminPinSet: hash !== null },
        });
      })();
      return { adminPinSet: hash !== null };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
