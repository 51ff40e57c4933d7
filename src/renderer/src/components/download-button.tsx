import { Button, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { FileRef } from '../../../shared/contract';
import { useApi } from '../api/api-context';
import { notifyError } from '../lib/notify';

/** A generated file, or the operation that generates it (`() => api.invoke('roster:template', {})`). */
export type DownloadSource = FileRef | (() => Promise<FileRef>);

/**
 * Saves a generated file: a download in the browser, the native save dialog on the desktop.
 * `save` resolves with the file when it was saved, null when the user closed the dialog; failures
 * are shown as a notification (the server's message) and resolve null too.
 */
export function useSaveDownload() {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const save = async (source: DownloadSource): Promise<FileRef | null> => {
    setBusy(true);
    try {
      const file = typeof source === 'function' ? await source() : source;
      const { saved } = await api.saveDownload(file);
      return saved ? file : null;
    } catch (error) {
      notifyError(error);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { save, busy, door: api.door };
}

interface DownloadButtonProps extends Omit<ButtonProps, 'loading' | 'onClick'> {
  file: DownloadSource;
  /** After a successful save (desktop) or once the browser has the download. */
  onSaved?: (file: FileRef) => void;
  children: ReactNode;
}

export function DownloadButton({ file, onSaved, children, ...buttonProps }: DownloadButtonProps) {
  const { save, busy } = useSaveDownload();
  return (
    <Button
      {...buttonProps}
      loading={busy}
      onClick={() =>
        void save(file).then((saved) => {
          if (saved) onSaved?.(saved);
        })
      }
    >
      {children}
    </Button>
  );
}
