/**
 * Results at the command line (issue 5 §7): `asesa results`, `asesa agree`, `asesa agreement`,
 * `asesa finalize`. JSON output is for scripts: `asesa results --json` prints one object per
 * candidate with the raw JPM rounded to two decimals.
 */
import { Command, InvalidArgumentError } from 'commander';
import type { CandidateResult, ProgramResults } from '../../../shared/contract';
import { AGREEMENT_EXPLANATIONS, describeAlpha } from '../../../shared/domain/agreement-text';
import { formatJpmId, formatPercentId, roundHalfUp } from '../../../shared/domain/jpm';
import { CANDIDATE_STATUS_LABELS } from '../../../shared/domain/ranking';
import { CliUserError, printResult, table, type Output } from '../output';
import { candidateByNip } from '../roster-lookup';
import { outputFor, programByCode, withApp, type GlobalOptions } from '../session';

/** What `asesa results --json` promises scripts, one object per candidate. */
export function resultForScripts(result: CandidateResult) {
  return {
    nip: result.nip,
    name: result.name,
    participantNo: result.participantNo,
    status: result.status,
    competencies: result.competencies.map(({ code, standard, achieved, gap }) => ({
      code,
      standard,
      achieved,
      gap,
    })),
    totalAchieved: result.totalAchieved,
    totalStandard: result.totalStandard,
    jpm: result.jpm === null ? null : roundHalfUp(result.jpm, 2),
    category: result.category,
    rank: result.rank,
    passed: result.passed,
  };
}

function resultsTable(results: ProgramResults): string {
  const { counts } = results;
  return [
    table(
      ['PERINGKAT', 'NO', 'NIP', 'NAMA', 'JPM', 'KATEGORI', 'LULUS', 'STATUS'],
      results.candidates.map((c) => [
        c.rank === null ? '-' : String(c.rank),
        c.participantNo,
        c.nip,
        c.name,
        formatJpmId(c.jpm),
        c.category ?? '-',
        c.passed === null ? '-' : c.passed ? 'ya' : 'tidak',
        CANDIDATE_STATUS_LABELS[c.status],
      ]),
    ),
    '',
    `${counts.complete} lengkap, ${counts.incomplete} belum lengkap, ${counts.absent} tidak hadir; ${counts.passed} lulus (${results.settings.passRuleText}).`,
    results.finalized ? 'Hasil sudah final.' : 'Hasil belum final.',
  ].join('\n');
}

function parseLevel(value: string): number {
  if (!/^[1-5]$/.test(value)) throw new InvalidArgumentError('level harus 1–5.');
  return Number(value);
}

const percentOrDash = (value: number | null) => (value === null ? '-' : formatPercentId(value));
const coefficient = (value: number | null) => (value === null ? '-' : value.toFixed(2).replace('.', ','));

export function resultsCommands(
  globals: () => GlobalOptions,
  io: Pick<Output, 'stdout' | 'stderr'>,
): Command[] {
  const results = new Command('results')
    .description('hasil peserta: gap, JPM, kategori, peringkat, dan kelulusan')
    .requiredOption('--program <kode>', 'kode program')
    .action(async (flags: { program: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const program = await programByCode(call, flags.program);
        const list = await call('results:list', { programId: program.id });
        printResult(out, list.candidates.map(resultForScripts), () => resultsTable(list));
      });
    });

  const agree = new Command('agree')
    .description('mencatat level yang disepakati rapat integrasi untuk satu kompetensi')
    .requiredOption('--program <kode>', 'kode program')
    .requiredOption('--nip <nip>', 'NIP peserta')
    .requiredOption('--competency <kode>', 'kode kompetensi, mis. M.1')
    .requiredOption('--level <n>', 'level yang disepakati (1–5)', parseLevel)
    .option(
      '--reason <teks>',
      'alasan (wajib bila berbeda dari semua penilaian atau selisihnya 2 level atau lebih)',
      '',
    )
    .action(
      async (flags: { program: string; nip: string; competency: string; level: number; reason: string }) => {
        const out = outputFor(globals(), io);
        await withApp(globals(), out, async (call) => {
          const program = await programByCode(call, flags.program);
          const candidate = await candidateByNip(call, program.id, flags.nip);
          const before = await call('results:integration', {
            programId: program.id,
            candidateId: candidate.id,
          });
          const code = flags.competency.trim().toUpperCase();
          const competency = before.competencies.find((c) => c.code === code);
          if (!competency) {
            const known = before.competencies.map((c) => c.code).join(', ');
            throw new CliUserError(
              'competency-not-rated',
              `Kompetensi ${code} tidak dinilai di program ini. Pilih salah satu: ${known}.`,
            );
          }
          const view = await call('results:agree', {
            programId: program.id,
            candidateId: candidate.id,
            competencyId: competency.competencyId,
            level: flags.level,
            rationale: flags.reason,
          });
          const agreed = view.competencies.find((c) => c.competencyId === competency.competencyId);
          printResult(
            out,
            {
              nip: candidate.nip,
              competency: code,
              agreed: agreed?.agreed ?? null,
              result: resultForScripts(view.result),
            },
            () =>
              `${candidate.name}: ${code} disepakati level ${flags.level}. ` +
              `JPM ${formatJpmId(view.result.jpm)}, status ${CANDIDATE_STATUS_LABELS[view.result.status]}` +
              (view.result.rank === null ? '.' : `, peringkat ${view.result.rank}.`),
          );
        });
      },
    );

  const agreement = new Command('agreement')
    .description('statistik kesepakatan antarasesor')
    .requiredOption('--program <kode>', 'kode program')
    .action(async (flags: { program: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const program = await programByCode(call, flags.program);
        const stats = await call('results:agreement', { programId: program.id });
        printResult(out, stats, () =>
          [
            `${stats.counts.ratings} penilaian, ${stats.counts.subjects} peserta, ${stats.counts.assessors} asesor.`,
            `${AGREEMENT_EXPLANATIONS.exact.title}: ${percentOrDash(stats.overall.exactPercent)}; ` +
              `${AGREEMENT_EXPLANATIONS.adjacent.title}: ${percentOrDash(stats.overall.adjacentPercent)}.`,
            `AC2: ${coefficient(stats.overall.ac2)}; alpha ordinal: ${coefficient(stats.overall.alphaOrdinal)} ` +
              `(${describeAlpha(stats.overall.alphaOrdinal).label}).`,
            '',
            table(
              ['KOMPETENSI', 'SAMA', '±1', 'AC2', 'ALPHA'],
              stats.competencies.map((c) => [
                `${c.code} ${c.name}`,
                percentOrDash(c.exactPercent),
                percentOrDash(c.adjacentPercent),
                coefficient(c.ac2),
                coefficient(c.alphaOrdinal),
              ]),
            ),
            '',
            table(
              ['ASESOR', 'PENILAIAN', 'RATA-RATA SELISIH', 'SAMA DGN KESEPAKATAN'],
              stats.assessors.map((a) => [
                a.name,
                String(a.ratings),
                a.meanDeviation === null ? '-' : a.meanDeviation.toFixed(2).replace('.', ','),
                percentOrDash(a.matchPercent),
              ]),
            ),
          ].join('\n'),
        );
      });
    });

  const finalize = new Command('finalize')
    .description('mengunci hasil program (nilai dan level yang disepakati tidak dapat diubah lagi)')
    .requiredOption('--program <kode>', 'kode program')
    .action(async (flags: { program: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const program = await programByCode(call, flags.program);
        const settings = await call('results:finalize', { programId: program.id });
        const summary = await call('results:list', { programId: program.id });
        printResult(out, { ...settings, counts: summary.counts }, () =>
          [
            `Hasil program ${program.code} final sejak ${settings.finalizedAt}.`,
            `${summary.counts.complete} lengkap, ${summary.counts.incomplete} belum lengkap, ${summary.counts.absent} tidak hadir; ${summary.counts.passed} lulus.`,
          ].join('\n'),
        );
      });
    });

  return [results, agree, agreement, finalize];
}
