import { Command, Option } from 'commander';
import type { Program, ProgramInput, Signatory } from '../../../shared/contract';
import { formatDateRangeId } from '../../../shared/domain/dates';
import { PURPOSE_LABELS } from '../../../shared/domain/categories';
import { printResult, table, type Output } from '../output';
import { parseIsoDateOption } from '../parse';
import { outputFor, programByCode, withApp, type GlobalOptions } from '../session';

interface ProgramFlags {
  code?: string;
  newCode?: string;
  name?: string;
  purpose?: 'pemetaan' | 'pengisian';
  date?: string;
  endDate?: string;
  organiser?: string;
  venue?: string;
  city?: string;
  signatoryName?: string;
  signatoryPosition?: string;
  signatoryRank?: string;
  signatoryNip?: string;
  acting?: boolean;
}

function addProgramFields(command: Command): Command {
  return command
    .option('--name <nama>', 'nama program')
    .addOption(new Option('--purpose <tujuan>', 'tujuan asesmen').choices(['pemetaan', 'pengisian']))
    .option('--date <YYYY-MM-DD>', 'tanggal mulai', parseIsoDateOption)
    .option('--end-date <YYYY-MM-DD>', 'tanggal selesai', parseIsoDateOption)
    .option('--organiser <penyelenggara>', 'penyelenggara, mis. "BKPSDM Kota Bekasi"')
    .option('--venue <tempat>', 'tempat pelaksanaan')
    .option('--city <kota>', 'kota untuk sertifikat, mis. "Bekasi"')
    .option('--signatory-name <nama>', 'nama penanda tangan dengan gelar')
    .option('--signatory-position <jabatan>', 'jabatan penanda tangan (lengkap)')
    .option('--signatory-rank <pangkat>', 'pangkat/golongan penanda tangan')
    .option('--signatory-nip <nip>', 'NIP penanda tangan')
    .option('--acting', 'penanda tangan berstatus Plt.');
}

function signatoryPatch(flags: ProgramFlags, base: Signatory): Signatory {
  return {
    name: flags.signatoryName ?? base.name,
    position: flags.signatoryPosition ?? base.position,
    rank: flags.signatoryRank ?? base.rank,
    nip: flags.signatoryNip ?? base.nip,
    acting: flags.acting ?? base.acting,
  };
}

function describe(program: Program): string {
  return [
    `${program.code} — ${program.name}`,
    `  ${PURPOSE_LABELS[program.purpose]}${program.archived ? ' (diarsipkan)' : ''}`,
    `  Tanggal: ${formatDateRangeId(program.startDate, program.endDate) || '-'}`,
    `  Peserta: ${program.candidateCount}, penilai: ${program.assessorCount}`,
  ].join('\n');
}

export function programCommand(globals: () => GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Command {
  const program = new Command('program').description('membuat, mengubah, dan melihat program asesmen');

  addProgramFields(
    program
      .command('create')
      .description('membuat program asesmen baru')
      .requiredOption('--code <kode>', 'kode program, mis. TA-2023'),
  ).action(async (flags: ProgramFlags) => {
    const out = outputFor(globals(), io);
    await withApp(globals(), out, async (call) => {
      const input: ProgramInput = {
        code: flags.code ?? '',
        name: flags.name ?? '',
        purpose: flags.purpose ?? 'pemetaan',
        startDate: flags.date ?? null,
        endDate: flags.endDate ?? flags.date ?? null,
        organiser: flags.organiser ?? '',
        venue: flags.venue ?? '',
        city: flags.city ?? '',
        signatory: signatoryPatch(flags, { name: '', position: '', rank: '', nip: '', acting: false }),
      };
      const created = await call('program:create', input);
      printResult(out, created, () => `Program dibuat:\n${describe(created)}`);
    });
  });

  addProgramFields(
    program
      .command('update')
      .description('mengubah data program')
      .requiredOption('--code <kode>', 'kode program yang diubah')
      .option('--new-code <kode>', 'kode baru'),
  ).action(async (flags: ProgramFlags) => {
    const out = outputFor(globals(), io);
    await withApp(globals(), out, async (call) => {
      const current = await programByCode(call, flags.code ?? '');
      const updated = await call('program:update', {
        id: current.id,
        ...(flags.newCode !== undefined && { code: flags.newCode }),
        ...(flags.name !== undefined && { name: flags.name }),
        ...(flags.purpose !== undefined && { purpose: flags.purpose }),
        ...(flags.date !== undefined && { startDate: flags.date }),
        ...(flags.endDate !== undefined && { endDate: flags.endDate }),
        ...(flags.organiser !== undefined && { organiser: flags.organiser }),
        ...(flags.venue !== undefined && { venue: flags.venue }),
        ...(flags.city !== undefined && { city: flags.city }),
        signatory: signatoryPatch(flags, current.signatory),
      });
      printResult(out, updated, () => `Program diubah:\n${describe(updated)}`);
    });
  });

  program
    .command('list')
    .description('daftar program')
    .option('--all', 'termasuk program yang diarsipkan')
    .action(async (flags: { all?: boolean }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const list = await call('program:list', { includeArchived: flags.all === true });
        printResult(out, list, () =>
          list.length === 0
            ? 'Belum ada program. Buat dengan "asesa program create" atau "asesa demo".'
            : table(
                ['KODE', 'NAMA', 'TANGGAL', 'PESERTA', 'STATUS'],
                list.map((p) => [
                  p.code,
                  p.name,
                  formatDateRangeId(p.startDate, p.endDate),
                  String(p.candidateCount),
                  p.archived ? 'arsip' : 'aktif',
                ]),
              ),
        );
      });
    });

  program
    .command('show')
    .description('menampilkan satu program')
    .requiredOption('--code <kode>', 'kode program')
    .action(async (flags: { code: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const found = await programByCode(call, flags.code);
        printResult(out, found, () => describe(found));
      });
    });

  program
    .command('archive')
    .description('mengarsipkan program (atau memulihkannya dengan --restore)')
    .requiredOption('--code <kode>', 'kode program')
    .option('--restore', 'memulihkan dari arsip')
    .action(async (flags: { code: string; restore?: boolean }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const found = await programByCode(call, flags.code);
        const result = await call('program:archive', { id: found.id, archived: flags.restore !== true });
        printResult(
          out,
          result,
          () => `${result.code} ${result.archived ? 'diarsipkan' : 'dipulihkan dari arsip'}.`,
        );
      });
    });

  return program;
}
