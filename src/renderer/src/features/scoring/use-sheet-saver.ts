import { useEffect, useState } from 'react';
import type { SaveScoreResult } from '../../../../shared/contract';
import { toApiError, type ApiError } from '../../api/api-error';

/** What one row sends: any of these; absent fields are left as they are on the server. */
export interface SavePatch {
  level?: number | null;
  score?: number | null;
  evidence?: string;
}

export type SaveStatus = 'saved' | 'saving' | 'retrying' | 'refused';

export interface RowSaveState {
  status: SaveStatus;
  /** ISO time of the last acknowledged save. */
  savedAt: string | null;
  error: ApiError | null;
}

interface Slot {
  pending: SavePatch | null;
  inFlight: boolean;
  attempts: number;
  timer: ReturnType<typeof setTimeout> | null;
}

// Worth trying again: the server or the network was away. Anything else is a refusal that the
// same request would get again (a submitted sheet, a value out of range).
const TRANSIENT = new Set(['network-unreachable', 'bad-response', 'db-locked', 'internal']);

const backoff = (attempts: number) => Math.min(10_000, 1000 * 2 ** Math.max(0, attempts - 1));

type Setter = (update: (current: Record<string, RowSaveState>) => Record<string, RowSaveState>) => void;

type Send = (key: string, patch: SavePatch) => Promise<SaveScoreResult>;
type OnSaved = (key: string, result: SaveScoreResult) => void;

function createQueue(setStates: Setter) {
  const slots = new Map<string, Slot>();
  let send: Send = () => Promise.reject(new Error('not ready'));
  let onSaved: OnSaved = () => undefined;
  const setState = (key: string, patch: Partial<RowSaveState>) =>
    setStates((current) => {
      const before = current[key] ?? { status: 'saved', savedAt: null, error: null };
      return { ...current, [key]: { ...before, ...patch } };
    });

  function run(key: string): void {
    const slot = slots.get(key);
    if (!slot || slot.inFlight || !slot.pending) return;
    if (slot.timer) {
      clearTimeout(slot.timer);
      slot.timer = null;
    }
    const patch = slot.pending;
    slot.pending = null;
    slot.inFlight = true;
    setState(key, { status: 'saving' });
    send(key, patch).then(
      (result) => {
        slot.inFlight = false;
        slot.attempts = 0;
        onSaved(key, result);
        if (slot.pending) run(key);
        else setState(key, { status: 'saved', savedAt: result.savedAt, error: null });
      },
      (caught: unknown) => {
        slot.inFlight = false;
        const error = toApiError(caught);
        if (TRANSIENT.has(error.code)) {
          // Newer edits typed meanwhile win over the values of the failed request.
          slot.pending = { ...patch, ...slot.pending };
          slot.attempts += 1;
          setState(key, { status: 'retrying', error });
          slot.timer = setTimeout(() => run(key), backoff(slot.attempts));
        } else {
          setState(key, { status: 'refused', error });
          if (slot.pending) run(key);
        }
      },
    );
  }

  return {
    /** The latest callbacks of the component (they close over its current state). */
    use(nextSend: Send, nextOnSaved: OnSaved): void {
      send = nextSend;
      onSaved = nextOnSaved;
    },
    dispose(): void {
      for (const slot of slots.values()) if (slot.timer) clearTimeout(slot.timer);
    },
    save(key: string, patch: SavePatch): void {
      let slot = slots.get(key);
      if (!slot) {
        slot = { pending: null, inFlight: false, attempts: 0, timer: null };
        slots.set(key, slot);
      }
      slot.pending = { ...slot.pending, ...patch };
      run(key);
    },
    /** "Coba simpan lagi": every waiting retry goes now. */
    retryAll(): void {
      for (const key of slots.keys()) run(key);
    },
    /** True while a request is on its way (read at call time, not at render time). */
    inFlight(): boolean {
      return [...slots.values()].some((slot) => slot.inFlight);
    },
  };
}

/**
 * Saves each row the moment it changes, one request per row at a time (so a fast "3 then 4"
 * can never land as 4 then 3), merges changes typed while a save runs into the next request,
 * and keeps retrying a save the network lost until it lands.
 */
export function useSheetSaver(
  send: (key: string, patch: SavePatch) => Promise<SaveScoreResult>,
  onSaved: (key: string, result: SaveScoreResult) => void,
) {
  const [states, setStates] = useState<Record<string, RowSaveState>>({});
  // The queue is plain code made once: its functions call each other and run outside render.
  const [queue] = useState(() => createQueue(setStates));
  const { save, retryAll, inFlight } = queue;
  useEffect(() => queue.use(send, onSaved));
  useEffect(() => () => queue.dispose(), [queue]);

  const values = Object.values(states);
  const saving = values.filter((s) => s.status === 'saving').length;
  const failing = values.filter((s) => s.status === 'retrying' || s.status === 'refused').length;

  // Closing the tab with a save still on its way would lose it: the browser asks first.
  useEffect(() => {
    if (saving + failing === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saving, failing]);

  return { states, save, retryAll, inFlight, saving, failing };
}
