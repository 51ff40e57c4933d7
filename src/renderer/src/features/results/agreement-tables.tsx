import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatistics } from '../../../../shared/contract';
import { describeKappa } from '../../../../shared/domain/agreement-text';
import { formatNumberId, formatPercentId } from '../../../../shared/domain/jpm';

/** A coefficient to three decimals ("0,812"); a dash when it cannot be computed. */
export function formatCoefficient(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : formatNumberId(value, 3);
}

const percent = (value: number | null) => (value === null ? '—' : formatPercentId(value));
/** A signed difference in levels: "+0,42", "−0,31". */
const signed = (value: number | null) =>
  value === null
    ? '—'
    : value > 0
      ? `+${formatNumberId(value, 2)}`
      : formatNumberId(value, 2).replace('-', '−');

/**
 * Within a quarter of a level of the agreed levels on average, an assessor counts as balanced:
 * one rating in four a level off either way is ordinary disagreement, not a habit.
 */
export const LENIENCY_MARGIN = 0.25;

export type Tendency = 'lenient' | 'strict' | 'balanced';

export function tendencyOf(meanDeviation: number): Tendency {
  if (meanDeviation > LENIENCY_MARGIN) return 'lenient';
  if (meanDeviation < -LENIENCY_MARGIN) return 'strict';
  return 'balanced';
}

const TENDENCY_COLORS: Record<Tendency, string> = { lenient: 'orange', strict: 'blue', balanced: 'gray' };

const num = { ta: 'right', style: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

/** Long tables scroll inside their section, with the header kept in view. */
function Scroll({ children }: { children: React.ReactNode }) {
  return <ScrollArea.Autosize mah={420}>{children}</ScrollArea.Autosize>;
}

export function CompetencyTable({ stats }: { stats: AgreementStatistics }) {
  const { t } = useTranslation();
  return (
    <Scroll>
      <Table
        striped
        stickyHeader
        fz="sm"
        verticalSpacing={4}
        aria-label={t('results.agreement.perCompetency')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.agreement.column.competency')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.units')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.exact')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.adjacent')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.ac2')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.alpha')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.competencies.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Td>
                <Text span fw={600} size="sm" mr={6}>
                  {c.code}
                </Text>
                {c.name}
              </Table.Td>
              <Table.Td {...num}>{c.pairableUnits}</Table.Td>
              <Table.Td {...num}>{percent(c.exactPercent)}</Table.Td>
              <Table.Td {...num}>{percent(c.adjacentPercent)}</Table.Td>
              <Table.Td {...num}>{formatCoefficient(c.ac2)}</Table.Td>
              <Table.Td {...num}>{formatCoefficient(c.alphaOrdinal)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Scroll>
  );
}

export function PairTable({ stats }: { stats: AgreementStatistics }) {
  const { t } = useTranslation();
  if (stats.pairs.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('results.agreement.noPairs')}
      </Text>
    );
  return (
    <Scroll>
      <Table striped stickyHeader fz="sm" verticalSpacing={4} aria-label={t('results.agreement.perPair')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.agreement.column.assessorA')}</Table.Th>
            <Table.Th>{t('results.agreement.column.assessorB')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.units')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.exact')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.adjacent')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.kappa')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.meanDifference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.pairs.map((pair) => {
            const band = t(`results.agreement.kappaBands.${describeKappa(pair.kappaQuadratic).band}`);
            return (
              <Table.Tr key={`${pair.assessorA}|${pair.assessorB}`}>
                <Table.Td>{pair.assessorA}</Table.Td>
                <Table.Td>{pair.assessorB}</Table.Td>
                <Table.Td {...num}>{pair.units}</Table.Td>
                <Table.Td {...num}>{percent(pair.exactPercent)}</Table.Td>
                <Table.Td {...num}>{percent(pair.adjacentPercent)}</Table.Td>
                <Table.Td {...num}>
                  {formatCoefficient(pair.kappaQuadratic)}
                  <Text span size="xs" c="dimmed" ml={6}>
                    {band}
                  </Text>
                </Table.Td>
                <Table.Td {...num}>{signed(pair.meanDifference)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Scroll>
  );
}

export function AssessorTable({ stats }: { stats: AgreementStatistics }) {
  const { t } = useTranslation();
  if (stats.assessors.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('results.agreement.noAssessors')}
      </Text>
    );
  return (
    <Scroll>
      <Table striped stickyHeader fz="sm" verticalSpacing={4} aria-label={t('results.agreement.perAssessor')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.agreement.column.assessor')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.ratings')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.meanDeviation')}</Table.Th>
            <Table.Th>{t('results.agreement.column.tendency')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.meanAbsoluteDeviation')}</Table.Th>
            <Table.Th {...num}>{t('results.agreement.column.match')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.assessors.map((assessor) => {
            const tendency = assessor.meanDeviation === null ? null : tendencyOf(assessor.meanDeviation);
            return (
              <Table.Tr key={assessor.name}>
                <Table.Td>{assessor.name}</Table.Td>
                <Table.Td {...num}>{assessor.ratings}</Table.Td>
                <Table.Td {...num}>{signed(assessor.meanDeviation)}</Table.Td>
                <Table.Td>
                  {tendency && (
                    <Badge size="sm" variant="light" color={TENDENCY_COLORS[tendency]}>
                      {t(`results.agreement.${tendency}`)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td {...num}>
                  {assessor.meanAbsoluteDeviation === null
                    ? '—'
                    : formatNumberId(assessor.meanAbsoluteDeviation, 2)}
                </Table.Td>
                <Table.Td {...num}>{percent(assessor.matchPercent)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Scroll>
  );
}
