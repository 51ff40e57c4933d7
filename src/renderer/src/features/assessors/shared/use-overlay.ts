import { useState } from 'react';

interface Overlay<T> {
  base: T;
  value: T;
  pending: number;
}

/**
 * Edits that show at once while their writes travel (a ticked matrix cell, a standard level).
 * While a write is pending, or until the server's fresh answer replaces `base`, the local value
 * is shown; a failed write drops it so the screen shows what is really stored.
 */
export function useOverlay<T>(base: T) {
  const [overlay, setOverlay] = useState<Overlay<T> | null>(null);
  const live = overlay !== null && (overlay.pending > 0 || overlay.base === base);
  const value = live ? overlay.value : base;

  /** Applies a local change and runs its write; a failure is rethrown for the caller to show. */
  async function run(update: (current: T) => T, write: (next: T) => Promise<unknown>): Promise<void> {
    const next = update(value);
    setOverlay((current) => {
      const keep = current !== null && (current.pending > 0 || current.base === base);
      return { base: keep ? current.base : base, value: next, pending: (keep ? current.pending : 0) + 1 };
    });
    try {
      await write(next);
      setOverlay((current) => current && { ...current, pending: current.pending - 1 });
    } catch (error) {
      setOverlay(null);
      throw error;
    }
  }

  return { value, run };
}
