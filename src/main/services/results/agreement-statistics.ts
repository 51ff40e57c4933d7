/**
 * Agreement statistics of a programme (issue 5 §4) from the database: the pure report of
 * src/shared/domain/agreement.ts over submitted ratings, with names for people to read.
 *
 * A unit is candidate × competency and a rater is an assessor. An assessor who rated the same
 * competency of a candidate in two methods counts once, with the mean of those ratings rounded
 * half up: the statistics ask how assessors agree with each other, not with themselves.
 */
import { agreementReport, type AgreedRecord, type RatingRecord } from '../../../shared/domain/agreement';
import { meanLevel } from '../../../shared/domain/reconcile';
import type { AgreementStatistics } from '../../../shared/schemas/results';
import type { Db } from '../../db/open';
import { agreedLevelOf, loadResultInputs, type ResultInputs } from './compute-results';

export function agreementFromInputs(programId: number, inputs: ResultInputs): AgreementStatistics {
  const byRater = new Map<
    string,
    { subjectId: string; competency: number; assessorId: string; levels: number[] }
  >();
  const assessorNames = new Map<string, string>();
  for (const row of inputs.submittedRows) {
    const assessorId = String(row.assessorId);
    assessorNames.set(assessorId, row.assessorName);
    const key = `${row.candidateId}:${row.competencyId}:${assessorId}`;
    const entry = byRater.get(key);
    if (entry) entry.levels.push(row.level as number);
    else
      byRater.set(key, {
        subjectId: String(row.candidateId),
        competency: row.competencyId,
        assessorId,
        levels: [row.level as number],
      });
  }
  const ratings: RatingRecord[] = [];
  for (const entry of byRater.values()) {
    ratings.push({
      subjectId: entry.subjectId,
      competency: String(entry.competency),
      assessorId: entry.assessorId,
      level: meanLevel(entry.levels) as number,
    });
  }

  const agreed: AgreedRecord[] = [];
  for (const candidate of inputs.candidates) {
    const submitted = inputs.submitted.get(candidate.id);
    const recorded = inputs.agreed.get(candidate.id);
    for (const competency of inputs.competencies) {
      const level = agreedLevelOf(
        inputs.settings,
        submitted?.get(competency.id) ?? [],
        recorded?.get(competency.id),
      );
      if (level)
        agreed.push({
          subjectId: String(candidate.id),
          competency: String(competency.id),
          level: level.level,
        });
    }
  }

  const report = agreementReport(ratings, agreed);
  const competencyById = new Map(inputs.competencies.map((c) => [String(c.id), c]));
  const nameOf = (id: string) => assessorNames.get(id) ?? id;
  return {
    programId,
    overall: report.overall,
    competencies: report.competencies.map(({ competency, ...block }) => ({
      ...block,
      code: competencyById.get(competency)?.code ?? competency,
      name: competencyById.get(competency)?.name ?? '',
    })),
    pairs: report.pairs.map(({ assessorA, assessorB, table: _table, ...pair }) => ({
      ...pair,
      assessorA: nameOf(assessorA),
      assessorB: nameOf(assessorB),
    })),
    assessors: report.assessors.map(({ assessorId, ...leniency }) => ({
      ...leniency,
      name: nameOf(assessorId),
    })),
    counts: report.counts,
  };
}

export function computeAgreementStatistics(db: Db, programId: number): AgreementStatistics {
  return agreementFromInputs(programId, loadResultInputs(db, programId));
}
