import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoResult, JobState } from '../../../src/shared/contract';
import { startApp, type Harness } from './fixture';

let h: Harness;

beforeEach(async () => {
  h = await startApp();
});
afterEach(async () => h.close());

describe('the demo programme', () => {
  it('comes with the national instruments and mixed groups, ready for an assignment without problems', async () => {
    const { jobId } = await h.ok('demo:create', { candidates: 60, seed: 7 });
    const state = (await h.ok('job:wait', { jobId })) as JobState;
    expect(state.status).toBe('done');
    const { programId } = state.result as DemoResult;

    const instruments = await h.ok('instruments:get', { programId });
    expect(instruments.competencies).toHaveLength(9);
    expect(instruments.methods.map((m) => m.code)).toEqual(['IT', 'LGD', 'PR', 'BEI']);

    const schedule = await h.ok('schedule:get', { programId });
    expect(schedule.ungrouped).toEqual([]);
    expect(schedule.groups).toHaveLength(10);
    for (const g of schedule.groups) expect(g.members).toHaveLength(6);

    const result = await h.ok('assign:auto', { programId });
    expect(result.problems).toEqual([]);
    expect(result.created).toBe(60 * 4 * 2);
    const counts = result.loads.map((l) => l.assignments);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  }, 90_000);
});
