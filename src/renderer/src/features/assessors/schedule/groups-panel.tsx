import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowsExchange, IconPlus, IconSearch, IconSparkles, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateGroup, GroupMember, Program, Schedule } from '../../../../../shared/contract';
import { GROUP_SIZE_MAX, GROUP_SIZE_MIN } from '../../../../../shared/domain/grouping';
import { useApi } from '../../../api/api-context';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { ScrollPane } from '../shared/scroll-pane';
import { FormGroupsModal } from './form-groups-modal';
import { MoveMemberModal, type MoveRequest } from './move-member-modal';
import { sessionLabel } from './session-label';

const matches = (member: GroupMember, words: string[]) => {
  const text = `${member.participantNo} ${member.name} ${member.unit}`.toLocaleLowerCase('id');
  return words.every((w) => text.includes(w));
};

/** The discussion groups: formed automatically, then adjusted by moving one member at a time. */
export function GroupsPanel({ program, schedule }: { program: Program; schedule: Schedule }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [formOpen, setFormOpen] = useState(false);
  const [move, setMove] = useState<MoveRequest | null>(null);
  const [moveOpen, setMoveOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);

  const words = useMemo(() => search.toLocaleLowerCase('id').split(/\s+/).filter(Boolean), [search]);
  const grouped = schedule.groups.reduce((sum, g) => sum + g.members.length, 0);
  const shownGroups =
    words.length === 0
      ? schedule.groups
      : schedule.groups.filter((g) => g.members.some((m) => matches(m, words)));
  const openMove = (member: GroupMember, from: CandidateGroup | null) => {
    setMove({ member, from });
    setMoveOpen(true);
  };

  const addGroup = async () => {
    setAdding(true);
    try {
      const group = await api.invoke('schedule:add-group', { programId: program.id });
      notifySuccess(t('assessors.groups.added', { name: group.name }));
    } catch (error) {
      notifyError(error);
    } finally {
      setAdding(false);
    }
  };

  const deleteGroup = async (group: CandidateGroup) => {
    try {
      await api.invoke('schedule:delete-group', { id: group.id });
      notifySuccess(t('assessors.groups.deleted', { name: group.name }));
    } catch (error) {
      notifyError(error);
    }
  };

  const sessionText = (id: number) => {
    const session = schedule.sessions.find((s) => s.id === id);
    return session ? sessionLabel(session, t, i18n.language) : '';
  };

  return (
    <>
      <Group justify="space-between" gap="sm" wrap="nowrap" mb="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Title order={3} size="h5">
            {t('assessors.groups.title')}
          </Title>
          <Text size="xs" c="dimmed" data-testid="groups-summary">
            {t('assessors.groups.summary', {
              count: schedule.groups.length,
              candidates: grouped,
              ungrouped: schedule.ungrouped.length,
            })}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button leftSection={<IconSparkles size={18} />} onClick={() => setFormOpen(true)}>
            {t('assessors.groups.form')}
          </Button>
          <Tooltip label={t('assessors.groups.add')}>
            <ActionIcon
              variant="light"
              size="lg"
              aria-label={t('assessors.groups.add')}
              loading={adding}
              onClick={() => void addGroup()}
            >
              <IconPlus size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <TextInput
        type="search"
        size="xs"
        mb="xs"
        aria-label={t('assessors.groups.searchLabel')}
        placeholder={t('assessors.groups.search')}
        leftSection={<IconSearch size={14} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <ScrollPane label={t('assessors.groups.title')} pr={4}>
        <Stack gap="sm">
          {schedule.ungrouped.length > 0 && (
            <Alert
              color="orange"
              variant="light"
              title={t('assessors.groups.ungroupedTitle', { count: schedule.ungrouped.length })}
            >
              <Text size="sm" mb={6}>
                {t('assessors.groups.ungroupedText')}
              </Text>
              <Stack gap={2}>
                {schedule.ungrouped
                  .filter((m) => words.length === 0 || matches(m, words))
                  .slice(0, 50)
                  .map((member) => (
                    <MemberRow
                      key={member.candidateId}
                      member={member}
                      onMove={() => openMove(member, null)}
                    />
                  ))}
              </Stack>
            </Alert>
          )}
          {schedule.groups.length === 0 && schedule.ungrouped.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" p="lg">
              {t('assessors.groups.noCandidates')}
            </Text>
          )}
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
            {shownGroups.map((group) => {
              const size = group.members.length;
              const outOfRange = size < GROUP_SIZE_MIN || size > GROUP_SIZE_MAX;
              return (
                <Card
                  key={group.id}
                  withBorder
                  padding="sm"
                  data-testid="group-card"
                  aria-label={group.name}
                  role="group"
                >
                  <Group justify="space-between" wrap="nowrap" gap="xs" mb={4}>
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={600} size="sm">
                        {group.name}
                      </Text>
                      <Tooltip
                        label={t('assessors.groups.sizeHint', {
                          min: String(GROUP_SIZE_MIN),
                          max: String(GROUP_SIZE_MAX),
                        })}
                        disabled={!outOfRange}
                      >
                        <Badge
                          size="sm"
                          variant={outOfRange ? 'filled' : 'default'}
                          color={outOfRange ? 'orange' : undefined}
                        >
                          {t('assessors.schedule.members', { count: size })}
                        </Badge>
                      </Tooltip>
                    </Group>
                    {size === 0 && (
                      <Tooltip label={t('assessors.groups.delete')}>
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          color="red"
                          aria-label={t('assessors.groups.deleteLabel', { name: group.name })}
                          onClick={() => void deleteGroup(group)}
                        >
                          <IconTrash size={14} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                  <Text
                    size="xs"
                    c={group.sessionIds.length === 0 ? 'orange.8' : 'dimmed'}
                    mb={6}
                    lineClamp={2}
                  >
                    {group.sessionIds.length === 0
                      ? t('assessors.groups.notScheduled')
                      : group.sessionIds.map(sessionText).join('; ')}
                  </Text>
                  <Stack gap={2}>
                    {group.members.map((member) => (
                      <MemberRow
                        key={member.candidateId}
                        member={member}
                        dimmed={words.length > 0 && !matches(member, words)}
                        onMove={() => openMove(member, group)}
                      />
                    ))}
                  </Stack>
                </Card>
              );
            })}
          </SimpleGrid>
          {words.length > 0 && shownGroups.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" p="lg">
              {t('assessors.groups.noMatch')}
            </Text>
          )}
        </Stack>
      </ScrollPane>
      <FormGroupsModal
        opened={formOpen}
        program={program}
        hasGroups={schedule.groups.length > 0}
        onClose={() => setFormOpen(false)}
      />
      <MoveMemberModal
        opened={moveOpen}
        request={move}
        schedule={schedule}
        onClose={() => setMoveOpen(false)}
      />
    </>
  );
}

function MemberRow({
  member,
  dimmed = false,
  onMove,
}: {
  member: GroupMember;
  dimmed?: boolean;
  onMove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group
      gap={6}
      wrap="nowrap"
      style={{ opacity: dimmed ? 0.35 : 1 }}
      data-testid="group-member"
      data-level={member.positionLevel}
    >
      <Text size="sm" c="dimmed" w={38} style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
        {member.participantNo}
      </Text>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" truncate title={member.name}>
          {member.name}
        </Text>
        <Text size="xs" c="dimmed" truncate title={`${member.positionLevel} · ${member.unit}`}>
          {[member.positionLevel, member.unit].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <Tooltip label={t('assessors.groups.move')}>
        <ActionIcon
          size="sm"
          variant="subtle"
          aria-label={t('assessors.groups.moveLabel', { name: member.name })}
          onClick={onMove}
        >
          <IconArrowsExchange size={14} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
