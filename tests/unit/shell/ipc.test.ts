import { describe, expect, it, vi } from 'vitest';
import type { CallContext } from '../../../src/main/context';
import type { DispatchResult } from '../../../src/main/dispatcher';
import { createDesktopSession, handleInvoke, MAX_OPERATION_NAME_LENGTH } from '../../../src/main/shell/ipc';

function fakeDispatch(result: DispatchResult = { ok: true, value: 'done' }) {
  return vi.fn(async (_name: string, _input: unknown, _ctx: CallContext) => result);
}

describe('handleInvoke', () => {
  it('runs a trusted call as the admin of the desktop door', async () => {
    const dispatch = fakeDispatch();
    const result = await handleInvoke(true, 'program:list', { includeArchived: true }, { dispatch });
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(dispatch).toHaveBeenCalledWith(
      'program:list',
      { includeArchived: true },
      expect.objectContaining({ role: 'admin', actor: 'admin', door: 'desktop' }),
    );
  });

  it('runs later calls as whoever the desktop session became', async () => {
    const dispatch = fakeDispatch();
    const session = createDesktopSession();
    session.become({ role: 'assessor', actor: 'assessor:7', assessorId: 7 });
    await handleInvoke(true, 'app:info', {}, { dispatch, session });
    expect(dispatch.mock.calls[0]?.[2]).toMatchObject({
      role: 'assessor',
      actor: 'assessor:7',
      assessorId: 7,
    });
    session.become({ role: 'locked', actor: 'assessor:7', assessorId: 7 });
    await handleInvoke(true, 'app:info', {}, { dispatch, session });
    expect(dispatch.mock.calls[1]?.[2]).toMatchObject({ role: 'locked' });
  });

  it('answers an untrusted sender with forbidden and never reaches the dispatcher', async () => {
    const dispatch = fakeDispatch();
    const log = vi.fn();
    const result = await handleInvoke(
      false,
      'program:create',
      { code: 'X1', name: 'Evil' },
      { dispatch, log },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^shell: refused/));
  });

  it.each([
    ['a number', 1],
    ['an object', { name: 'program:list' }],
    ['an empty name', ''],
    ['an overlong name', 'x'.repeat(MAX_OPERATION_NAME_LENGTH + 1)],
  ])('refuses %s as operation name', async (_name, operation) => {
    const dispatch = fakeDispatch();
    const result = await handleInvoke(true, operation, {}, { dispatch });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes the dispatcher error through unchanged', async () => {
    const error = { code: 'not-found' as const, message: 'Data yang diminta tidak ditemukan.' };
    const result = await handleInvoke(
      true,
      'program:get',
      { id: 9 },
      { dispatch: fakeDispatch({ ok: false, error }) },
    );
    expect(result).toEqual({ ok: false, error });
  });

  it('turns a dispatcher that throws into an internal error instead of a rejected IPC call', async () => {
    const dispatch = vi.fn(async () => {
      throw new Error('boom with /home/operator/secret path');
    });
    const result = await handleInvoke(true, 'app:info', {}, { dispatch, log: () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
  });
});
