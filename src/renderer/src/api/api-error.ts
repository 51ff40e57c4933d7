import { ERROR_MESSAGES, isErrorData, type ErrorCode, type ErrorData } from '../../../shared/errors';

/** Failures that happen on this side of the door, before the server could answer. */
export type ClientErrorCode = 'network-unreachable' | 'bad-response';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

// Indonesian like the server's messages: an error reads the same whichever side raised it.
const CLIENT_MESSAGES: Record<ClientErrorCode, string> = {
  'network-unreachable':
    'Tidak dapat terhubung ke server Asesa. Pastikan Asesa masih berjalan, lalu coba lagi.',
  'bad-response': 'Server Asesa mengirim jawaban yang tidak dikenali. Muat ulang halaman lalu coba lagi.',
};

/** A field that failed validation, as the dispatcher reports it for `invalid-input`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** What every `invoke` rejects with: the server's `{ code, message, details }`, as an Error. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details: unknown;

  constructor(code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  static fromData(data: ErrorData): ApiError {
    return new ApiError(data.code, data.message, data.details);
  }

  static client(code: ClientErrorCode): ApiError {
    return new ApiError(code, CLIENT_MESSAGES[code]);
  }

  /** The per-field problems of an `invalid-input` error; empty for every other error. */
  get fieldProblems(): FieldProblem[] {
    if (this.code !== 'invalid-input' || !Array.isArray(this.details)) return [];
    return this.details.filter(
      (item): item is FieldProblem =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as FieldProblem).path === 'string' &&
        typeof (item as FieldProblem).message === 'string',
    );
  }
}

/** Anything caught in a screen becomes an ApiError, so screens show one kind of message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isErrorData(error)) return ApiError.fromData(error);
  return new ApiError('internal', ERROR_MESSAGES.internal);
}
