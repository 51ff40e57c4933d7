/**
 * Job `reports:render`: the individual assessment report of one candidate or of many, as one PDF.
 * Unlike certificates, a report is not frozen: it shows the results as they are now.
 */
import type { OpParsedInput } from '../../../shared/contract';
import { compareNatural } from '../../../shared/domain/natural-order';
import { AppError } from '../../../shared/errors';
import type { ReportRenderResult } from '../../../shared/schemas/certificates';
import type { Program } from '../../../shared/schemas/programs';
import type { CandidateResult } from '../../../shared/schemas/results';
import { createAssessorsRepo } from '../../db/repos/assessors.repo';
import { createProgramsRepo } from '../../db/repos/programs.repo';
import { renderReportsPdf, type ReportData } from '../../documents/pdf/render-report';
import type { JobContext } from '../../jobs/job-types';
import { createFilesService } from '../files.service';
import { computeProgramResults } from '../results/compute-results';
import { sanitiseFileName } from './file-names';

type ReportInput = OpParsedInput<'reports:render'>;

/**
 * The assessor who answers for a candidate's report: the programme's lead assessor when they
 * scored the candidate, else the first of the candidate's assessors, else the lead assessor.
 */
export function responsibleAssessor(
  result: Pick<CandidateResult, 'assessors'>,
  leads: readonly string[],
): string {
  return leads.find((lead) => result.assessors.includes(lead)) ?? result.assessors[0] ?? leads[0] ?? '';
}

export function reportData(
  program: Program,
  results: readonly CandidateResult[],
  leads: readonly string[],
): ReportData[] {
  return results.map((candidate) => ({
    program: {
      name: program.name,
      purpose: program.purpose,
      organiser: program.organiser,
      startDate: program.startDate,
      city: program.city,
      signatory: program.signatory,
    },
    candidate,
    responsibleAssessor: responsibleAssessor(candidate, leads),
  }));
}

export async function runReportsRenderJob(ctx: JobContext<ReportInput>): Promise<ReportRenderResult> {
  const { db, input } = ctx;
  const program = createProgramsRepo(db).get(input.programId);
  if (!program) throw new AppError('not-found');
  const all = computeProgramResults(db, input.programId).candidates;
  let chosen: CandidateResult[];
  if (input.candidateIds) {
    const byId = new Map(all.map((c) => [c.candidateId, c]));
    chosen = [...new Set(input.candidateIds)].map((id) => {
      const found = byId.get(id);
      if (!found) throw new AppError('not-found', 'Peserta yang dipilih tidak ditemukan di program ini.');
      return found;
    });
  } else {
    chosen = [...all];
  }
  if (chosen.length === 0) throw new AppError('not-found', 'Program ini belum punya peserta.');
  chosen.sort((a, b) => compareNatural(a.participantNo, b.participantNo));
  const leads = createAssessorsRepo(db)
    .list(input.programId)
    .filter((a) => a.role === 'lead')
    .map((a) => a.name);

  const total = chosen.length;
  ctx.progress(0, total, 'menyusun laporan');
  const pdf = await renderReportsPdf(reportData(program, chosen, leads), {
    createdAt: ctx.now(),
    title: total === 1 ? `Laporan individu ${chosen[0]?.name ?? ''}` : `Laporan individu ${program.name}`,
    onPage: (done) => ctx.progress(done, total, 'menyusun laporan'),
    checkCancelled: () => ctx.checkCancelled(),
  });
  const single = total === 1 ? chosen[0] : undefined;
  const stem = single ? `laporan-${single.participantNo}-${single.name}` : `laporan-individu-${program.code}`;
  const stored = createFilesService(ctx.dataDir).saveDownload(`${sanitiseFileName(stem)}.pdf`, pdf);
  return {
    programId: input.programId,
    file: { id: stored.id, fileName: stored.fileName, size: stored.size },
    count: total,
  };
}
