import { PURPOSE_LABELS } from '../../../shared/domain/categories';
import { rosterEditMessages } from '../features/roster/roster.messages';
import { rosterImportMessages } from '../features/roster-import/roster-import.messages';
import { scoringMessages } from '../features/scoring/scoring.messages';
import { assessorsMessages } from '../features/assessors/assessors.messages';
import { exportMessages } from '../features/export/export.messages';
import { integrationMessages } from '../features/integration/integration.messages';
import { resultsMessages } from '../features/results/results.messages';
import { certificatesMessages } from '../features/certificates/certificates.messages';

/**
 * Bahasa Indonesia, the first language of Asesa and the shape every other language follows.
 * Plural keys (`_one`/`_other`) exist here too so both files have the same shape; Indonesian
 * uses `_other` only.
 */
export const messagesId = {
  app: {
    name: 'Asesa',
    tagline: 'Asesmen Kompetensi ASN',
    version: 'Versi {{version}}',
  },
  header: {
    program: 'Program aktif',
    programPlaceholder: 'Pilih program',
    noPrograms: 'Belum ada program',
    language: 'Bahasa tampilan',
  },
  language: { id: 'ID', en: 'EN', idLong: 'Bahasa Indonesia', enLong: 'English' },
  nav: {
    label: 'Tahapan hari asesmen',
    programs: 'Program',
    roster: 'Peserta',
    assessors: 'Penilai & Jadwal',
    scoring: 'Penilaian',
    integration: 'Integrasi',
    results: 'Hasil',
    certificates: 'Sertifikat',
    export: 'Ekspor',
    verify: 'Verifikasi',
    settings: 'Pengaturan',
  },
  common: {
    cancel: 'Batal',
    close: 'Tutup',
    retry: 'Coba lagi',
    loading: 'Memuat…',
    notYet: 'Belum tersedia',
    errorTitle: 'Terjadi masalah',
  },
  boot: {
    connecting: 'Menghubungkan ke Asesa…',
    failedTitle: 'Asesa belum dapat dibuka',
  },
  start: {
    title: 'Selamat datang di Asesa',
    intro:
      'Mulai dengan membuat program asesmen, atau muat data contoh untuk mencoba setiap tahap dengan peserta fiktif.',
    createTitle: 'Program baru',
    createText: 'Isi kode, nama, tanggal, dan penanda tangan sertifikat. Peserta diimpor sesudahnya.',
    demoTitle: 'Data contoh',
    demoText: 'Program latihan berisi 120 peserta fiktif dan para penilai. Aman dicoba sebelum hari asesmen.',
  },
  demo: {
    action: 'Muat data contoh',
    title: 'Memuat data contoh',
    preparing: 'Menyiapkan proses…',
    progress_one: '{{done, number}} dari {{count, number}} peserta',
    progress_other: '{{done, number}} dari {{count, number}} peserta',
    phase: { peserta: 'Membuat data peserta', selesai: 'Menyimpan program' },
    cancel: 'Batalkan',
    cancelling: 'Membatalkan…',
    done: 'Program contoh {{code}} siap: {{candidates, number}} peserta dan {{assessors, number}} penilai.',
    cancelledTitle: 'Pemuatan dibatalkan',
    failedTitle: 'Data contoh gagal dimuat',
  },
  programs: {
    title: 'Program',
    description: 'Program asesmen di komputer ini. Klik sebuah baris untuk menjadikannya program aktif.',
    create: 'Buat program',
    showArchived: 'Tampilkan arsip',
    empty: 'Tidak ada program untuk ditampilkan.',
    noDates: 'Belum ditentukan',
    column: {
      code: 'Kode',
      name: 'Nama program',
      dates: 'Tanggal',
      purpose: 'Tujuan',
      candidates: 'Peserta',
      assessors: 'Penilai',
      status: 'Status',
      actions: 'Tindakan',
    },
    status: { active: 'Aktif', archived: 'Diarsipkan', selected: 'Program aktif' },
    action: { select: 'Jadikan program aktif', edit: 'Ubah', archive: 'Arsipkan', restore: 'Pulihkan' },
    archiveConfirm: {
      title: 'Arsipkan program?',
      message:
        'Program {{code}} ({{name}}) akan disembunyikan dari daftar dan tidak dapat diubah. Semua datanya tetap tersimpan dan dapat dipulihkan kapan saja.',
      confirm: 'Arsipkan',
    },
    restoreConfirm: {
      title: 'Pulihkan program?',
      message: 'Program {{code}} ({{name}}) akan kembali ke daftar dan dapat diubah lagi.',
      confirm: 'Pulihkan',
    },
    created: 'Program {{code}} dibuat.',
    updated: 'Perubahan program {{code}} disimpan.',
    archived: 'Program {{code}} diarsipkan.',
    restored: 'Program {{code}} dipulihkan.',
  },
  purpose: { ...PURPOSE_LABELS },
  programForm: {
    createTitle: 'Buat program',
    editTitle: 'Ubah program {{code}}',
    programSection: 'Data program',
    signatorySection: 'Penanda tangan sertifikat',
    signatoryHint: 'Pejabat yang menandatangani sertifikat, biasanya Kepala BKPSDM.',
    code: 'Kode program',
    name: 'Nama program',
    namePlaceholder: 'Asesmen Kompetensi ASN Talent Academy 2023',
    purpose: 'Tujuan asesmen',
    organiser: 'Penyelenggara',
    organiserPlaceholder: 'BKPSDM Kota Bekasi',
    city: 'Kota',
    venue: 'Tempat pelaksanaan',
    startDate: 'Tanggal mulai',
    endDate: 'Tanggal selesai',
    signatoryName: 'Nama lengkap dan gelar',
    signatoryPosition: 'Jabatan',
    signatoryPositionPlaceholder: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    signatoryRank: 'Pangkat/golongan',
    signatoryRankPlaceholder: 'Pembina Utama Muda (IV/c)',
    signatoryNip: 'NIP',
    signatoryActing: 'Pelaksana tugas (Plt.)',
    submitCreate: 'Buat program',
    submitEdit: 'Simpan perubahan',
  },
  roster: {
    title: 'Peserta',
    description: 'Peserta program {{code}}.',
    search: 'Cari nama, NIP, nomor peserta, atau unit kerja',
    searchLabel: 'Cari peserta',
    count_one: '{{count, number}} peserta',
    count_other: '{{count, number}} peserta',
    countFiltered_one: '{{shown, number}} dari {{count, number}} peserta',
    countFiltered_other: '{{shown, number}} dari {{count, number}} peserta',
    importNote: 'Impor peserta dari Excel dan penyuntingan data peserta hadir pada pembaruan berikutnya.',
    empty: 'Program ini belum memiliki peserta.',
    noMatch: 'Tidak ada peserta yang cocok dengan pencarian ini.',
    column: {
      participantNo: 'No. peserta',
      nip: 'NIP',
      name: 'Nama',
      grade: 'Pangkat/Gol.',
      position: 'Jabatan',
      positionLevel: 'Jenjang',
      unit: 'Unit kerja',
    },
  },
  needsProgram: {
    title: 'Belum ada program aktif',
    text: 'Tahap ini bekerja untuk satu program. Buat program atau muat data contoh di halaman Program.',
    action: 'Buka halaman Program',
  },
  stage: {
    assessors: {
      title: 'Penilai & Jadwal',
      text: 'Di sini Anda akan mendaftarkan penilai, membagi peserta ke kelompok 4–8 orang, dan menjadwalkan alat ukur (in-tray, LGD, presentasi, wawancara) sehingga setiap peserta diamati sedikitnya dua penilai.',
    },
    scoring: {
      title: 'Penilaian',
      text: 'Di sini penilai akan mengisi level kompetensi 1–5 untuk setiap peserta dan alat ukur, di laptop lokasi atau di perangkat sendiri melalui jaringan lokal.',
    },
    integration: {
      title: 'Integrasi',
      text: 'Di sini ketua penilai akan memimpin rapat integrasi: menyepakati level akhir setiap kompetensi beserta alasannya.',
    },
    results: {
      title: 'Hasil',
      text: 'Di sini akan tampil gap per kompetensi, JPM, kategori (MS/MMS/KMS atau Optimal/Cukup Optimal/Kurang Optimal), peringkat, dan laporan individu.',
    },
    certificates: {
      title: 'Sertifikat',
      text: 'Di sini Anda akan menerbitkan dan mencetak sertifikat A4 bernomor dengan kode QR verifikasi, satu per satu atau sekaligus.',
    },
    export: {
      title: 'Ekspor',
      text: 'Di sini Anda akan menyusun buku kerja Excel untuk BKPSDM: satu baris per peserta, data rinci per penilai, dan ringkasan per perangkat daerah.',
    },
  },
  settings: {
    title: 'Pengaturan',
    description: 'Informasi aplikasi dan lokasi data.',
    about: 'Tentang aplikasi ini',
    version: 'Versi aplikasi',
    schemaVersion: 'Versi skema database',
    dataDir: 'Folder data',
    door: 'Dibuka melalui',
    role: 'Peran Anda',
    doors: {
      desktop: 'Aplikasi desktop',
      browser: 'Peramban (jaringan lokal)',
      cli: 'Baris perintah',
      worker: 'Proses latar',
      'sheet-import': 'Impor lembar nilai',
    },
    roles: {
      admin: 'Admin',
      operator: 'Operator',
      'lead-assessor': 'Ketua penilai',
      assessor: 'Penilai',
      locked: 'Terkunci',
    },
    later:
      'Pengaturan logo, pola nomor sertifikat, kompetensi, dan cadangan data akan tersedia di halaman ini.',
  },
  rosterEdit: rosterEditMessages.id,
  rosterImport: rosterImportMessages.id,
  scoring: scoringMessages.id,
  assessors: assessorsMessages.id,
  export: exportMessages.id,
  integration: integrationMessages.id,
  results: resultsMessages.id,
  certificates: certificatesMessages.id,
} as const;

/** The same tree with every text widened to `string`: the type other languages must fill. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
export type Messages = Texts<typeof messagesId>;
