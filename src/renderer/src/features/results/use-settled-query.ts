import { useEffect, useRef } from 'react';
import type { OperationName, OpInput } from '../../../../shared/contract';
import { useApiQuery } from '../../api/use-api-query';
import { useAppEvent } from '../../api/use-app-event';

/** Changes that arrive within this long of each other are fetched once. */
const SETTLE_MS = 1500;

/**
 * A read of the whole programme's results (ranking, statistics, groups) that follows changes
 * without chasing each one: during the meeting every save changes the ranking, and recomputing
 * thousands of results after each keypress costs seconds, so changes are gathered for a moment
 * and fetched once. The previous answer stays on screen meanwhile.
 */
export function useSettledQuery<N extends OperationName>(operation: N, input: OpInput<N>, programId: number) {
  const query = useApiQuery(operation, input, { refreshOn: () => false });
  const { refresh } = query;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useAppEvent('data:changed', (change) => {
    if (change.programId !== null && change.programId !== programId) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      refresh();
    }, SETTLE_MS);
  });
  return query;
}
