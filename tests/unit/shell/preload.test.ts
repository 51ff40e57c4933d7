import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => void;

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Set<Listener>>(),
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 1 })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: Listener) => {
      const set = bridge.listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      bridge.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) => bridge.listeners.get(channel)?.delete(listener),
  },
}));

interface Exposed {
  door: string;
  invoke(operation: string, input: unknown): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
}

let asesa: Exposed;
beforeAll(async () => {
  await import('../../../src/preload/index');
  asesa = bridge.exposed.get('asesa') as Exposed;
});

function emit(channel: string, ...args: unknown[]): void {
  const fakeIpcEvent = { sender: { send: () => {} }, senderId: 0 };
  for (const listener of bridge.listeners.get(channel) ?? []) listener(fakeIpcEvent, ...args);
}

describe('preload', () => {
  it('exposes window.asesa with exactly door, invoke and onEvent', () => {
    expect([...bridge.exposed.keys()]).toEqual(['asesa']);
    expect(Object.keys(asesa).sort()).toEqual(['door', 'invoke', 'onEvent']);
    expect(asesa.door).toBe('desktop');
  });

  it('sends every call on the one invoke channel', async () => {
    await expect(asesa.invoke('program:list', { includeArchived: false })).resolves.toEqual({
      ok: true,
      value: 1,
    });
    expect(bridge.invoke).toHaveBeenCalledWith('asesa:invoke', 'program:list', { includeArchived: false });
  });

  it('hands listeners the event data only, never the IPC event with its sender', () => {
    const seen: unknown[][] = [];
    const unsubscribe = asesa.onEvent((...args: unknown[]) => seen.push(args));
    emit('asesa:event', { name: 'data:changed', payload: { operation: 'program:create', programId: 1 } });
    expect(seen).toEqual([
      [{ name: 'data:changed', payload: { operation: 'program:create', programId: 1 } }],
    ]);

    unsubscribe();
    emit('asesa:event', { name: 'data:changed', payload: null });
    expect(seen).toHaveLength(1);
    expect(bridge.listeners.get('asesa:event')?.size).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => asesa.onEvent('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });
});
