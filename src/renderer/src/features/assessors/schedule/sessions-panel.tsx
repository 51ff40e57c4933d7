import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentMethod, Program, Schedule, ScheduleSession } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { notifySuccess } from '../../../lib/notify';
import { formatDay } from '../shared/format';
import { ScrollPane } from '../shared/scroll-pane';
import { sessionLabel } from './session-label';
import { SessionGroupsModal } from './session-groups-modal';
import { SessionModal } from './session-modal';

type Editing = { opened: boolean; session: ScheduleSession | null };

/** "Kelompok 1, 2, 3" rather than repeating the shared word of automatic group names. */
function groupList(names: string[]): string {
  const [first, ...rest] = names;
  if (first === undefined) return '';
  const prefix = /^(.*\s)\d+$/.exec(first)?.[1];
  if (prefix && rest.every((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))) {
    return `${first}, ${rest.map((name) => name.slice(prefix.length)).join(', ')}`.replace(/, $/, '');
  }
  return names.join(', ');
}

export function SessionsPanel({
  program,
  schedule,
  methods,
}: {
  program: Program;
  schedule: Schedule;
  methods: AssessmentMethod[];
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [editing, setEditing] = useState<Editing>({ opened: false, session: null });
  const [groupsFor, setGroupsFor] = useState<ScheduleSession | null>(null);
  const [groupsOpen, setGroupsOpen] = useState(false);
  const [deleting, setDeleting] = useState<ScheduleSession | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);

  const days = [...new Set(schedule.sessions.map((s) => s.day))].sort();
  const groupName = (id: number) => schedule.groups.find((g) => g.id === id)?.name ?? '';
  const methodName = (id: number | null) => methods.find((m) => m.id === id)?.name ?? '';
  const lastDay = days.at(-1) ?? program.startDate ?? '';

  return (
    <>
      <Group justify="space-between" gap="sm" wrap="nowrap" mb="xs">
        <Stack gap={0}>
          <Title order={3} size="h5">
            {t('assessors.schedule.sessionsTitle')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('assessors.schedule.sessionsSummary', { count: schedule.sessions.length, days: days.length })}
          </Text>
        </Stack>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={() => setEditing({ opened: true, session: null })}
        >
          {t('assessors.schedule.addSession')}
        </Button>
      </Group>
      <ScrollPane label={t('assessors.schedule.sessionsTitle')} pr={4}>
        {schedule.sessions.length === 0 ? (
          <Paper withBorder p="lg">
            <Text size="sm" c="dimmed" ta="center">
              {t('assessors.schedule.noSessions')}
            </Text>
          </Paper>
        ) : (
          <Stack gap="md">
            {days.map((day) => (
              <Stack key={day} gap={6}>
                <Text size="sm" fw={600} c="petrol.8">
                  {formatDay(day, i18n.language)}
                </Text>
                {schedule.sessions
                  .filter((s) => s.day === day)
                  .map((session) => (
                    <Paper
                      key={session.id}
                      withBorder
                      p="sm"
                      data-testid="session-card"
                      aria-label={sessionLabel(session, t, i18n.language)}
                      role="group"
                    >
                      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                        <Stack gap={2} style={{ minWidth: 0 }}>
                          <Group gap="xs" wrap="nowrap">
                            <Text
                              fw={600}
                              style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                            >
                              {session.start}–{session.end}
                            </Text>
                            {session.methodCode ? (
                              <Tooltip label={methodName(session.methodId)}>
                                <Badge variant="light" style={{ flexShrink: 0 }}>
                                  {session.methodCode}
                                </Badge>
                              </Tooltip>
                            ) : (
                              <Badge variant="default" style={{ flexShrink: 0 }}>
                                {t('assessors.schedule.noMethodShort')}
                              </Badge>
                            )}
                          </Group>
                          {session.room && (
                            <Text size="sm" c="dimmed" truncate title={session.room}>
                              {session.room}
                            </Text>
                          )}
                          <Text
                            size="xs"
                            c={session.groupIds.length === 0 ? 'orange.8' : 'dimmed'}
                            lineClamp={2}
                          >
                            {session.groupIds.length === 0
                              ? t('assessors.schedule.noGroupsYet')
                              : t('assessors.schedule.sessionGroups', {
                                  count: session.candidateCount,
                                  groups: groupList(session.groupIds.map(groupName)),
                                })}
                          </Text>
                        </Stack>
                        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                          <Button
                            size="xs"
                            variant="default"
                            leftSection={<IconUsersGroup size={14} />}
                            onClick={() => {
                              setGroupsFor(session);
                              setGroupsOpen(true);
                            }}
                          >
                            {t('assessors.schedule.chooseGroups')}
                          </Button>
                          <Tooltip label={t('assessors.schedule.editSession')}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('assessors.schedule.editSession')}
                              onClick={() => setEditing({ opened: true, session })}
                            >
                              <IconPencil size={16} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={t('assessors.schedule.deleteSession')}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('assessors.schedule.deleteSession')}
                              onClick={() => {
                                setDeleting(session);
                                setDeleteOpen(true);
                              }}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Group>
                    </Paper>
                  ))}
              </Stack>
            ))}
          </Stack>
        )}
      </ScrollPane>
      <SessionModal
        opened={editing.opened}
        program={program}
        session={editing.session}
        methods={methods}
        defaultDay={lastDay}
        onClose={() => setEditing((current) => ({ ...current, opened: false }))}
      />
      <SessionGroupsModal
        opened={groupsOpen}
        session={groupsFor}
        schedule={schedule}
        onClose={() => setGroupsOpen(false)}
      />
      <ConfirmDialog
        opened={deleteOpen}
        title={t('assessors.schedule.deleteTitle')}
        message={t('assessors.schedule.deleteMessage', {
          session: deleting ? sessionLabel(deleting, t, i18n.language) : '',
        })}
        confirmLabel={t('assessors.schedule.deleteSession')}
        color="red"
        onConfirm={async () => {
          if (!deleting) return;
          await api.invoke('schedule:delete-session', { id: deleting.id });
          notifySuccess(t('assessors.schedule.sessionDeleted'));
        }}
        onClose={() => setDeleteOpen(false)}
      />
    </>
  );
}
