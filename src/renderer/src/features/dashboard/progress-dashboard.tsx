import {
  Badge,
  Box,
  Center,
  Group,
  Loader,
  Paper,
  Progress,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Program, ProgressReport } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/error-alert';
import { formatTime } from '../scoring/format';
import { MissingCandidates } from './missing-candidates';
import { SheetTransfer } from './sheet-transfer';
import { useLiveProgress } from './use-live-progress';

const pct = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : 0);

function Stat({ id, label, value, color }: { id: string; label: string; value: string; color?: string }) {
  return (
    <Paper withBorder px="md" py="xs">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text
        size="xl"
        fw={700}
        c={color}
        data-testid={`total-${id}`}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Text>
    </Paper>
  );
}

function Totals({ report }: { report: ProgressReport }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  const { totals } = report;
  return (
    <SimpleGrid cols={6} spacing="sm">
      <Stat id="sheets" label={t('scoring.dashboard.totals.sheets')} value={n(totals.sheets)} />
      <Stat
        id="submitted"
        label={t('scoring.dashboard.totals.submitted')}
        value={n(totals.submitted)}
        color="teal.8"
      />
      <Stat
        id="in-progress"
        label={t('scoring.dashboard.totals.inProgress')}
        value={n(totals.inProgress)}
        color="yellow.8"
      />
      <Stat id="not-started" label={t('scoring.dashboard.totals.notStarted')} value={n(totals.notStarted)} />
      <Stat
        id="absent"
        label={t('scoring.dashboard.totals.absent')}
        value={n(totals.absent)}
        color="gray.6"
      />
      <Stat
        id="ratings"
        label={t('scoring.dashboard.totals.ratings')}
        value={`${n(totals.ratingsDone)} / ${n(totals.ratingsExpected)}`}
      />
    </SimpleGrid>
  );
}

function Assessors({ report }: { report: ProgressReport }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('scoring.dashboard.assessors')}
      </Title>
      <Stack gap="sm">
        {report.assessors.map((a) => {
          const whole = a.sheets - a.absent;
          return (
            <div key={a.assessorId} data-testid={`assessor-progress-${a.assessorId}`}>
              <Group gap={6} wrap="nowrap" mb={2}>
                <Text size="sm" fw={600} truncate>
                  {a.name}
                </Text>
                {a.role === 'lead' && (
                  <Badge size="xs" variant="light" style={{ flex: 'none' }}>
                    {t('scoring.signIn.lead')}
                  </Badge>
                )}
              </Group>
              <Progress.Root size="md" aria-label={t('scoring.dashboard.assessorProgress', { name: a.name })}>
                <Progress.Section value={pct(a.submitted, whole)} color="teal" />
                <Progress.Section value={pct(a.inProgress, whole)} color="yellow" />
              </Progress.Root>
              <Text size="xs" c="dimmed" mt={2} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {t('scoring.dashboard.assessorDone', { done: a.submitted, remaining: a.remaining })}
              </Text>
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}

function Sessions({ report }: { report: ProgressReport }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {t('scoring.dashboard.sessions')}
      </Title>
      {report.sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scoring.dashboard.sessionsEmpty')}
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('scoring.dashboard.session.when')}</Table.Th>
              <Table.Th>{t('scoring.dashboard.session.room')}</Table.Th>
              <Table.Th>{t('scoring.dashboard.session.method')}</Table.Th>
              <Table.Th ta="right">{t('scoring.dashboard.session.present')}</Table.Th>
              <Table.Th ta="right">{t('scoring.dashboard.session.absent')}</Table.Th>
              <Table.Th ta="right">{t('scoring.dashboard.session.sheets')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.sessions.map((s) => (
              <Table.Tr key={s.sessionId}>
                <Table.Td>
                  {s.day} {s.startTime}–{s.endTime}
                </Table.Td>
                <Table.Td>{s.room}</Table.Td>
                <Table.Td>{s.methodCode ?? '—'}</Table.Td>
                <Table.Td ta="right">
                  {s.present + s.late}/{s.candidates}
                </Table.Td>
                <Table.Td ta="right">{s.absent}</Table.Td>
                <Table.Td ta="right">
                  {s.submitted}/{s.sheets}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** The operator's view of the day: totals, each assessor, who is still missing, each session. */
export function ProgressDashboard({ program }: { program: Program }) {
  const { t } = useTranslation();
  const { data: report, error, refresh } = useLiveProgress(program.id);

  if (error) return <ErrorAlert error={error} onRetry={refresh} />;
  if (!report)
    return (
      <Center h="100%">
        <Stack align="center" gap="xs">
          <Loader />
          <Text c="dimmed">{t('scoring.dashboard.loading')}</Text>
        </Stack>
      </Center>
    );

  return (
    <Stack gap="sm" h="100%" style={{ minHeight: 0 }}>
      <Group justify="space-between">
        <Group gap="xs">
          <Badge color="teal" variant="dot">
            {t('scoring.dashboard.live')}
          </Badge>
          <Text size="xs" c="dimmed" aria-live="polite">
            {t('scoring.dashboard.updated', { time: formatTime(report.generatedAt) })}
          </Text>
        </Group>
        {report.totals.sheets === 0 && (
          <Text size="sm" c="orange.8">
            {t('scoring.dashboard.noAssignments')}
          </Text>
        )}
      </Group>
      <Totals report={report} />
      <Box style={{ flex: 1, minHeight: 0, display: 'flex', gap: 'var(--mantine-spacing-sm)' }}>
        <ScrollArea w={380} style={{ flex: 'none' }} type="auto" offsetScrollbars>
          <Stack gap="sm">
            <Assessors report={report} />
            <SheetTransfer programId={program.id} assessors={report.assessors} />
            <Sessions report={report} />
          </Stack>
        </ScrollArea>
        <Box style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          <MissingCandidates report={report} />
        </Box>
      </Box>
    </Stack>
  );
}
