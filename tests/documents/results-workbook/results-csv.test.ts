import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app';
import { writeResultsCsv } from '../../../src/main/documents/results-workbook/results-csv';
import type { ResultsWorkbookView } from '../../../src/main/documents/results-workbook/view';
import { buildResultsExportView } from '../../../src/main/services/results-export/export-view';
import { displayJpm } from '../../../src/shared/domain/jpm';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { seedExportProgram, type ExportProgram } from './export-fixture';

let dataDir: string;
let app: App;
let seeded: ExportProgram;
let view: ResultsWorkbookView;

beforeAll(async () => {
  dataDir = makeDataDir();
  app = await createApp({ dataDir });
  seeded = await seedExportProgram(app);
  view = buildResultsExportView(app.db, seeded.programId, {
    generatedAt: new Date(),
    generatedBy: 'admin (baris perintah)',
    appVersion: '0.0.0',
  });
});

afterAll(async () => {
  await app.close();
  removeDir(dataDir);
});

/** RFC 4180 records: quoted fields may hold separators, quotes ("") and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length) throw new Error('last record without CRLF');
  return records;
}

async function write(separator: ',' | ';'): Promise<{ bytes: Buffer; records: string[][] }> {
  const path = join(dataDir, `rekap-${separator === ';' ? 'titikkoma' : 'koma'}.csv`);
  expect(await writeResultsCsv(view, path, separator)).toBe(view.results.candidates.length);
  const bytes = readFileSync(path);
  return { bytes, records: parseCsv(bytes.subarray(3).toString('utf8'), separator) };
}

describe('the Rekapitulasi CSV', () => {
  it('is UTF-8 with a BOM, CRLF line ends, a header row and one row per candidate', async () => {
    const { bytes, records } = await write(',');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(records).toHaveLength(1 + view.results.candidates.length);
    const header = records[0]!;
    expect(header.slice(0, 4)).toEqual(['No', 'No. Peserta', 'NIP', 'Nama']);
    expect(header).toContain('M.1 Integritas – Standar');
    expect(header).toContain('JPM (%)');
    for (const record of records) expect(record).toHaveLength(header.length);
  });

  it('keeps NIPs as the 18 digits of the roster and names with titles as written', async () => {
    const { records } = await write(',');
    view.results.candidates.forEach((c, i) => {
      expect(records[i + 1]![2]).toBe(seeded.nips.get(c.candidateId));
    });
    expect(records.map((r) => r[3])).toContain('Dra. Hj. Siti Aminah, M.Si.');
    expect(records.map((r) => r[3])).toContain("Nur'aini, S.E.");
  });

  it('neutralises every formula-looking name with a leading apostrophe', async () => {
    const { records } = await write(',');
    const names = records.map((r) => r[3]);
    for (const name of [
      '=1+1 Budi Santoso',
      '=HYPERLINK("#Informasi!A1","klik")',
      '+62 812 3456 7890',
      '-',
      '@x',
    ]) {
      expect(names).toContain(`'${name}`);
      expect(names).not.toContain(name);
    }
    expect(names).toContain("'\tTab di depan");
  });

  it("with ';' uses a decimal comma and quotes fields holding ';', with ',' a decimal point", async () => {
    const semicolon = await write(';');
    const comma = await write(',');
    const column = semicolon.records[0]!.indexOf('JPM (%)');
    const first = view.results.candidates[0]!;
    const shown = displayJpm(first.jpm!);
    expect(semicolon.records[1]![column]).toBe(String(shown).replace('.', ','));
    expect(comma.records[1]![column]).toBe(String(shown));
    // The assessors are joined with '; ': quoted under ';', plain under ','.
    const raw = semicolon.bytes.toString('utf8');
    expect(raw).toContain('"Asesor Bunga; Dr. Asesor Andi, M.Psi."');
    expect(comma.bytes.toString('utf8')).toContain('"Asesor Bunga; Dr. Asesor Andi, M.Psi."');
    expect(semicolon.records[0]).toEqual(comma.records[0]);
  });
});
