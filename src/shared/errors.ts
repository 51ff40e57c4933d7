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
  'upload-not-found': 'Berkas yang diunggah tidak ditemukan lagi. Pilih berkasnya sekali lagi.',
  'download-not-found': 'Berkas unduhan tidak ditemukan lagi. Buat ulang berkasnya.',
  'not-supported-here': 'Tindakan ini tidak tersedia di tampilan ini.',
  'candidate-invalid': 'Data peserta belum benar. Perbaiki isian yang ditandai lalu simpan lagi.',
  'candidate-nip-taken': 'NIP ini sudah terdaftar sebagai peserta program ini.',
  'candidate-in-use': 'Peserta ini sudah memiliki nilai atau sertifikat sehingga tidak dapat dihapus.',
  'file-legacy-xls':
    'Berkas ini berformat Excel lama (.xls). Buka di Excel, pilih Simpan Sebagai → "Buku Kerja Excel (.xlsx)", lalu impor berkas .xlsx itu.',
  'file-encrypted':
    'Berkas dilindungi kata sandi; buka di Excel, hapus kata sandi (File → Info → Proteksi Buku Kerja), simpan lagi, lalu impor ulang.',
  'file-not-spreadsheet':
    'Berkas ini bukan lembar kerja yang dapat dibaca. Pilih berkas .xlsx atau .csv berisi daftar peserta.',
  'file-corrupt':
    'Berkas rusak atau tidak lengkap (mungkin terpotong saat diunduh atau disalin). Minta kiriman ulang atau buka di Excel lalu simpan lagi.',
  'file-too-large':
    'Berkas lebih dari 50 MB. Hapus lembar, gambar, atau kolom yang tidak perlu, lalu simpan lagi.',
  'file-too-many-rows':
    'Berkas berisi lebih dari 100.000 baris. Pecah daftar peserta menjadi beberapa berkas.',
  'file-bomb':
    'Isi berkas ini jauh lebih besar daripada ukuran berkasnya sehingga ditolak demi keamanan. Buka di Excel, salin datanya ke buku kerja baru, lalu simpan.',
  'roster-no-header':
    'Baris judul kolom tidak ditemukan. Pastikan ada baris berisi judul seperti "NIP" dan "NAMA" di atas data, atau gunakan templat daftar peserta.',
  'roster-sheet-not-found':
    'Lembar yang dipilih tidak ada di berkas ini. Pilih salah satu lembar yang tersedia.',
  'roster-has-errors':
    'Ada baris bermasalah sehingga tidak ada data yang diimpor. Perbaiki baris yang ditandai, atau pilih "impor baris yang valid saja".',
  // Sign-in and scoring (auth, scores, score sheets).
  'pin-wrong': 'PIN salah. Periksa lalu coba lagi.',
  'pin-locked-out': 'Terlalu banyak PIN salah berturut-turut. Tunggu sebentar lalu coba lagi.',
  'admin-pin-required': 'Masukkan PIN admin untuk kembali ke mode operator.',
  'not-an-assessor': 'Tindakan ini hanya untuk asesor yang sudah masuk dengan PIN.',
  'sheet-submitted':
    'Lembar penilaian ini sudah dikirim dan terkunci. Minta asesor ketua membukanya kembali bila perlu diubah.',
  'sheet-not-submitted': 'Lembar penilaian ini belum dikirim, jadi tidak perlu dibuka kembali.',
  'sheet-incomplete':
    'Masih ada kompetensi yang belum dinilai. Beri level pada semua kompetensi lalu kirim lagi.',
  'evidence-required':
    'Level 1 atau 5 memerlukan catatan bukti perilaku. Lengkapi catatan bukti lalu kirim lagi.',
  'candidate-absent':
    'Peserta ini tercatat tidak hadir pada metode ini sehingga tidak dinilai. Minta operator memperbaiki presensi bila keliru.',
  'competency-not-in-method': 'Kompetensi ini tidak dinilai melalui metode ini.',
  'criterion-not-in-method': 'Kriteria ini bukan bagian dari rubrik metode ini.',
  'score-out-of-scale': 'Skor di luar rentang rubrik. Periksa skala rubrik lalu isi lagi.',
  'score-sheet-unrecognised':
    'Berkas ini bukan lembar penilaian Asesa atau bagian tersembunyinya telah diubah. Unduh ulang lembar penilaian dari Asesa lalu isi kembali.',
  'score-sheet-other-program':
    'Lembar penilaian ini dibuat untuk program lain. Pilih program yang sesuai atau unduh lembar penilaian yang benar.',
  'competency-code-taken': 'Kode kompetensi ini sudah dipakai di program ini. Pilih kode lain, mis. T.2.',
  'competency-code-invalid': 'Kompetensi tambahan (teknis) memakai kode T. diikuti nomor, mis. T.1.',
  'competency-code-fixed':
    'Kode kompetensi nasional (M.1–M.8, SK.1) tidak dapat diubah; yang dapat diubah nama dan uraian levelnya.',
  'competency-in-use':
    'Kompetensi ini sudah dinilai atau sudah menjadi standar peserta sehingga tidak dapat dihapus. Lepaskan dari matriks bila tidak dipakai lagi.',
  'method-code-taken': 'Kode metode ini sudah dipakai di program ini. Pilih kode lain.',
  'method-in-use':
    'Metode ini sudah dipakai di jadwal atau penugasan asesor sehingga tidak dapat dihapus. Hapus sesi dan penugasannya dulu.',
  'matrix-invalid':
    'Matriks memuat kompetensi atau metode yang bukan milik program ini. Muat ulang halaman lalu coba lagi.',
  'matrix-in-use':
    'Sel matriks ini sudah dipakai menilai sehingga tidak dapat dilepas. Biarkan tercentang, atau minta nilainya dihapus dulu.',
  'standard-position-unknown':
    'Jenjang jabatan tidak dikenal. Pilih salah satu: JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas, Pelaksana, Ahli Utama, Ahli Madya, Ahli Muda, Ahli Pertama, Penyelia, Mahir, Terampil, atau Pemula.',
  'rubric-invalid': 'Rubrik belum benar. Periksa nama kriteria, bobot, dan skala nilainya.',
  'rubric-name-taken': 'Nama rubrik ini sudah dipakai di program ini. Pilih nama lain.',
  'rubric-in-use':
    'Rubrik ini sudah dipakai menilai sehingga kriteria dan skalanya tidak dapat diubah atau dihapus; nama dan bobot masih dapat diubah.',
  'assessor-invalid': 'Data asesor belum benar. Perbaiki isian yang ditandai lalu simpan lagi.',
  'assessor-nip-taken': 'NIP ini sudah terdaftar sebagai asesor program ini.',
  'assessor-in-use':
    'Asesor ini sudah memberi nilai sehingga tidak dapat dihapus. Alihkan penugasan yang belum dinilai secara manual.',
  'session-time-invalid': 'Jam selesai sesi harus setelah jam mulainya.',
  'session-room-busy': 'Ruang ini sudah dipakai sesi lain pada waktu yang sama. Pilih ruang atau jam lain.',
  'session-group-busy':
    'Kelompok ini sudah dijadwalkan di sesi lain pada waktu yang sama. Pilih kelompok lain atau ubah jamnya.',
  'session-has-attendance':
    'Kehadiran sesi ini sudah dicatat sehingga sesinya tidak dapat dihapus atau diganti metodenya.',
  'groups-locked':
    'Kehadiran sudah mulai dicatat sehingga kelompok tidak dapat dibentuk ulang. Pindahkan peserta satu per satu bila perlu.',
  'group-not-empty': 'Kelompok ini masih berisi peserta. Pindahkan pesertanya dulu, lalu hapus kelompoknya.',
  'assign-no-assessors':
    'Program ini belum punya asesor. Tambahkan asesor dulu, lalu jalankan penugasan lagi.',
  'assign-no-methods':
    'Belum ada metode yang menilai kompetensi apa pun. Isi matriks kompetensi × metode (atau pasang rubrik pada metode), lalu jalankan penugasan lagi.',
  'assign-has-scores':
    'Asesor ini sudah menilai peserta pada metode ini sehingga tidak dapat dilepas dari penugasannya.',
  'attendance-not-in-session':
    'Peserta ini tidak termasuk kelompok yang mengikuti sesi ini. Pindahkan ke kelompok sesi ini atau pilih sesi yang benar.',
  // Integration and results (issue 5).
  'results-finalized':
    'Hasil program ini sudah final dan terkunci. Minta admin membukanya kembali (dengan alasan dan PIN saksi) bila perlu diubah.',
  'results-not-finalized': 'Hasil program ini belum final, jadi tidak perlu dibuka kembali.',
  'rationale-required':
    'Level yang disepakati memerlukan alasan: tuliskan alasannya (berbeda dari semua penilaian, selisih penilaian 2 level atau lebih, atau menyimpang dari aturan rekonsiliasi).',
  'competency-not-rated':
    'Kompetensi ini tidak dinilai untuk peserta ini. Periksa matriks kompetensi × metode.',
  'thresholds-invalid':
    'Batas kategori belum benar: batas teratas harus lebih besar dari batas tengah, keduanya antara 0 % dan 100 %.',
  'pass-rule-invalid':
    'Aturan kelulusan tidak sesuai: kategori harus dari kelompok kategori tujuan program ini (MS/MMS/KMS untuk pengisian jabatan, O/CO/KO untuk pemetaan).',
  'witness-not-lead':
    'Saksi harus asesor ketua program ini. Pilih asesor ketua lalu minta ia memasukkan PIN-nya.',
  'selection-empty': 'Belum ada peserta dengan hasil lengkap untuk dipilih. Selesaikan rapat integrasi dulu.',
  // Certificates (issue 6).
  'certificate-template-invalid':
    'Templat sertifikat belum benar. Perbaiki isian yang ditandai (mis. pola nomor atau penanda {…} di teks) lalu simpan lagi.',
  'certificate-asset-invalid':
    'Gambar harus berupa berkas PNG atau JPEG yang utuh. Simpan ulang gambarnya sebagai .png atau .jpg lalu unggah lagi.',
  'certificate-asset-too-large':
    'Gambar lebih dari 5 MB. Perkecil ukurannya (mis. lebar 2000 piksel) atau simpan sebagai JPEG, lalu unggah lagi.',
  'certificate-asset-missing':
    'Gambar yang dipakai templat tidak ditemukan lagi. Unggah ulang logo atau gambar latarnya lalu simpan templat.',
  'certificate-not-eligible':
    'Sebagian peserta yang dipilih tidak memenuhi syarat sertifikat menurut aturan yang dipilih. Periksa daftar peserta yang memenuhi syarat.',
  'certificate-results-not-final':
    'Hasil program ini belum final. Finalisasikan hasil di tahap Hasil dulu, lalu terbitkan sertifikat bagi peserta yang lulus.',
  'certificate-number-taken':
    'Nomor sertifikat ini sudah dipakai program lain dengan pola nomor yang sama. Ubah pola nomor di templat (mis. tambahkan {code}) lalu terbitkan lagi.',
  'certificate-revoked':
    'Sertifikat ini sudah dicabut sehingga tidak dapat dicetak atau dicabut lagi. Gunakan sertifikat penggantinya.',
  'certificate-busy':
    'Sertifikat program ini sedang diterbitkan dari jendela atau perangkat lain. Tunggu sebentar lalu coba lagi.',
  'certificate-code-unrecognised':
    'Kode tidak dikenali. Ketik kode verifikasi 12 karakter yang tercetak (mis. K7QM-3XHD-92AB), tempel teks hasil pindai QR, atau pilih berkas PDF sertifikat.',
  'certificate-code-typo':
    'Kode verifikasi salah ketik: periksa lagi setiap karakternya (huruf O dan angka 0 dianggap sama, begitu pula I, L, dan 1).',
  'certificate-pdf-unverifiable':
    'Berkas PDF ini tidak memuat data verifikasi Asesa (mungkin hasil pindaian atau PDF gabungan untuk cetak). Pindai kode QR-nya atau ketik kode verifikasi yang tercetak.',
  // Export (issue 7).
  'export-no-candidates':
    'Program ini belum memiliki peserta, jadi belum ada hasil untuk diekspor. Impor daftar peserta dulu.',
  'problem-list-unavailable':
    'Daftar masalah ini tidak tersedia lagi (disimpan hanya selama aplikasi berjalan, paling lama 24 jam). Impor ulang berkasnya untuk membuat daftar baru.',
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
