import {
  Badge,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramResults, SelectionView } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { toApiError, type ApiError } from '../../api/api-error';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { notifyError, notifySuccess } from '../../lib/notify';
import { formatScore, type ScoreKind } from './result-format';
import { useSettledQuery } from './use-settled-query';

type Group = SelectionView['groups'][number];
type Member = Group['members'][number];

const OUT = 'out';

function MemberRow({
  member,
  groupNo,
  groupCount,
  scoreKind,
  onMove,
}: {
  member: Member;
  groupNo: number;
  groupCount: number;
  scoreKind: ScoreKind;
  onMove: (member: Member, groupNo: number | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" py={4} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Text
        size="xs"
        c="dimmed"
        w={22}
        ta="right"
        style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}
      >
        {member.rank ?? ''}
      </Text>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={500} truncate title={member.name}>
          {member.name}
        </Text>
        <Text size="xs" c="dimmed" truncate title={member.unit}>
          {member.participantNo} · {member.unit}
        </Text>
      </div>
      <Text size="sm" fw={600} style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}>
        {formatScore(member.score, scoreKind)}
      </Text>
      <NativeSelect
        size="xs"
        w={74}
        style={{ flex: 'none' }}
        aria-label={t('results.selection.moveTo', { name: member.name })}
        value={String(groupNo)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onMove(member, value === OUT ? null : Number(value));
        }}
        data={[
          ...Array.from({ length: groupCount }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
          { value: OUT, label: t('results.selection.out') },
        ]}
      />
    </Group>
  );
}

/**
 * "The best N into K groups": the form, then one card per group with its mean score and how many
 * agencies it mixes; any member can be moved to another group or taken out.
 */
export function SelectionTab({ results }: { results: ProgramResults }) {
  const { t } = useTranslation();
  const api = useApi();
  const programId = results.programId;
  const selection = useSettledQuery('results:selection', { programId }, programId);
  const complete = results.counts.complete;
  const [best, setBest] = useState<number | string>(Math.min(50, complete) || 1);
  const [groups, setGroups] = useState<number | string>(Math.min(10, complete) || 1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);

  const formed = selection.data?.groups ?? [];
  const n = typeof best === 'number' ? best : Number.NaN;
  const k = typeof groups === 'number' ? groups : Number.NaN;
  const valid = Number.isInteger(n) && Number.isInteger(k) && n >= 1 && k >= 1 && k <= n && n <= complete;

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const view = await api.invoke('results:select', { programId, best: n, groups: k });
      notifySuccess(t('results.selection.formed', { count: view.groups.length }));
      selection.refresh();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  const move = async (member: Member, groupNo: number | null) => {
    try {
      await api.invoke('results:move-selected', { programId, candidateId: member.candidateId, groupNo });
      notifySuccess(t('results.selection.moved', { name: member.name }));
      selection.refresh();
    } catch (caught) {
      notifyError(caught);
    }
  };

  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Paper withBorder p="md" mb="md">
        <Title order={3} size="h5">
          {t('results.selection.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('results.selection.text')}
        </Text>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('results.selection.best')}
            value={best}
            onChange={setBest}
            min={1}
            max={Math.max(1, complete)}
            allowDecimal={false}
            w={220}
            error={
              typeof best === 'number' && best > complete
                ? t('results.selection.tooFew', { count: complete })
                : undefined
            }
          />
          <NumberInput
            label={t('results.selection.groups')}
            value={groups}
            onChange={setGroups}
            min={1}
            max={typeof best === 'number' ? best : undefined}
            allowDecimal={false}
            w={200}
          />
          <Button
            leftSection={<IconUsersGroup size={18} />}
            disabled={!valid}
            loading={busy}
            onClick={() => (formed.length > 0 ? setConfirmOpen(true) : void run())}
          >
            {t('results.selection.run')}
          </Button>
        </Group>
        {error && (
          <div style={{ marginTop: 12 }}>
            <ErrorAlert error={error} />
          </div>
        )}
      </Paper>
      {selection.error ? (
        <ErrorAlert error={selection.error} onRetry={selection.refresh} />
      ) : selection.loading ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : formed.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {t('results.selection.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, lg: 3, xl: 4 }} spacing="sm">
          {formed.map((group) => (
            <Paper withBorder p="sm" key={group.groupNo} data-testid={`group-${group.groupNo}`}>
              <Group justify="space-between" wrap="nowrap" mb={4}>
                <Text fw={700}>{t('results.selection.group', { no: group.groupNo })}</Text>
                <Badge variant="light">
                  {t('results.selection.members', { count: group.members.length })}
                </Badge>
              </Group>
              <Group gap="xs" mb={6}>
                <Text size="xs" c="dimmed">
                  {t('results.selection.meanScore', {
                    score: formatScore(group.meanScore, results.scoreKind),
                  })}
                </Text>
                <Text size="xs" c="dimmed">
                  ·
                </Text>
                <Text size="xs" c="dimmed">
                  {t('results.selection.agencies', { count: group.agencies })}
                </Text>
              </Group>
              <Stack gap={0}>
                {group.members.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('results.selection.noMembers')}
                  </Text>
                ) : (
                  group.members.map((member) => (
                    <MemberRow
                      key={member.candidateId}
                      member={member}
                      groupNo={group.groupNo}
                      groupCount={formed.length}
                      scoreKind={results.scoreKind}
                      onMove={(m, to) => void move(m, to)}
                    />
                  ))
                )}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <ConfirmDialog
        opened={confirmOpen}
        title={t('results.selection.rerunConfirm.title')}
        message={t('results.selection.rerunConfirm.message')}
        confirmLabel={t('results.selection.rerunConfirm.confirm')}
        onConfirm={run}
        onClose={() => setConfirmOpen(false)}
      />
    </div>
  );
}
