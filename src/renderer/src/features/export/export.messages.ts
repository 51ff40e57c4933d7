/**
 * Texts of the Ekspor stage: the results workbook (or its CSV) for BKPSDM and the problem lists
 * of the last imports. Mounted as `export` in messages.id.ts / messages.en.ts.
 */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

const id = {
  title: 'Ekspor',
  description: 'Program {{code}}: buku kerja hasil untuk BKPSDM dan daftar masalah impor.',
  workbook: {
    title: 'Hasil untuk BKPSDM',
    text: 'Buku kerja Excel berisi tujuh lembar: Rekapitulasi (satu baris per peserta), Detail Penilaian, Rekap Perangkat Daerah, Kehadiran, Sertifikat, Kesepakatan Penilai, dan Informasi (termasuk sidik SHA-256 datanya). Setiap sel berisi nilai, tidak ada rumus; NIP disimpan sebagai teks.',
    notFinal:
      'Hasil program ini belum final: angka di berkas dapat berubah bila rapat integrasi masih berjalan. Finalkan hasil di tahap Hasil sebelum menyerahkan berkas ke BKPSDM.',
    format: 'Format',
    xlsx: 'Buku kerja Excel (.xlsx)',
    csv: 'CSV rekapitulasi',
    separator: 'Pemisah kolom',
    semicolon: 'Titik koma (;) — Excel berbahasa Indonesia',
    comma: 'Koma (,) — CSV standar',
    csvText:
      'CSV hanya berisi lembar Rekapitulasi (UTF-8 dengan BOM). Buka di Excel melalui Data → Dari Teks/CSV dan atur kolom NIP sebagai Teks: bila berkas diklik dua kali, Excel mengubah NIP menjadi angka dan memotong digit terakhirnya. Teks yang diawali =, +, - atau @ diberi tanda petik di depannya agar tidak dijalankan sebagai rumus.',
    start: 'Buat berkas',
    again: 'Buat ulang',
    noCandidates: 'Program ini belum memiliki peserta. Impor daftar peserta dulu.',
  },
  progress: {
    barLabel: 'Kemajuan ekspor',
    preparing: 'Menyiapkan…',
    computing: 'Menghitung hasil dan statistik kesepakatan…',
    sheet: 'Menulis lembar {{sheet}}…',
    rows_one: '{{done, number}} dari {{count, number}} baris',
    rows_other: '{{done, number}} dari {{count, number}} baris',
    cancel: 'Batalkan',
    cancelling: 'Membatalkan…',
    cancelled: 'Ekspor dibatalkan. Tidak ada berkas yang dibuat.',
  },
  done: {
    title: 'Berkas siap',
    summaryXlsx:
      '{{candidates, number}} peserta, {{ratings, number}} baris penilaian, {{attendance, number}} baris kehadiran, {{certificates, number}} sertifikat.',
    summaryCsv: '{{candidates, number}} peserta.',
    sha: 'SHA-256 data',
    download: 'Unduh {{fileName}}',
    save: 'Simpan {{fileName}}…',
    saved: 'Berkas {{fileName}} tersimpan.',
  },
  problems: {
    title: 'Daftar masalah impor',
    text: 'Laporan masalah impor terakhir per jenis, untuk dikirim kembali ke perangkat daerah atau asesor. Disimpan selama aplikasi berjalan.',
    empty: 'Belum ada masalah impor di program ini sejak aplikasi dibuka.',
    roster: 'Impor daftar peserta',
    'score-sheet': 'Impor lembar penilaian',
    counts: '{{errors, number}} kesalahan · {{warnings, number}} peringatan',
    countsConflicts:
      '{{errors, number}} kesalahan · {{conflicts, number}} konflik · {{warnings, number}} peringatan',
    download: 'Unduh daftar masalah (.xlsx)',
  },
};

const en: Texts<typeof id> = {
  title: 'Export',
  description: 'Programme {{code}}: the results workbook for BKPSDM and the import problem lists.',
  workbook: {
    title: 'Results for BKPSDM',
    text: 'An Excel workbook with seven sheets: Rekapitulasi (one row per candidate), Detail Penilaian, Rekap Perangkat Daerah, Kehadiran, Sertifikat, Kesepakatan Penilai and Informasi (including a SHA-256 of its data). Every cell holds a value, never a formula; NIPs are stored as text.',
    notFinal:
      'The results of this programme are not final: figures in the file may still change while the assessor meeting continues. Finalise the results in the Results stage before handing the file to BKPSDM.',
    format: 'Format',
    xlsx: 'Excel workbook (.xlsx)',
    csv: 'Summary CSV',
    separator: 'Column separator',
    semicolon: 'Semicolon (;) — Excel set to Indonesian',
    comma: 'Comma (,) — standard CSV',
    csvText:
      'The CSV holds only the Rekapitulasi sheet (UTF-8 with BOM). Open it in Excel through Data → From Text/CSV and set the NIP column to Text: double-clicking the file makes Excel turn NIPs into numbers and cut their last digits. Text starting with =, +, - or @ gets a leading apostrophe so it is never run as a formula.',
    start: 'Create file',
    again: 'Create again',
    noCandidates: 'This programme has no candidates yet. Import the roster first.',
  },
  progress: {
    barLabel: 'Export progress',
    preparing: 'Preparing…',
    computing: 'Computing results and agreement statistics…',
    sheet: 'Writing sheet {{sheet}}…',
    rows_one: '{{done, number}} of {{count, number}} row',
    rows_other: '{{done, number}} of {{count, number}} rows',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    cancelled: 'Export cancelled. No file was made.',
  },
  done: {
    title: 'File ready',
    summaryXlsx:
      '{{candidates, number}} candidates, {{ratings, number}} rating rows, {{attendance, number}} attendance rows, {{certificates, number}} certificates.',
    summaryCsv: '{{candidates, number}} candidates.',
    sha: 'Data SHA-256',
    download: 'Download {{fileName}}',
    save: 'Save {{fileName}}…',
    saved: 'File {{fileName}} saved.',
  },
  problems: {
    title: 'Import problem lists',
    text: 'The problem report of the last import of each kind, to send back to the agency or the assessor. Kept while the app runs.',
    empty: 'No import problems in this programme since the app was opened.',
    roster: 'Roster import',
    'score-sheet': 'Score-sheet import',
    counts: '{{errors, number}} errors · {{warnings, number}} warnings',
    countsConflicts:
      '{{errors, number}} errors · {{conflicts, number}} conflicts · {{warnings, number}} warnings',
    download: 'Download problem list (.xlsx)',
  },
};

export const exportMessages = { id, en };
