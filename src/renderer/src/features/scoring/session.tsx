import { Center, Loader } from '@mantine/core';
import { createContext, Fragment, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { SignedIn, WhoAmI } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/error-alert';
import { useApiQuery } from '../../api/use-api-query';
import { LockScreen } from './lock-screen';

export interface DoorSession extends SignedIn {
  adminPinSet: boolean;
}

interface SessionValue {
  session: DoorSession;
  /** After `auth:login`, `auth:lock` or `auth:operator`: the whole app follows the new role. */
  apply: (signedIn: SignedIn) => void;
  setAdminPinSet: (set: boolean) => void;
  /** Asks the server again (another tab of this browser may have signed in or locked). */
  refresh: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession() needs a <SessionGate>');
  return value;
}

export function isAssessorRole(role: SignedIn['role']): boolean {
  return role === 'assessor' || role === 'lead-assessor';
}

/**
 * Who sits at this door decides what the app shows: a locked door shows only the lock screen
 * (nothing else may load: every other operation would be refused), an assessor gets the
 * assessor workspace, staff the whole app. Everything below is remounted when the role changes,
 * so no screen keeps data that the new person may not see.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { data, error, refresh } = useApiQuery('auth:whoami', {}, { refreshOn: () => false });
  const [override, setOverride] = useState<DoorSession | null>(null);

  const base: WhoAmI | undefined = data;
  const session: DoorSession | null = override ?? base ?? null;

  const apply = useCallback(
    (signedIn: SignedIn) =>
      setOverride((current) => ({
        ...signedIn,
        adminPinSet: current?.adminPinSet ?? base?.adminPinSet ?? false,
      })),
    [base],
  );
  const setAdminPinSet = useCallback(
    (set: boolean) =>
      setOverride((current) => {
        const from = current ?? base;
        return from ? { ...from, adminPinSet: set } : current;
      }),
    [base],
  );
  const reload = useCallback(() => {
    setOverride(null);
    refresh();
  }, [refresh]);

  const value = useMemo(
    () => (session ? { session, apply, setAdminPinSet, refresh: reload } : null),
    [session, apply, setAdminPinSet, reload],
  );

  if (error) return <ErrorAlert error={error} onRetry={refresh} />;
  if (!value || !session)
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  return (
    <SessionContext value={value}>
      {session.role === 'locked' ? (
        <LockScreen />
      ) : (
        <Fragment key={`${session.role}:${session.assessorId ?? ''}`}>{children}</Fragment>
      )}
    </SessionContext>
  );
}
