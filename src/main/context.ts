import type { Door, SessionRole } from '../shared/contract';

export interface Identity {
  role: SessionRole;
  /** Stable actor label for the audit log: "admin", "assessor:12", … Never a name or NIP. */
  actor: string;
  /** The assessor behind an assessor or lead-assessor session. */
  assessorId?: number;
}

/**
 * Lets the sign-in operations change who a door's session is (a browser tab's cookie session,
 * the desktop window). The CLI has none: it always acts as the admin at this machine.
 */
export interface SessionControl {
  become(identity: Identity): void;
}

/** Who is calling, and through which door. Every handler receives one. */
export interface CallContext extends Identity {
  door: Door;
  session?: SessionControl;
}

export const ADMIN_CONTEXT = (door: Door): CallContext => ({ role: 'admin', actor: 'admin', door });
