import { useEffect, useRef } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useAppEvent } from '../../api/use-app-event';

/** At most one refetch per this many ms, however fast scores arrive (20 assessors typing). */
const THROTTLE_MS = 1000;

/**
 * `progress:get`, kept live: a `scores:changed` event refetches (throttled, the last change of a
 * burst always included); other changes of the programme (assignment, attendance, schedule)
 * refetch at once. Score saves also announce `data:changed`; those are left to the throttle.
 */
export function useLiveProgress(programId: number) {
  const query = useApiQuery(
    'progress:get',
    { programId },
    {
      refreshOn: (change) =>
        (change.programId === programId || change.programId === null) &&
        !change.operation.startsWith('scores:'),
    },
  );
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { refresh } = query;

  useAppEvent('scores:changed', (change) => {
    if (change.programId !== programId || timer.current) return;
    const wait = Math.max(0, last.current + THROTTLE_MS - Date.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      last.current = Date.now();
      refresh();
    }, wait);
  });

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return query;
}
