import { useCallback, useState } from 'react';
import type { CandidateResult, IntegrationView } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';

/**
 * One candidate's meeting view, kept fresh: the answer of each save is shown at once (it carries
 * the new result and rank), and the next fetch (after the server's change event) replaces it.
 */
export function useIntegrationView(
  programId: number,
  candidateId: number,
  onResult: (result: CandidateResult) => void,
) {
  const api = useApi();
  const query = useApiQuery(
    'results:integration',
    { programId, candidateId },
    { refreshOn: (change) => change.programId === null || change.programId === programId },
  );
  // A saved answer belongs to the fetched copy it was made on; a newer fetch wins over it.
  const [saved, setSaved] = useState<{ view: IntegrationView; on: IntegrationView | undefined } | null>(null);
  const view =
    saved && saved.on === query.data && saved.view.result.candidateId === candidateId
      ? saved.view
      : query.data;

  const agree = useCallback(
    async (competencyId: number, level: number | null, rationale: string) => {
      const next = await api.invoke('results:agree', {
        programId,
        candidateId,
        competencyId,
        level,
        rationale,
      });
      setSaved({ view: next, on: query.data });
      onResult(next.result);
    },
    [api, programId, candidateId, query.data, onResult],
  );

  return { view, error: query.error, loading: query.loading, refresh: query.refresh, agree };
}
