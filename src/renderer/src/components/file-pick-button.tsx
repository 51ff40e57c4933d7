import { Button, FileButton, type ButtonProps } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import type { FileRef, PickPurpose } from '../../../shared/contract';
import { useApi } from '../api/api-context';
import { toApiError, type ApiError } from '../api/api-error';

export type { PickPurpose } from '../../../shared/contract';

interface FilePickButtonProps extends Omit<ButtonProps, 'loading' | 'onClick'> {
  purpose: PickPurpose;
  /** Browser only: what the file input offers (the desktop dialog filters by `purpose`). */
  accept: string;
  /** The file is in the server's inbox: use `file.id` as the upload id of an operation. */
  onPicked: (file: FileRef) => void;
  onError: (error: ApiError) => void;
  /** Accessible name of the hidden browser file input (tests attach files through it). */
  inputLabel?: string;
  children: ReactNode;
}

/**
 * "Choose a file" for both doors. In the browser a file input is uploaded to the server; on the
 * desktop main shows its native dialog (`files:pick`) and copies the file itself, so the page
 * never sees a path. Either way the caller receives a FileRef, or nothing if the user gave up.
 */
export function FilePickButton({
  purpose,
  accept,
  onPicked,
  onError,
  inputLabel,
  children,
  disabled,
  ...buttonProps
}: FilePickButtonProps) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  // Cleared after each pick so choosing the same (corrected) file again still counts as a pick.
  const resetRef = useRef<() => void>(null);

  const deliver = async (pick: () => Promise<FileRef | null>) => {
    setBusy(true);
    try {
      const file = await pick();
      if (file) onPicked(file);
    } catch (error) {
      onError(toApiError(error));
    } finally {
      setBusy(false);
    }
  };

  if (api.door === 'desktop') {
    return (
      <Button
        {...buttonProps}
        disabled={disabled}
        loading={busy}
        onClick={() => void deliver(() => api.invoke('files:pick', { purpose }))}
      >
        {children}
      </Button>
    );
  }

  return (
    <FileButton
      accept={accept}
      resetRef={resetRef}
      disabled={disabled || busy}
      inputProps={inputLabel ? { 'aria-label': inputLabel } : undefined}
      onChange={(file) => {
        resetRef.current?.();
        if (file) void deliver(() => api.upload(file));
      }}
    >
      {(props) => (
        <Button {...buttonProps} {...props} disabled={disabled} loading={busy}>
          {children}
        </Button>
      )}
    </FileButton>
  );
}
