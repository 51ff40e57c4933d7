/**
 * The results workbook for BKPSDM, streamed: seven sheets written one after another, each
 * committed before the next starts so the zip takes its rows while later ones are produced.
 * Shared strings are off (a 180,000-row sheet would otherwise hold every distinct text in memory
 * until the end), styles are shared objects, and the long sheets yield to the event loop every
 * few thousand rows so the file stream can drain.
 *
 * The caller hands a temporary path and renames it when this resolves; on any failure (including
 * a cancel thrown from `checkCancelled`) the file stream is closed before the error propagates,
 * so the caller can delete the partial file at once.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { DataHash } from './data-hash';
import { writeDetailPenilaian } from './detail-penilaian.sheet';
import { writeInformasi } from './informasi.sheet';
import { writeKehadiran } from './kehadiran.sheet';
import { writeKesepakatan } from './kesepakatan.sheet';
import { writeRekapPerangkatDaerah } from './rekap-perangkat-daerah.sheet';
import { writeRekapitulasi } from './rekapitulasi.sheet';
import { writeSertifikat } from './sertifikat.sheet';
import type { ResultsWorkbookView, WriteProgress } from './view';

export interface WorkbookOutcome {
  dataSha256: string;
  rows: { candidates: number; ratings: number; attendance: number; certificates: number };
}

export interface WriteOptions {
  progress?: WriteProgress;
  /** Throws to stop; called every few hundred rows. */
  checkCancelled?: () => void;
}

/** Rows between two progress reports (and cancel checks). */
const REPORT_EVERY = 500;

function closed(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.closed) resolve();
    else stream.once('close', () => resolve());
  });
}

export async function writeResultsWorkbook(
  view: ResultsWorkbookView,
  path: string,
  options: WriteOptions = {},
): Promise<WorkbookOutcome> {
  const stream = createWriteStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    // Deflate level 3: the sheets' 100 MB of XML at 10,000 candidates compress in a third of the
    // time level 6 takes (which kept the file waiting on the zip for seconds), for a file about
    // 15 % larger.
    zip: { zlib: { level: 3 } },
  });
  workbook.creator = 'Asesa';
  workbook.created = view.generatedAt;
  const hash = new DataHash();
  const total = view.results.candidates.length + view.detailCount + view.attendanceCount;
  let done = 0;
  let phase = '';
  const onRow = () => {
    done++;
    if (done % REPORT_EVERY === 0) {
      options.checkCancelled?.();
      options.progress?.(done, total, phase);
    }
  };
  // Between sheets the event loop gets a turn: the file stream opens and drains what was written.
  const enter = async (sheet: string) => {
    await nextTurn();
    phase = sheet;
    options.checkCancelled?.();
    options.progress?.(done, total, phase);
  };

  try {
    await enter('Rekapitulasi');
    const candidates = await writeRekapitulasi(workbook, hash, view, onRow);
    await enter('Detail Penilaian');
    const ratings = await writeDetailPenilaian(workbook, hash, view, onRow);
    await enter('Rekap Perangkat Daerah');
    const agencies = writeRekapPerangkatDaerah(workbook, hash, view);
    await enter('Kehadiran');
    const attendance = await writeKehadiran(workbook, hash, view, onRow);
    await enter('Sertifikat');
    const certificates = writeSertifikat(workbook, hash, view);
    await enter('Kesepakatan Penilai');
    writeKesepakatan(workbook, hash, view);
    await enter('Informasi');
    const dataSha256 = hash.digest();
    writeInformasi(workbook, view, { candidates, ratings, attendance, certificates, agencies }, dataSha256);
    await workbook.commit();
    options.progress?.(total, total, 'Informasi');
    return { dataSha256, rows: { candidates, ratings, attendance, certificates } };
  } catch (error) {
    stream.destroy();
    await closed(stream);
    throw error;
  }
}
