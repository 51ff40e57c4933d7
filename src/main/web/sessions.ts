import { randomBytes } from 'node:crypto';
import type { Identity } from '../context';

export const SESSION_COOKIE = 'asesa_session';

export interface Session extends Identity {
  token: string;
  createdAt: number;
}

/**
 * Browser sessions of the web door, in memory: a restart of the server signs everyone out, which
 * is what a venue wants. The token is the only secret; it travels in an HttpOnly, SameSite=Strict
 * cookie set when the server hands out its own page, so no other page can call the API.
 */
export function createSessionStore() {
  const sessions = new Map<string, Session>();
  return {
    open(identity: Identity): string {
      const token = randomBytes(32).toString('base64url');
      sessions.set(token, { ...identity, token, createdAt: Date.now() });
      return token;
    },
    /** Signs a session in as someone else (assessor PIN login, lock, back to the operator). */
    become(token: string, identity: Identity): void {
      const session = sessions.get(token);
      if (!session) return;
      sessions.set(token, { token, createdAt: session.createdAt, ...identity });
    },
    get(token: string | undefined): Session | null {
      if (!token) return null;
      return sessions.get(token) ?? null;
    },
    close(token: string): void {
      sessions.delete(token);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
