import { useCallback, useMemo, useState } from 'react';
import type { CandidateResult, ProgramResults } from '../../../../shared/contract';
import { useSettledQuery } from '../results/use-settled-query';

/**
 * The programme's results for the meeting's queue, fetched once changes settle (see
 * useSettledQuery); the candidate just saved is updated at once from the save's own answer.
 */
export function useQueueResults(programId: number) {
  const query = useSettledQuery('results:list', { programId }, programId);

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

  return {
    data: query.data,
    candidates,
    error: query.error,
    loading: query.loading,
    refresh: query.refresh,
    patch,
  };
}
