import { useRef, useState } from 'react';
import { DemoResult, type JobState } from '../../../../shared/contract';
import { ERROR_MESSAGES } from '../../../../shared/errors';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import { useAppEvent } from '../../api/use-app-event';

export type DemoJob =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'running'; jobId: string; done: number; total: number; phase: string; cancelling: boolean }
  | { status: 'done'; result: DemoResult }
  | { status: 'stopped'; cancelled: boolean; message: string };

/**
 * Runs `demo:create` as a background job. Progress comes from `job:progress` events; the end is
 * taken from whichever arrives first, the `job:finished` event or the `job:wait` answer, so a
 * dropped event stream can never leave the dialog spinning.
 */
export function useDemoJob(onDone: (result: DemoResult) => void) {
  const api = useApi();
  const [job, setJob] = useState<DemoJob>({ status: 'idle' });
  // The job this hook is waiting for; cleared by the first ending that arrives, so the second
  // one (event or answer) finds nothing to do.
  const waitingFor = useRef<string | null>(null);

  const stop = (jobId: string | null, message: string, cancelled = false) => {
    if (jobId !== waitingFor.current) return;
    waitingFor.current = null;
    setJob({ status: 'stopped', cancelled, message });
  };

  const finish = (state: JobState) => {
    if (state.jobId !== waitingFor.current) return;
    const result = state.status === 'done' ? DemoResult.safeParse(state.result) : null;
    if (result?.success) {
      waitingFor.current = null;
      setJob({ status: 'done', result: result.data });
      onDone(result.data);
      return;
    }
    stop(state.jobId, state.error?.message ?? ERROR_MESSAGES['job-failed'], state.status === 'cancelled');
  };

  useAppEvent('job:progress', (progress) => {
    if (progress.jobId !== waitingFor.current) return;
    setJob((current) =>
      current.status === 'running'
        ? { ...current, done: progress.done, total: progress.total, phase: progress.phase }
        : current,
    );
  });
  useAppEvent('job:finished', finish);

  const start = async () => {
    setJob({ status: 'starting' });
    waitingFor.current = '';
    let jobId = '';
    try {
      ({ jobId } = await api.invoke('demo:create', {}));
      waitingFor.current = jobId;
      setJob({ status: 'running', jobId, done: 0, total: 0, phase: '', cancelling: false });
      finish(await api.invoke('job:wait', { jobId }));
    } catch (error) {
      stop(jobId, toApiError(error).message);
    }
  };

  const cancel = async () => {
    if (job.status !== 'running') return;
    setJob((current) => (current.status === 'running' ? { ...current, cancelling: true } : current));
    try {
      await api.invoke('job:cancel', { jobId: job.jobId });
    } catch {
      // The job ended on its own meanwhile; its outcome arrives through finish().
    }
  };

  const reset = () => setJob({ status: 'idle' });
  return { job, start, cancel, reset };
}
