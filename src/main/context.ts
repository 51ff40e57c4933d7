import type { Door, Role } from '../shared/contract';

/** Who is calling, and through which door. Every handler receives one. */
export interface CallContext {
  role: Role;
  /** Stable actor label for the audit log: "admin", "assessor:12", … Never a name or NIP. */
  actor: string;
  door: Door;
}

export const ADMIN_CONTEXT = (door: Door): CallContext => ({ role: 'admin', actor: 'admin', door });
