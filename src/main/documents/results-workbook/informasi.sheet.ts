/**
 * Sheet 7, Informasi: what this file is — programme, when and by whom it was made, the app
 * version, the counts, the rules the results were judged by — and the SHA-256 of the data in the
 * sheets before it, with how to recompute it. Last, because the hash covers every sheet before.
 */
import type ExcelJS from 'exceljs';
import {
  CATEGORIES_BY_PURPOSE,
  CATEGORY_LABELS,
  PURPOSE_LABELS,
  type CategoryThresholds,
} from '../../../shared/domain/categories';
import { formatDateRangeId } from '../../../shared/domain/dates';
import { formatPercentId } from '../../../shared/domain/jpm';
import { RECONCILIATION_RULE_LABELS } from '../../../shared/domain/reconcile';
import { DATA_HASH_DEFINITION } from './data-hash';
import { RS } from './results-styles';
import { SheetWriter } from './sheet-writer';
import { formatStampId } from './stamps';
import type { ResultsWorkbookView } from './view';

export const INFO_SHEET = 'Informasi';
export const INFO_HASH_LABEL = 'SHA-256 data';

export interface WrittenCounts {
  candidates: number;
  ratings: number;
  attendance: number;
  certificates: number;
  agencies: number;
}

export const SHEET_DESCRIPTIONS: ReadonlyArray<readonly [string, string]> = [
  [
    'Rekapitulasi',
    'Satu baris per peserta: standar, capaian, dan gap per kompetensi, JPM, kategori, peringkat, kelulusan, asesor, saran pengembangan, nomor sertifikat.',
  ],
  [
    'Detail Penilaian',
    'Format panjang untuk analisis ulang: satu baris per penilaian (peserta × kompetensi × metode × asesor) beserta level yang disepakati.',
  ],
  [
    'Rekap Perangkat Daerah',
    'Per unit/perangkat daerah: jumlah peserta, hadir, per kategori, lulus, dan persentase lulus.',
  ],
  ['Kehadiran', 'Kehadiran setiap peserta pada setiap sesi yang dijadwalkan atau dicatat.'],
  ['Sertifikat', 'Sertifikat yang diterbitkan, yang dicabut beserta alasannya, dan jumlah cetak.'],
  ['Kesepakatan Penilai', 'Statistik kesepakatan antarasesor beserta penjelasannya.'],
];

function thresholdText(view: ResultsWorkbookView): string {
  const { purpose } = view.program;
  const set = view.results.settings.thresholds[purpose];
  const t: CategoryThresholds = { purpose, top: set.top, middle: set.middle };
  const [best, middle, lowest] = CATEGORIES_BY_PURPOSE[purpose];
  return [
    `${CATEGORY_LABELS[best]} (${best}): JPM ≥ ${formatPercentId(t.top)}`,
    `${CATEGORY_LABELS[middle]} (${middle}): ${formatPercentId(t.middle)} sampai < ${formatPercentId(t.top)}`,
    `${CATEGORY_LABELS[lowest]} (${lowest}): < ${formatPercentId(t.middle)}`,
  ].join('; ');
}

export function writeInformasi(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  view: ResultsWorkbookView,
  counts: WrittenCounts,
  dataSha256: string,
): void {
  const { program, results } = view;
  const sheet = new SheetWriter(workbook, null, {
    name: INFO_SHEET,
    widths: [28, 110],
    frozenRows: 0,
  });
  const revoked = view.certificates.filter((c) => c.revokedAt !== null).length;
  const settings = results.settings;
  const rows: Array<[string, string | number | null]> = [
    ['Program', `${program.name} (${program.code})`],
    ['Penyelenggara', program.organiser],
    ['Tempat', program.venue],
    ['Tujuan asesmen', PURPOSE_LABELS[program.purpose]],
    ['Tanggal pelaksanaan', formatDateRangeId(program.startDate, program.endDate) || null],
    ['Dibuat pada', formatStampId(view.generatedAt.toISOString())],
    ['Dibuat oleh', view.generatedBy],
    ['Versi Asesa', view.appVersion],
    [
      'Status hasil',
      results.finalized
        ? `Final sejak ${formatStampId(settings.finalizedAt) ?? ''}${settings.finalizedBy ? ` oleh ${settings.finalizedBy}` : ''}`
        : 'Belum final: hasil masih dapat berubah.',
    ],
    ['Jumlah peserta', results.counts.total],
    ['Hasil lengkap', results.counts.complete],
    ['Belum lengkap', results.counts.incomplete],
    ['Tidak hadir', results.counts.absent],
    ['Lulus', results.counts.passed],
    ['Perangkat daerah', counts.agencies],
    ['Baris Detail Penilaian', counts.ratings],
    ['Baris Kehadiran', counts.attendance],
    ['Sertifikat', `${counts.certificates} diterbitkan, ${revoked} di antaranya dicabut`],
    ['Aturan kelulusan', settings.passRuleText],
    ['Batas kategori', thresholdText(view)],
    ['Aturan rekonsiliasi', RECONCILIATION_RULE_LABELS[settings.reconciliation]],
    [
      'Tampilan JPM',
      'Satu desimal, dipotong (tidak dibulatkan) sehingga angka yang tampil tidak pernah mencapai batas kategori yang tidak dicapai nilai sebenarnya. JPM disimpan sebagai pecahan dengan format persen.',
    ],
    ['Keamanan isi', 'Setiap sel berisi nilai, tidak ada rumus. NIP disimpan sebagai teks.'],
    [INFO_HASH_LABEL, dataSha256],
    ['Cara menghitung SHA-256', DATA_HASH_DEFINITION],
  ];
  sheet.row(['INFORMASI BERKAS'], RS.title);
  sheet.row(['Buku kerja hasil asesmen kompetensi, dibuat oleh Asesa untuk BKPSDM.'], RS.subtitle);
  sheet.blank();
  for (const [label, value] of rows) sheet.row([label, value], [RS.label, RS.wrap]);
  sheet.blank();
  sheet.row(['Lembar dalam berkas ini'], RS.label);
  for (const [name, text] of SHEET_DESCRIPTIONS) sheet.row([name, text], [RS.label, RS.wrap]);
  sheet.commit();
}
