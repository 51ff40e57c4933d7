import { useCallback, useEffect, useRef, useState } from 'react';
import type { CandidateResult, IntegrationView } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { toApiError, type ApiError } from '../../api/api-error';
import { useAppEvent } from '../../api/use-app-event';

interface Shown {
  view: IntegrationView | undefined;
  error: ApiError | null;
  /** Which request this answer belongs to: an older answer never replaces a newer one. */
  seq: number;
}

/**
 * One candidate's meeting view, kept fresh. The answer of each save is shown at once (it carries
 * the new result and rank); a fetch that was already under way when a later save answered would
 * show the table as it was before that save, so answers are numbered and only newer ones win.
 * (With thousands of candidates a fetch takes a second or more, long enough for the next save.)
 */
export function useIntegrationView(
  programId: number,
  candidateId: number,
  onResult: (result: CandidateResult) => void,
) {
  const api = useApi();
  const counter = useRef(0);
  const [shown, setShown] = useState<Shown>({ view: undefined, error: null, seq: 0 });
  const show = useCallback((seq: number, next: Omit<Shown, 'seq'>) => {
    setShown((current) => (seq > current.seq ? { ...next, seq } : current));
  }, []);

  const load = useCallback(() => {
    const seq = ++counter.current;
    api.invoke('results:integration', { programId, candidateId }).then(
      (view) => show(seq, { view, error: null }),
      (error: unknown) => show(seq, { view: undefined, error: toApiError(error) }),
    );
  }, [api, programId, candidateId, show]);

  useEffect(load, [load]);
  useAppEvent('data:changed', (change) => {
    if (change.programId === null || change.programId === programId) load();
  });

  const agree = useCallback(
    async (competencyId: number, level: number | null, rationale: string) => {
      const next = await api.invoke('results:agree', {
        programId,
        candidateId,
        competencyId,
        level,
        rationale,
      });
      show(++counter.current, { view: next, error: null });
      onResult(next.result);
    },
    [api, programId, candidateId, show, onResult],
  );

  return {
    view: shown.view,
    error: shown.error,
    loading: shown.view === undefined && shown.error === null,
    refresh: load,
    agree,
  };
}
