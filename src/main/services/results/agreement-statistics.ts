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
  // Ids become strings once each (the report indexes by string), not once per rating.
  const subjectIds = inputs.candidates.map((c) => String(c.id));
  const competencyIds = inputs.competencies.map((c) => String(c.id));
  const assessorIds = new Map<number, string>();
  const assessorKey = (id: number) => {
    let key = assessorIds.get(id);
    if (key === undefined) {
      key = String(id);
      assessorIds.set(id, key);
    }
    return key;
  };
  const K = inputs.competencies.length;
  const ratings: RatingRecord[] = [];
  const agreed: AgreedRecord[] = [];
  for (let unit = 0; unit < inputs.raters.length; unit++) {
    const pairs = inputs.raters[unit];
    const subjectId = subjectIds[Math.floor(unit / K)] as string;
    const competency = competencyIds[unit % K] as string;
    if (pairs) {
      // Pairs are [assessorId, level, …]; an assessor seen twice in the unit rated it in two methods.
      const byAssessor = new Map<number, number[]>();
      for (let i = 0; i < pairs.length; i += 2) {
        const assessor = pairs[i] as number;
        const levels = byAssessor.get(assessor);
        if (levels) levels.push(pairs[i + 1] as number);
        else byAssessor.set(assessor, [pairs[i + 1] as number]);
      }
      for (const [assessor, levels] of byAssessor) {
        ratings.push({
          subjectId,
          competency,
          assessorId: assessorKey(assessor),
          level: meanLevel(levels) as number,
        });
      }
    }
    const level = agreedLevelOf(inputs.settings, inputs.levels[unit] ?? [], inputs.recorded[unit]);
    if (level) agreed.push({ subjectId, competency, level: level.level });
  }

  const report = agreementReport(ratings, agreed);
  const competencyById = new Map(inputs.competencies.map((c) => [String(c.id), c]));
  const nameOf = (id: string) => inputs.assessorNames.get(Number(id)) ?? id;
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
