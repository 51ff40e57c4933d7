import type { Texts } from '../shared/texts';

/** Texts of the Penugasan tab; mounted by ../assessors.messages.ts. */
export const assignmentId = {
  assign: {
    perCandidate: 'Penilai per peserta',
    auto: 'Bagi penilai otomatis',
    summary_one:
      '{{slots, number}} peserta × metode · {{count, number}} penugasan · {{conflicts, number}} konflik kepentingan',
    summary_other:
      '{{slots, number}} peserta × metode · {{count, number}} penugasan · {{conflicts, number}} konflik kepentingan',
    runSummary: '{{created, number}} penugasan dibuat, {{kept, number}} tetap, {{removed, number}} dilepas.',
    runOk_one: 'Setiap peserta mendapat {{count, number}} penilai per metode, tanpa konflik kepentingan.',
    runOk_other: 'Setiap peserta mendapat {{count, number}} penilai per metode, tanpa konflik kepentingan.',
    runProblems_one: '{{count, number}} peserta belum mendapat penilai yang cukup',
    runProblems_other: '{{count, number}} peserta belum mendapat penilai yang cukup',
    runProblemsHint:
      'Aturan tidak dilanggar diam-diam; berikut alasannya per peserta. Klik nama untuk melihatnya di tabel.',
    problemsLabel: 'Masalah penugasan per peserta',
    showInTable: 'Tampilkan di tabel',
    search: 'Cari peserta, metode, atau penilai',
    searchLabel: 'Cari penugasan',
    filterLabel: 'Saring penugasan',
    filterAll: 'Semua',
    filterAttention_one: 'Perlu perhatian ({{count, number}})',
    filterAttention_other: 'Perlu perhatian ({{count, number}})',
    tableLabel: 'Penugasan penilai',
    empty: 'Belum ada penugasan. Tekan "Bagi penilai otomatis".',
    noMatch: 'Tidak ada penugasan yang cocok.',
    noAttention:
      'Tidak ada penugasan yang berkonflik atau kurang penilai. Peserta yang belum mendapat penilai sama sekali tercantum di laporan penugasan otomatis.',
    column: {
      participantNo: 'No.',
      candidate: 'Peserta',
      method: 'Metode',
      assessors: 'Penilai',
      notes: 'Keterangan',
    },
    conflict: 'Konflik',
    conflictTip: '{{name}} berasal dari instansi yang sama dengan peserta (konflik kepentingan).',
    short_one: 'Baru {{count, number}} penilai',
    short_other: 'Baru {{count, number}} penilai',
    manualTip: 'Diubah secara manual; penugasan otomatis tidak mengubahnya lagi.',
    editLabel: 'Ubah penilai peserta {{no}} metode {{method}}',
    loadsTitle: 'Beban penilai',
    loadsAverage: 'Rata-rata {{average, number}} penugasan per penilai',
    loadLabel_one: '{{name}}: {{count, number}} penugasan',
    loadLabel_other: '{{name}}: {{count, number}} penugasan',
    noAssessors: 'Belum ada penilai. Tambahkan di tab Penilai.',
    modalTitle: 'Penilai {{no}} · {{name}} — metode {{method}}',
    candidateUnit: 'Instansi peserta: {{unit}}',
    sameAgency: 'Instansi sama',
    alreadyScored: 'Sudah menilai',
    assessorLine_one: '{{unit}} · {{count, number}} penugasan',
    assessorLine_other: '{{unit}} · {{count, number}} penugasan',
    conflictTitle: 'Konflik kepentingan',
    conflictWarning:
      '{{names}} berasal dari instansi yang sama dengan peserta ({{unit}}). Penugasan tetap dapat disimpan, tetapi pastikan ini memang disengaja.',
    belowWarning_one:
      'Baru {{count, number}} penilai dipilih; setiap peserta sebaiknya diamati {{needed, number}} penilai.',
    belowWarning_other:
      'Baru {{count, number}} penilai dipilih; setiap peserta sebaiknya diamati {{needed, number}} penilai.',
    saveAnyway: 'Tetap simpan',
    saved: 'Penilai peserta {{no}} metode {{method}} disimpan.',
  },
} as const;

export const assignmentEn: Texts<typeof assignmentId> = {
  assign: {
    perCandidate: 'Assessors per candidate',
    auto: 'Assign assessors automatically',
    summary_one:
      '{{slots, number}} candidate × method · {{count, number}} assignment · conflicts of interest: {{conflicts, number}}',
    summary_other:
      '{{slots, number}} candidate × method · {{count, number}} assignments · conflicts of interest: {{conflicts, number}}',
    runSummary:
      '{{created, number}} assignments created, {{kept, number}} kept, {{removed, number}} released.',
    runOk_one: 'Every candidate has {{count, number}} assessor per method, with no conflict of interest.',
    runOk_other: 'Every candidate has {{count, number}} assessors per method, with no conflict of interest.',
    runProblems_one: '{{count, number}} candidate does not have enough assessors',
    runProblems_other: '{{count, number}} candidates do not have enough assessors',
    runProblemsHint:
      'No rule was broken silently; here is the reason per candidate. Click a name to see it in the table.',
    problemsLabel: 'Assignment problems per candidate',
    showInTable: 'Show in the table',
    search: 'Search candidate, method or assessor',
    searchLabel: 'Search assignments',
    filterLabel: 'Filter assignments',
    filterAll: 'All',
    filterAttention_one: 'Needs attention ({{count, number}})',
    filterAttention_other: 'Needs attention ({{count, number}})',
    tableLabel: 'Assessor assignments',
    empty: 'No assignments yet. Press "Assign assessors automatically".',
    noMatch: 'No assignment matches.',
    noAttention:
      'No assignment has a conflict or too few assessors. Candidates with no assessor at all are listed in the automatic assignment report.',
    column: {
      participantNo: 'No.',
      candidate: 'Candidate',
      method: 'Method',
      assessors: 'Assessors',
      notes: 'Notes',
    },
    conflict: 'Conflict',
    conflictTip: '{{name}} comes from the candidate’s own agency (conflict of interest).',
    short_one: 'Only {{count, number}} assessor',
    short_other: 'Only {{count, number}} assessors',
    manualTip: 'Changed by hand; the automatic assignment leaves it alone.',
    editLabel: 'Edit assessors of candidate {{no}} in {{method}}',
    loadsTitle: 'Assessor load',
    loadsAverage: 'On average {{average, number}} assignments per assessor',
    loadLabel_one: '{{name}}: {{count, number}} assignment',
    loadLabel_other: '{{name}}: {{count, number}} assignments',
    noAssessors: 'No assessors yet. Add them in the Assessors tab.',
    modalTitle: 'Assessors of {{no}} · {{name}} — method {{method}}',
    candidateUnit: 'Candidate’s agency: {{unit}}',
    sameAgency: 'Same agency',
    alreadyScored: 'Already scored',
    assessorLine_one: '{{unit}} · {{count, number}} assignment',
    assessorLine_other: '{{unit}} · {{count, number}} assignments',
    conflictTitle: 'Conflict of interest',
    conflictWarning:
      '{{names}} come(s) from the candidate’s own agency ({{unit}}). The assignment can still be saved, but make sure this is intended.',
    belowWarning_one:
      'Only {{count, number}} assessor chosen; each candidate should be observed by {{needed, number}}.',
    belowWarning_other:
      'Only {{count, number}} assessors chosen; each candidate should be observed by {{needed, number}}.',
    saveAnyway: 'Save anyway',
    saved: 'Assessors of candidate {{no}} in {{method}} saved.',
  },
};
