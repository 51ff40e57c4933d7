import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/contract';

export const SESSION_COOKIE = 'asesa_session';

export interface Session {
  role: Role;
  actor: string;
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
    open(role: Role, actor: string): string {
      const token = randomBytes(32).toString('base64url');
      sessions.set(token, { role, actor, createdAt: Date.now() });
      return token;
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
