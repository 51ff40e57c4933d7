import { Alert, Badge, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgreementStatistics } from '../../../../shared/contract';
import {
  describeAlpha,
  describeKappa,
  type AgreementStatistic,
} from '../../../../shared/domain/agreement-text';
import { formatPercentId } from '../../../../shared/domain/jpm';
import { useSettledQuery } from './use-settled-query';
import { ErrorAlert } from '../../components/error-alert';
import { AssessorTable, CompetencyTable, formatCoefficient, PairTable } from './agreement-tables';

/** Green for reliable/strong agreement, amber for tentative, red below; grey when not computable. */
const BAND_COLORS: Record<string, string> = {
  reliable: 'teal',
  'almost-perfect': 'teal',
  substantial: 'teal',
  tentative: 'yellow',
  moderate: 'yellow',
  fair: 'orange',
  slight: 'red',
  poor: 'red',
  unreliable: 'red',
  undefined: 'gray',
};

function StatCard({
  statistic,
  value,
  band,
  testId,
}: {
  statistic: AgreementStatistic;
  value: string;
  /** The band's words, already translated. */
  band?: { band: string; label: string };
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Text size="sm" fw={600}>
        {t(`results.agreement.explanations.${statistic}.title`)}
      </Text>
      <Group gap="sm" align="baseline" mt={2}>
        <Text fz={28} fw={700} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Text>
        {band && (
          <Badge color={BAND_COLORS[band.band] ?? 'gray'} variant="light">
            {band.label}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        {t(`results.agreement.explanations.${statistic}.explanation`)}
      </Text>
    </Paper>
  );
}

function Section({
  title,
  explanation,
  children,
}: {
  title: string;
  explanation?: string;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5">
        {title}
      </Title>
      {explanation && (
        <Text size="xs" c="dimmed" mb="sm">
          {explanation}
        </Text>
      )}
      {children}
    </Paper>
  );
}

function SpreadCounts({ counts }: { counts: number[] }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {counts.map((count, spread) => (
        <Badge
          key={spread}
          size="lg"
          variant={spread >= 2 && count > 0 ? 'filled' : 'light'}
          color={count === 0 ? 'gray' : spread >= 2 ? 'red' : spread === 1 ? 'yellow' : 'teal'}
          data-testid={`spread-${spread}`}
        >
          {t('results.agreement.spreadLevel', { spread: String(spread) })}:{' '}
          {t('results.agreement.spreadCount', { count })}
        </Badge>
      ))}
    </Group>
  );
}

function AgreementBody({ stats }: { stats: AgreementStatistics }) {
  const { t } = useTranslation();
  const kappaBand = (value: number | null) => {
    const { band } = describeKappa(value);
    return { band, label: t(`results.agreement.kappaBands.${band}`) };
  };
  const alphaBand = (value: number | null) => {
    const { band } = describeAlpha(value);
    return { band, label: t(`results.agreement.alphaBands.${band}`) };
  };
  const { overall } = stats;
  const percent = (value: number | null) => (value === null ? '—' : formatPercentId(value));
  return (
    <Stack gap="md">
      <div>
        <Title order={3} size="h4">
          {t('results.agreement.overall')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('results.agreement.counts', stats.counts)}
          {' · '}
          {t('results.agreement.pairableUnits', { units: overall.pairableUnits, all: overall.units })}
        </Text>
      </div>
      {overall.pairableUnits === 0 && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle />}>
          {t('results.agreement.notEnough')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, xl: 4 }} spacing="sm">
        <StatCard statistic="exact" value={percent(overall.exactPercent)} testId="agreement-exact" />
        <StatCard statistic="adjacent" value={percent(overall.adjacentPercent)} testId="agreement-adjacent" />
        <StatCard
          statistic="ac2"
          value={formatCoefficient(overall.ac2)}
          band={kappaBand(overall.ac2)}
          testId="agreement-ac2"
        />
        <StatCard
          statistic="alpha"
          value={formatCoefficient(overall.alphaOrdinal)}
          band={alphaBand(overall.alphaOrdinal)}
          testId="agreement-alpha"
        />
      </SimpleGrid>
      <Section
        title={t('results.agreement.spread')}
        explanation={t('results.agreement.explanations.spread.explanation')}
      >
        <SpreadCounts counts={overall.spreadCounts} />
      </Section>
      <Section title={t('results.agreement.perCompetency')}>
        <CompetencyTable stats={stats} />
      </Section>
      <Section
        title={t('results.agreement.perPair')}
        explanation={t('results.agreement.explanations.kappa.explanation')}
      >
        <PairTable stats={stats} />
      </Section>
      <Section
        title={t('results.agreement.perAssessor')}
        explanation={t('results.agreement.explanations.leniency.explanation')}
      >
        <AssessorTable stats={stats} />
      </Section>
    </Stack>
  );
}

/** Kesepakatan penilai: how well the assessors agree, in figures and in plain words. */
export function AgreementTab({ programId }: { programId: number }) {
  const stats = useSettledQuery('results:agreement', { programId }, programId);
  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      {stats.error ? (
        <ErrorAlert error={stats.error} onRetry={stats.refresh} />
      ) : stats.loading || !stats.data ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : (
        <AgreementBody stats={stats.data} />
      )}
    </div>
  );
}
