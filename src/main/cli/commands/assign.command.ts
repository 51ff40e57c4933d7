import { Command } from 'commander';
import { CommandExit, EXIT_USER_ERROR, printResult, table, type Output } from '../output';
import { parsePositiveInt } from '../parse';
import { outputFor, programByCode, withApp, type GlobalOptions } from '../session';

/**
 * `asesa assign`: the automatic assignment. Exit 0 when every candidate got their assessors,
 * 1 when problems remain (the report is printed either way, so scripts see both).
 */
export function assignCommand(globals: () => GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Command {
  return new Command('assign')
    .description('menugaskan asesor ke peserta secara otomatis (merata, tidak dari instansi yang sama)')
    .requiredOption('--program <kode>', 'kode program')
    .option('--per-candidate <n>', 'jumlah asesor per peserta per metode (bawaan 2)', parsePositiveInt)
    .action(async (flags: { program: string; perCandidate?: number }) => {
      const out = outputFor(globals(), io);
      const problems = await withApp(globals(), out, async (call) => {
        const program = await programByCode(call, flags.program);
        const result = await call('assign:auto', {
          programId: program.id,
          ...(flags.perCandidate !== undefined && { perCandidate: flags.perCandidate }),
        });
        printResult(out, result, () =>
          [
            `Penugasan: ${result.created} baru, ${result.kept} tetap, ${result.removed} dilepas.`,
            table(
              ['ASESOR', 'PENUGASAN'],
              result.loads.map((l) => [l.name, String(l.assignments)]),
            ),
            ...(result.problems.length > 0
              ? [
                  `Masalah (${result.problems.length}):`,
                  ...result.problems.map((p) => `  ${p.message} [${p.code}]`),
                ]
              : ['Semua peserta sudah mendapat asesor.']),
          ].join('\n'),
        );
        return result.problems.length;
      });
      if (problems > 0) throw new CommandExit(EXIT_USER_ERROR);
    });
}
