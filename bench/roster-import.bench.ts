import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_CONTEXT } from '../src/main/context';
import { closeDatabase, openDatabase } from '../src/main/db/open';
import { commitRoster } from '../src/main/services/roster/roster-commit';
import { analyseRosterFile } from '../src/main/services/roster/roster-import';
import ExcelJS from 'exceljs';
import { plainRosterSheet } from '../tests/fixtures/roster-workbooks';
import { peakRssMb, summarise, type BenchRow } from './stats';

const ROWS = 10_000;
const RUNS = 5;

/**
 * The roster file, written by exceljs's streaming writer so that making it does not add a whole
 * workbook model to the peak memory the import is measured by. Shared strings, NIPs as text.
 */
async function writeRoster(file: string): Promise<void> {
  const spec = plainRosterSheet(ROWS);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet(spec.name);
  sheet.getColumn(2).numFmt = '@';
  for (const row of spec.rows) sheet.addRow(row ? [...row] : []).commit();
  sheet.commit();
  await workbook.commit();
}

/**
 * A 10,000-row roster imported end to end (guard, read, find header, validate, one write
 * transaction with its audit row) into a fresh data folder each run. Target: under 1.5 s and
 * under 300 MB peak memory.
 */
export async function run(): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'asesa-bench-roster-'));
  try {
    const file = join(root, 'peserta.xlsx');
    await writeRoster(file);
    const samples: number[] = [];
    // CPU time of this process (all its threads), which other work on a shared machine changes
    // far less than the wall clock.
    const cpuSamples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const db = await openDatabase({ dataDir: join(root, `data-${i}`) });
      const now = new Date().toISOString();
      const insertProgram = db.prepare(
        "INSERT INTO programs (code, name, purpose, created_at, updated_at) VALUES (?, 'Bench', 'pemetaan', ?, ?)",
      );
      const programId = Number(insertProgram.run(`BENCH-${i}`, now, now).lastInsertRowid);

      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const analysis = await analyseRosterFile(file, 'peserta.xlsx', new Set());
      const counts = commitRoster(
        db,
        programId,
        analysis,
        'all-or-nothing',
        ADMIN_CONTEXT('cli'),
        new Date(),
      );
      samples.push(performance.now() - started);
      const cpu = process.cpuUsage(cpuStarted);
      cpuSamples.push((cpu.user + cpu.system) / 1000);

      closeDatabase(db);
      if (counts.imported !== ROWS) throw new Error(`imported ${counts.imported} of ${ROWS}`);
    }
    const name = `roster: import ${ROWS.toLocaleString('en')} rows (.xlsx, analyse + commit)`;
    return [
      summarise(name, samples, 'ms', `peak RSS ${peakRssMb()} MB; target < 1500 ms and < 300 MB`),
      summarise(`${name}, CPU time`, cpuSamples, 'ms', 'user + system, all threads'),
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
