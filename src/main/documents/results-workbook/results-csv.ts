/**
 * The Rekapitulasi as CSV: UTF-8 with a byte-order mark (so Excel reads "Ni Luh Putu Ayu" and
 * "Nur'aini" as written), CRLF line ends, one header row, one row per candidate in the same order
 * and with the same values as the sheet. With `;` as separator the decimal mark is a comma — what
 * Excel set to Indonesian expects; with `,` it is a point.
 *
 * An NIP stays its 18 digits. Excel opening a CSV by double-click turns them into a number and
 * loses the last digits; the export screen tells the operator to import the file with the NIP
 * column as Text instead (a `="…"` wrapper would keep them, but it is a formula, which this file
 * never contains).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CsvSeparator } from '../../../shared/contract';
import { csvField } from './cell-safety';
import { rekapLayout, rekapRow, validCertificateNumbers } from './rekapitulasi-table';
import type { ResultsWorkbookView, WriteProgress } from './view';

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';
const CHUNK_ROWS = 500;

type CsvView = Pick<ResultsWorkbookView, 'program' | 'results' | 'assessmentDays' | 'certificates'>;

/** The flat header: a competency's columns carry its name ("M.1 Integritas – Standar"). */
export function csvHeaders(view: CsvView): string[] {
  return rekapLayout(view.results).columns.map((c) => {
    const header = c.kind === 'percent' ? `${c.header} (%)` : c.header;
    return c.group ? `${c.group} – ${header}` : header;
  });
}

export async function writeResultsCsv(
  view: CsvView,
  path: string,
  separator: CsvSeparator,
  options: { progress?: WriteProgress; checkCancelled?: () => void } = {},
): Promise<number> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const line = (values: ReadonlyArray<string | number | null>) =>
    values.map((v) => csvField(v, separator)).join(separator) + CRLF;
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  try {
    await write(CSV_BOM + line(csvHeaders(view)));
    const { results } = view;
    const context = { view, certificateNumbers: validCertificateNumbers(view.certificates) };
    const total = results.candidates.length;
    let chunk = '';
    for (const [index, candidate] of results.candidates.entries()) {
      chunk += line(rekapRow(results, candidate, index, context));
      if ((index + 1) % CHUNK_ROWS === 0) {
        options.checkCancelled?.();
        options.progress?.(index + 1, total, 'Rekapitulasi');
        await write(chunk);
        chunk = '';
      }
    }
    await write(chunk);
    stream.end();
    await once(stream, 'close');
    options.progress?.(total, total, 'Rekapitulasi');
    return total;
  } catch (error) {
    stream.destroy();
    if (!stream.closed) await once(stream, 'close');
    throw error;
  }
}
