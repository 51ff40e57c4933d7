import type { Texts } from '../shared/texts';

/** Texts of the Verifikasi screen and the installation's public key. */
export const verifyId = {
  verify: {
    title: 'Verifikasi sertifikat',
    description:
      'Periksa apakah sebuah sertifikat asli dan masih berlaku: ketik kode verifikasi yang tercetak, tempel teks hasil pindai kode QR, atau pilih berkas PDF-nya.',
    code: 'Kode verifikasi atau teks QR',
    codePlaceholder: 'mis. K7QM-3XHD-92AB',
    check: 'Periksa',
    or: 'atau',
    pdf: 'Periksa berkas PDF',
    pdfInput: 'Berkas PDF sertifikat',
    pdfDesktop:
      'Aplikasi desktop belum dapat memilih berkas PDF. Ketik kode verifikasinya, atau buka Asesa di peramban untuk memeriksa berkas.',
    checking: 'Memeriksa…',
    verdictLabel: 'Hasil verifikasi',
    status: {
      valid: 'Sah',
      revoked: 'Dicabut',
      'not-issued-here': 'Bukan terbitan di sini',
      forged: 'Palsu',
    },
    via: {
      'short-code': 'Diperiksa dari kode verifikasi',
      qr: 'Diperiksa dari teks kode QR',
      pdf: 'Diperiksa dari berkas PDF',
    },
    pdfMatches: 'Berkas PDF sama persis dengan yang diterbitkan.',
    pdfDiffers: 'Berkas PDF tidak sama persis dengan yang diterbitkan (isi tercatat ditampilkan di bawah).',
    keyId: 'Kunci penanda tangan {{keyId}}',
    stored: 'Data yang tercatat saat terbit',
    field: {
      name: 'Nama',
      nip: 'NIP',
      number: 'Nomor',
      program: 'Program',
      date: 'Tanggal',
      result: 'Hasil',
      issuedAt: 'Diterbitkan',
      shortCode: 'Kode verifikasi',
    },
    resultLine: '{{predikat}} · JPM {{jpm}}',
    noResult: 'Tidak dicetak',
    publicKey: {
      title: 'Kunci publik instalasi ini',
      text: 'Instalasi Asesa lain atau pihak ketiga memakai kunci publik Ed25519 ini untuk memeriksa tanda tangan di kode QR sertifikat terbitan komputer ini.',
      keyId: 'ID kunci',
      createdAt: 'Dibuat',
      copy: 'Salin kunci',
      copied: 'Tersalin',
      download: 'Unduh berkas .pem',
    },
  },
} as const;

export const verifyEn: Texts<typeof verifyId> = {
  verify: {
    title: 'Verify a certificate',
    description:
      'Check whether a certificate is genuine and still valid: type the printed verification code, paste the text scanned from the QR code, or choose its PDF file.',
    code: 'Verification code or QR text',
    codePlaceholder: 'e.g. K7QM-3XHD-92AB',
    check: 'Check',
    or: 'or',
    pdf: 'Check a PDF file',
    pdfInput: 'Certificate PDF file',
    pdfDesktop:
      'The desktop app cannot pick a PDF file yet. Type its verification code, or open Asesa in a browser to check the file.',
    checking: 'Checking…',
    verdictLabel: 'Verification result',
    status: {
      valid: 'Valid',
      revoked: 'Revoked',
      'not-issued-here': 'Not issued here',
      forged: 'Forged',
    },
    via: {
      'short-code': 'Checked from the verification code',
      qr: 'Checked from the QR code text',
      pdf: 'Checked from the PDF file',
    },
    pdfMatches: 'The PDF file is exactly the one issued.',
    pdfDiffers: 'The PDF file is not exactly the one issued (the recorded content is shown below).',
    keyId: 'Signing key {{keyId}}',
    stored: 'Data recorded at issue',
    field: {
      name: 'Name',
      nip: 'NIP',
      number: 'Number',
      program: 'Programme',
      date: 'Date',
      result: 'Result',
      issuedAt: 'Issued',
      shortCode: 'Verification code',
    },
    resultLine: '{{predikat}} · JPM {{jpm}}',
    noResult: 'Not printed',
    publicKey: {
      title: "This installation's public key",
      text: 'Other Asesa installations or third parties use this Ed25519 public key to check the signature in the QR code of certificates issued on this computer.',
      keyId: 'Key ID',
      createdAt: 'Created',
      copy: 'Copy key',
      copied: 'Copied',
      download: 'Download .pem file',
    },
  },
};
