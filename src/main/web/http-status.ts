import type { ErrorCode } from '../../shared/errors';

/** HTTP status for an error code; the body always carries `{ ok: false, error }` as well. */
export function statusForError(code: string): number {
  switch (code as ErrorCode) {
    case 'invalid-input':
    case 'invalid-date-range':
      return 400;
    case 'unauthenticated':
    case 'pin-wrong':
    case 'admin-pin-required':
      return 401;
    case 'forbidden':
      return 403;
    case 'unknown-operation':
    case 'not-found':
    case 'job-not-found':
    case 'upload-not-found':
    case 'download-not-found':
      return 404;
    case 'program-code-taken':
    case 'program-archived':
    case 'candidate-nip-taken':
    case 'candidate-in-use':
    case 'sheet-submitted':
    case 'competency-in-use':
    case 'results-finalized':
    case 'certificate-revoked':
    case 'certificate-number-taken':
    case 'certificate-busy':
      return 409;
    case 'pin-locked-out':
      return 429;
    case 'payload-too-large':
    case 'file-too-large':
      return 413;
    case 'internal':
      return 500;
    default:
      return 422;
  }
}
