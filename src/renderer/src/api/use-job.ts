import { useCallback, useRef, useState } from 'react';
import type { JobState, z } from '../../../shared/contract';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { useApi } from './api-context';
import { ApiError, toApiError } from './api-error';
import { useAppEvent } from './use-app-event';

/** Where a background job stands, as a screen shows it. */
export type JobRun<T> =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'running'; jobId: string; done: number; total: number; phase: string; cancelling: boolean }
  | { status: 'done'; result: T }
  | { status: 'failed'; error: ApiError }
  | { status: 'cancelled'; error: ApiError };

export type JobOutcome<T> = Extract<JobRun<T>, { status: 'done' | 'failed' | 'cancelled' }>;

interface Waiting<T> {
  /** '' until the operation has answered with the job's id. */
  jobId: string;
  resolve: (outcome: JobOutcome<T>) => void;
}

const cancelledOutcome = () =>
  ({ status: 'cancelled', error: new ApiError('job-cancelled', ERROR_MESSAGES['job-cancelled']) }) as const;

/**
 * Runs one background job at a time (`roster:preview`, `roster:import`, …) and follows it:
 * progress from `job:progress` events, the end from whichever arrives first, the `job:finished`
 * event or the `job:wait` answer, so a dropped event stream can never leave a bar spinning.
 *
 * `run` resolves with the outcome (it never rejects) and `job` mirrors it for rendering. `run`,
 * `cancel` and `reset` keep their identity. Progress events re-render the component that calls
 * this hook: keep large lists out of it, or memoised.
 */
export function useJob<T>(schema: z.ZodType<T>) {
  const api = useApi();
  const [job, setJob] = useState<JobRun<T>>({ status: 'idle' });
  const waiting = useRef<Waiting<T> | null>(null);

  const settle = useCallback((jobId: string, outcome: JobOutcome<T>) => {
    const current = waiting.current;
    if (!current || current.jobId !== jobId) return;
    waiting.current = null;
    setJob(outcome);
    current.resolve(outcome);
  }, []);

  const finish = useCallback(
    (state: JobState) => {
      if (state.status === 'running') return;
      if (state.status === 'done') {
        const parsed = schema.safeParse(state.result);
        settle(
          state.jobId,
          parsed.success
            ? { status: 'done', result: parsed.data }
            : { status: 'failed', error: ApiError.client('bad-response') },
        );
        return;
      }
      const error = state.error
        ? new ApiError(state.error.code as ApiError['code'], state.error.message)
        : new ApiError('job-failed', ERROR_MESSAGES['job-failed']);
      settle(
        state.jobId,
        state.status === 'cancelled' ? { status: 'cancelled', error } : { status: 'failed', error },
      );
    },
    [schema, settle],
  );

  useAppEvent('job:progress', (progress) => {
    if (!waiting.current || progress.jobId !== waiting.current.jobId) return;
    setJob((current) =>
      current.status === 'running' && current.jobId === progress.jobId
        ? { ...current, done: progress.done, total: progress.total, phase: progress.phase }
        : current,
    );
  });
  useAppEvent('job:finished', finish);

  const run = useCallback(
    (start: () => Promise<{ jobId: string }>): Promise<JobOutcome<T>> => {
      // A run that is superseded ends as cancelled for whoever still awaits it.
      waiting.current?.resolve(cancelledOutcome());
      return new Promise<JobOutcome<T>>((resolve) => {
        const entry: Waiting<T> = { jobId: '', resolve };
        waiting.current = entry;
        setJob({ status: 'starting' });
        void (async () => {
          try {
            const { jobId } = await start();
            if (waiting.current !== entry) return;
            entry.jobId = jobId;
            setJob({ status: 'running', jobId, done: 0, total: 0, phase: '', cancelling: false });
            finish(await api.invoke('job:wait', { jobId }));
          } catch (error) {
            if (waiting.current === entry)
              settle(entry.jobId, { status: 'failed', error: toApiError(error) });
          }
        })();
      });
    },
    [api, finish, settle],
  );

  const cancel = useCallback(async () => {
    const jobId = waiting.current?.jobId;
    if (!jobId) return;
    setJob((current) => (current.status === 'running' ? { ...current, cancelling: true } : current));
    try {
      await api.invoke('job:cancel', { jobId });
    } catch {
      // The job ended on its own meanwhile; its outcome arrives through finish().
    }
  }, [api]);

  /** Forgets the job (it keeps running on the server if it still was). */
  const reset = useCallback(() => {
    waiting.current = null;
    setJob({ status: 'idle' });
  }, []);

  return { job, run, cancel, reset };
}
