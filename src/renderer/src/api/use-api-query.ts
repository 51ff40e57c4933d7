import { useCallback, useEffect, useState } from 'react';
import type { EventPayload, OperationName, OpInput, OpOutput } from '../../../shared/contract';
import { useApi } from './api-context';
import { toApiError, type ApiError } from './api-error';
import { useAppEvent } from './use-app-event';

export interface QueryOptions {
  /** Which `data:changed` events make this query fetch again; by default, all of them. */
  refreshOn?: (change: EventPayload<'data:changed'>) => boolean;
}

export interface QueryResult<T> {
  /** The last answer for the current input (kept while a refresh runs). */
  data: T | undefined;
  error: ApiError | null;
  /** True until the first answer for the current input has arrived. */
  loading: boolean;
  refresh: () => void;
}

interface Settled<T> {
  key: string;
  data: T | undefined;
  error: ApiError | null;
}

/**
 * Runs a read operation and keeps its answer fresh: it fetches again when the input changes and
 * when the server announces changed data. `input: null` means "not yet" (nothing is fetched).
 */
export function useApiQuery<N extends OperationName>(
  operation: N,
  input: OpInput<N> | null,
  options: QueryOptions = {},
): QueryResult<OpOutput<N>> {
  const api = useApi();
  // Inputs are small plain objects; their JSON is a stable identity across renders.
  const inputJson = input === null ? null : JSON.stringify(input);
  const key = inputJson === null ? '' : `${operation} ${inputJson}`;
  const [settled, setSettled] = useState<Settled<OpOutput<N>> | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (inputJson === null) return;
    let current = true;
    api.invoke(operation, JSON.parse(inputJson) as OpInput<N>).then(
      (data) => current && setSettled({ key, data, error: null }),
      (error: unknown) => current && setSettled({ key, data: undefined, error: toApiError(error) }),
    );
    // An answer that arrives after the input changed belongs to the old input: drop it.
    return () => {
      current = false;
    };
  }, [api, operation, inputJson, key, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  const { refreshOn } = options;
  useAppEvent('data:changed', (change) => {
    if (key !== '' && (!refreshOn || refreshOn(change))) refresh();
  });

  const fresh = settled !== null && settled.key === key;
  return {
    data: fresh ? settled.data : undefined,
    error: fresh ? settled.error : null,
    loading: key !== '' && !fresh,
    refresh,
  };
}
