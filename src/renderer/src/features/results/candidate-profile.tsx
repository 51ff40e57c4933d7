import { Badge, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CandidateResult } from '../../../../shared/contract';
import { formatNumberId } from '../../../../shared/domain/jpm';
import { formatNip } from '../../../../shared/domain/nip';
import { ProfileChart } from './profile-chart';
import {
  CategoryBadge,
  formatGap,
  formatScore,
  gapColor,
  STATUS_COLORS,
  type ScoreKind,
} from './result-format';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={700} component="div" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </div>
  );
}

/** One candidate's result: the figures, the competency chart and the table behind it. */
function ProfileBody({ candidate, scoreKind }: { candidate: CandidateResult; scoreKind: ScoreKind }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" c="dimmed">
          {candidate.participantNo} · {formatNip(candidate.nip)}
        </Text>
        <Text size="sm">
          {candidate.position}
          {candidate.grade ? ` · ${candidate.grade}` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          {candidate.unit}
        </Text>
      </div>
      <Group gap="xl" align="flex-start">
        <Fact label={scoreKind === 'jpm' ? t('results.profile.jpm') : t('results.profile.score')}>
          {formatScore(candidate.score, scoreKind)}
        </Fact>
        <Fact label={t('results.profile.category')}>
          {candidate.category ? <CategoryBadge category={candidate.category} size="lg" full /> : '—'}
        </Fact>
        <Fact label={t('results.profile.rank')}>{candidate.rank ?? '—'}</Fact>
        <Fact label={t('results.profile.passed')}>
          {candidate.passed === null ? (
            <Badge color={STATUS_COLORS[candidate.status]} variant="light">
              {t(`results.status.${candidate.status}`)}
            </Badge>
          ) : candidate.passed ? (
            t('results.table.yes')
          ) : (
            t('results.table.no')
          )}
        </Fact>
      </Group>
      {candidate.competencies.length > 0 && (
        <>
          <Title order={3} size="h5">
            {t('results.profile.title')}
          </Title>
          <ProfileChart candidate={candidate} />
          <Table striped withTableBorder fz="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.profile.competency')}</Table.Th>
                <Table.Th ta="right">{t('results.profile.standard')}</Table.Th>
                <Table.Th ta="right">{t('results.profile.achieved')}</Table.Th>
                <Table.Th ta="right">{t('results.profile.gap')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidate.competencies.map((c) => (
                <Table.Tr key={c.competencyId}>
                  <Table.Td>
                    <Text span fw={600} size="sm" mr={6}>
                      {c.code}
                    </Text>
                    {c.name}
                  </Table.Td>
                  <Table.Td ta="right">{c.standard ?? '—'}</Table.Td>
                  <Table.Td ta="right">
                    {c.achieved ?? (
                      <Text span size="xs" c="orange.8">
                        {t('results.profile.notAgreed')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" c={gapColor(c.gap)} fw={600}>
                    {formatGap(c.gap)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('results.profile.total')}</Table.Th>
                <Table.Th ta="right">{candidate.totalStandard ?? '—'}</Table.Th>
                <Table.Th ta="right">{candidate.totalAchieved ?? '—'}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </>
      )}
      {candidate.rubrics.length > 0 && (
        <>
          <Title order={3} size="h5">
            {t('results.profile.rubrics')}
          </Title>
          <Table withTableBorder fz="sm" verticalSpacing={4}>
            <Table.Tbody>
              {candidate.rubrics.map((r) => (
                <Table.Tr key={r.methodId}>
                  <Table.Td>
                    <Text span fw={600} size="sm" mr={6}>
                      {r.methodCode}
                    </Text>
                    {r.name}
                  </Table.Td>
                  <Table.Td ta="right">
                    {r.score === null
                      ? '—'
                      : t('results.profile.rubricScore', {
                          score: formatNumberId(r.score, 1),
                          max: formatNumberId(r.scaleMax, 0),
                        })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <div>
        <Text size="xs" c="dimmed" fw={600}>
          {t('results.profile.assessors')}
        </Text>
        {candidate.assessors.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('results.profile.noAssessors')}
          </Text>
        ) : (
          <Group gap={6} mt={4}>
            {candidate.assessors.map((name) => (
              <Badge key={name} variant="light" color="gray" tt="none">
                {name}
              </Badge>
            ))}
          </Group>
        )}
      </div>
    </Stack>
  );
}

interface CandidateProfileProps {
  /** Kept after closing, so the panel does not go blank while it slides away. */
  candidate: CandidateResult | null;
  opened: boolean;
  scoreKind: ScoreKind;
  onClose: () => void;
}

/** The competency profile of the candidate picked in the table, in a panel over its right side. */
export function CandidateProfile({ candidate, opened, scoreKind, onClose }: CandidateProfileProps) {
  return (
    <Drawer
      opened={opened && candidate !== null}
      onClose={onClose}
      position="right"
      size={560}
      title={
        <Text fw={700} size="lg">
          {candidate?.name}
        </Text>
      }
    >
      {candidate && <ProfileBody candidate={candidate} scoreKind={scoreKind} />}
    </Drawer>
  );
}
