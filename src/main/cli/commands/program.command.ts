import { Command, InvalidArgumentError, Option } from 'commander';
import { ResultPassRule, type Program, type ProgramInput, type Signatory } from '../../../shared/contract';
import { RECONCILIATION_RULE_LABELS } from '../../../shared/domain/reconcile';
import { formatDateRangeId } from '../../../shared/domain/dates';
import { PURPOSE_LABELS } from '../../../shared/domain/categories';
import { printResult, table, type Output } from '../output';
import { parseIsoDateOption, parsePositiveInt } from '../parse';
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
  reconciliation?: 'consensus' | 'median' | 'mean';
  passRule?: ResultPassRule;
  extraAssessorSpread?: number;
  thresholds?: { top: number; middle: number };
}

/** `category:MMS`, `jpm:75` or `top:50`. */
function parsePassRule(value: string): ResultPassRule {
  const [kind, arg = ''] = value.split(':', 2).map((part) => part.trim());
  const parsed = ResultPassRule.safeParse(
    kind === 'category'
      ? { kind, minimum: arg.toUpperCase() }
      : kind === 'jpm'
        ? { kind, threshold: Number(arg.replace(',', '.')) }
        : { kind, n: Number(arg) },
  );
  if (!parsed.success || arg === '') {
    throw new InvalidArgumentError(
      'tulis category:MMS (kategori ke atas), jpm:75 (JPM minimal), atau top:50 (N teratas).',
    );
  }
  return parsed.data;
}

/** `80,68`: the lowest JPM of the best and of the middle category. */
function parseThresholds(value: string): { top: number; middle: number } {
  const match = /^\s*(\d+(?:\.\d+)?)\s*[,;/]\s*(\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!match)
    throw new InvalidArgumentError('tulis dua angka persen: batas teratas,batas tengah (mis. 80,68).');
  return { top: Number(match[1]), middle: Number(match[2]) };
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
      .option('--new-code <kode>', 'kode baru')
      .addOption(
        new Option('--reconciliation <aturan>', 'aturan rekonsiliasi rapat integrasi').choices([
          'consensus',
          'median',
          'mean',
        ]),
      )
      .option('--pass-rule <aturan>', 'aturan kelulusan: category:MMS, jpm:75, atau top:50', parsePassRule)
      .option(
        '--extra-assessor-spread <n>',
        'selisih level yang meminta asesor tambahan (1–4)',
        parsePositiveInt,
      )
      .option(
        '--thresholds <atas,tengah>',
        'batas kategori untuk tujuan program, mis. 80,68',
        parseThresholds,
      ),
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
      const resultRules =
        flags.reconciliation !== undefined ||
        flags.passRule !== undefined ||
        flags.extraAssessorSpread !== undefined ||
        flags.thresholds !== undefined;
      if (!resultRules) {
        printResult(out, updated, () => `Program diubah:\n${describe(updated)}`);
        return;
      }
      const settings = await call('results:update-settings', {
        programId: updated.id,
        ...(flags.reconciliation !== undefined && { reconciliation: flags.reconciliation }),
        ...(flags.passRule !== undefined && { passRule: flags.passRule }),
        ...(flags.extraAssessorSpread !== undefined && { extraAssessorSpread: flags.extraAssessorSpread }),
        ...(flags.thresholds !== undefined && { thresholds: { [updated.purpose]: flags.thresholds } }),
      });
      printResult(out, { ...updated, results: settings }, () =>
        [
          `Program diubah:\n${describe(updated)}`,
          `  Rekonsiliasi: ${RECONCILIATION_RULE_LABELS[settings.reconciliation]}`,
          `  ${settings.passRuleText}`,
        ].join('\n'),
      );
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
