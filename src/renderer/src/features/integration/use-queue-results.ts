import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CandidateResult, ProgramResults } from '../../../../shared/contract';
import { useApiQuery } from '../../api/use-api-query';
import { useAppEvent } from '../../api/use-app-event';

/** Changes that arrive within this long of each other are fetched once. */
const SETTLE_MS = 1500;

/**
 * The programme's results for the meeting's queue. Each save changes the whole ranking, and
 * fetching every candidate's result again after each keypress costs seconds with thousands of
 * candidates; so changes are gathered for a moment and fetched once, while the candidate just
 * saved is updated at once from the save's own answer (`patch`).
 */
export function useQueueResults(programId: number) {
  const query = useApiQuery('results:list', { programId }, { refreshOn: () => false });
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

  // Saved results belong to the list they were saved over; a newer list replaces them.
  const [patches, setPatches] = useState<{
    on: ProgramResults | undefined;
    byId: Map<number, CandidateResult>;
  }>({
    on: undefined,
    byId: new Map(),
  });
  const patch = useCallback(
    (result: CandidateResult) =>
      setPatches((current) => {
        const byId = new Map(current.on === query.data ? current.byId : []);
        byId.set(result.candidateId, result);
        return { on: query.data, byId };
      }),
    [query.data],
  );
  const candidates = useMemo(() => {
    const list = query.data?.candidates ?? [];
    if (patches.on !== query.data || patches.byId.size === 0) return list;
    return list.map((candidate) => patches.byId.get(candidate.candidateId) ?? candidate);
  }, [query.data, patches]);

  return { data: query.data, candidates, error: query.error, loading: query.loading, refresh, patch };
}
