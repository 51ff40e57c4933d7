import type { FileRef } from '../../../shared/contract';
import { ERROR_MESSAGES } from '../../../shared/errors';
import type { DispatchResult } from './api-client';
import { ApiError } from './api-error';

/**
 * The server refuses uploads above 50 MB while they stream in; checking here first answers at
 * once instead of after sending 50 MB over the venue network (and a refusal mid-stream can reach
 * the browser as a dropped connection rather than as the server's message).
 */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

async function readResult(response: Response): Promise<DispatchResult> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw ApiError.client('bad-response');
  }
  const result = body as Partial<DispatchResult> | null;
  if (result?.ok === true && 'value' in result) return result as DispatchResult;
  if (result?.ok === false && result.error) throw ApiError.fromData(result.error);
  throw ApiError.client('bad-response');
}

/** `POST /api/upload` with the file as the raw body; the name travels in a header. */
export async function uploadOverHttp(baseUrl: string, file: File): Promise<FileRef> {
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new ApiError('file-too-large', ERROR_MESSAGES['file-too-large']);
  }
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/upload`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch {
    throw ApiError.client('network-unreachable');
  }
  const result = await readResult(response);
  return (result as { value: FileRef }).value;
}

/**
 * Fetches the file first and only then hands it to the browser's download: a missing or expired
 * file becomes the server's message on screen, never a saved JSON error or a page navigation.
 * Generated files are at most a few MB (reports, templates, workbooks), so holding one in memory
 * for a moment is fine.
 */
export async function downloadOverHttp(baseUrl: string, file: FileRef): Promise<{ saved: boolean }> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/download/${encodeURIComponent(file.id)}`, {
      credentials: 'same-origin',
    });
  } catch {
    throw ApiError.client('network-unreachable');
  }
  if (!response.ok) {
    await readResult(response); // Throws the server's error.
    throw ApiError.client('bad-response');
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has taken its copy once click() returns; the delay only covers slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true };
}
