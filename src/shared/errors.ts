/**
 * Errors cross every door (IPC, HTTP, CLI) as plain data: `{ code, message }`.
 * The code is stable and machine-readable; the message is Bahasa Indonesia and tells the user
 * what to do. Screens switch on the code, never on the message.
 */

export const ERROR_MESSAGES = {
  'unknown-operation': 'Operasi tidak dikenal. Perbarui aplikasi atau hubungi admin.',
  'invalid-input': 'Data yang dikirim tidak lengkap atau tidak sesuai. Periksa isian lalu coba lagi.',
  forbidden: 'Peran Anda tidak diizinkan melakukan tindakan ini.',
  unauthenticated: 'Sesi tidak dikenali. Muat ulang halaman dari alamat Asesa yang benar.',
  'payload-too-large': 'Data yang dikirim terlalu besar.',
  'not-found': 'Data yang diminta tidak ditemukan. Mungkin sudah dihapus.',
  'program-code-taken': 'Kode program sudah dipakai. Pilih kode lain.',
  'program-archived': 'Program ini sudah diarsipkan. Pulihkan dari arsip sebelum mengubahnya.',
  'invalid-date-range': 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
  'db-corrupt':
    'Berkas database rusak atau bukan database Asesa. Berkas tidak diubah; pulihkan dari cadangan di folder "backups" atau hubungi admin.',
  'db-newer':
    'Database ini dibuat oleh versi Asesa yang lebih baru. Perbarui aplikasi; database tidak diubah.',
  'db-locked': 'Database sedang dipakai proses lain. Tutup jendela Asesa lain lalu coba lagi.',
  'data-dir-not-writable':
    'Folder data tidak dapat ditulisi. Pilih folder lain atau periksa izin akses folder tersebut.',
  'job-not-found': 'Proses latar belakang tidak ditemukan. Mungkin sudah selesai.',
  'job-cancelled': 'Proses dibatalkan. Tidak ada data yang diubah.',
  'job-failed': 'Proses latar belakang gagal. Tidak ada data yang diubah; coba lagi.',
  internal: 'Terjadi kesalahan tak terduga. Tidak ada data yang hilang; coba lagi atau hubungi admin.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ErrorData {
  code: ErrorCode;
  message: string;
  /** Optional structured detail, e.g. which fields failed validation. Never personal data in logs. */
  details?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): ErrorData {
    const data: ErrorData = { code: this.code, message: this.message };
    if (this.details !== undefined) data.details = this.details;
    return data;
  }
}

export function isErrorData(value: unknown): value is ErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Turns anything thrown into error data; unknown errors become `internal` without leaking details. */
export function toErrorData(error: unknown): ErrorData {
  if (error instanceof AppError) return error.toData();
  if (isErrorData(error) && error.code in ERROR_MESSAGES) return error;
  return { code: 'internal', message: ERROR_MESSAGES.internal };
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
