import type { FileRef } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { ApiError, toApiError } from '../../../api/api-error';

/** Long enough for the PDF viewer to have read the file, short enough not to keep megabytes. */
const BLOB_LIFETIME_MS = 10 * 60_000;

/**
 * A tab for a PDF that is still being made. Browsers only allow a new tab during the click
 * itself, so the tab is opened in the click and filled when the file is ready. Null on the
 * desktop (no tabs there) and when the browser blocked it.
 */
export function reservePdfTab(door: 'desktop' | 'browser', waitingText: string): Window | null {
  if (door !== 'browser') return null;
  const tab = window.open('', '_blank');
  if (tab) {
    tab.document.title = waitingText;
    tab.document.body.textContent = waitingText;
    tab.document.body.style.font = '16px sans-serif';
    tab.document.body.style.margin = '2rem';
  }
  return tab;
}

/**
 * Shows a generated PDF for printing. Browser: the file opens in the reserved tab, where the
 * browser's own print dialog takes over (Ctrl+P). Desktop: the PDF opens in the system's PDF
 * viewer (`files:open`), whose print dialog the operator uses.
 * Resolves true when the operator has the file in front of them.
 */
export function usePdfDelivery() {
  const api = useApi();

  const show = async (file: FileRef, tab: Window | null): Promise<boolean> => {
    if (api.door === 'desktop') return (await api.invoke('files:open', { downloadId: file.id })).opened;
    if (!tab || tab.closed) return false;
    try {
      let response: Response;
      try {
        response = await fetch(`/api/download/${encodeURIComponent(file.id)}`, {
          credentials: 'same-origin',
        });
      } catch {
        throw ApiError.client('network-unreachable');
      }
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
        throw body?.error ? toApiError(body.error) : ApiError.client('bad-response');
      }
      const blob = new Blob([await response.arrayBuffer()], { type: 'application/pdf' });
      const url = URL.createObjectURL(blob);
      tab.location.href = url;
      setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
      return true;
    } catch (error) {
      tab.close();
      throw error;
    }
  };

  return { door: api.door, show };
}
