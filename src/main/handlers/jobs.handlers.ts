import type { AreaHandlers, Services } from './area';

export function demoHandlers(s: Services): AreaHandlers<'demo'> {
  return {
    'demo:create': (input, ctx) => ({ jobId: s.jobs.start('demo:create', input, ctx).jobId }),
  };
}

export function jobHandlers(s: Services): AreaHandlers<'job'> {
  return {
    'job:get': (input) => s.jobs.get(input.jobId),
    'job:wait': (input) => s.jobs.wait(input.jobId),
    'job:cancel': (input) => s.jobs.cancel(input.jobId),
  };
}
