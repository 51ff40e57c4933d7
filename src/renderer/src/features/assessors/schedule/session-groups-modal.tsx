import { Badge, Button, Checkbox, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schedule, ScheduleSession } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { notifySuccess } from '../../../lib/notify';
import { ModalFooter } from '../shared/modal-footer';
import { sessionLabel } from './session-label';

/** Which groups a session hosts: tick the groups; a group cannot be in two places at once. */
export function SessionGroupsModal({
  opened,
  session,
  schedule,
  onClose,
}: {
  opened: boolean;
  session: ScheduleSession | null;
  schedule: Schedule;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={t('assessors.schedule.groupsTitle', {
        session: session ? sessionLabel(session, t, i18n.language) : '',
      })}
      size={620}
      closeOnClickOutside={false}
    >
      {session && <SessionGroupsForm session={session} schedule={schedule} onDone={onClose} />}
    </Modal>
  );
}

function SessionGroupsForm({
  session,
  schedule,
  onDone,
}: {
  session: ScheduleSession;
  schedule: Schedule;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(session.groupIds));
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const otherSession = (id: number) => schedule.sessions.find((s) => s.id === id);
  const candidates = schedule.groups
    .filter((g) => chosen.has(g.id))
    .reduce((sum, g) => sum + g.members.length, 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(null);
    try {
      // Keep the order of the group list, so the attendance list reads Kelompok 1, 2, 3 …
      const groupIds = schedule.groups.filter((g) => chosen.has(g.id)).map((g) => g.id);
      await api.invoke('schedule:set-session-groups', { sessionId: session.id, groupIds });
      notifySuccess(t('assessors.schedule.groupsSaved', { count: groupIds.length }));
      onDone();
    } catch (caught) {
      setFormError(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" role="status">
            {t('assessors.schedule.groupsChosen', { count: chosen.size, candidates })}
          </Text>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => setChosen(new Set(schedule.groups.map((g) => g.id)))}
            >
              {t('assessors.schedule.selectAll')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setChosen(new Set())}>
              {t('assessors.schedule.selectNone')}
            </Button>
          </Group>
        </Group>
        {schedule.groups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('assessors.schedule.noGroups')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah="50vh" type="auto">
            <Stack gap={6} pr="sm">
              {schedule.groups.map((group) => {
                const elsewhere = group.sessionIds
                  .filter((id) => id !== session.id)
                  .map(otherSession)
                  .filter((s): s is ScheduleSession => s !== undefined);
                return (
                  <Checkbox
                    key={group.id}
                    checked={chosen.has(group.id)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setChosen((current) => {
                        const next = new Set(current);
                        if (on) next.add(group.id);
                        else next.delete(group.id);
                        return next;
                      });
                    }}
                    label={
                      <Group gap="xs">
                        <Text size="sm" fw={500}>
                          {group.name}
                        </Text>
                        <Badge size="sm" variant="default">
                          {t('assessors.schedule.members', { count: group.members.length })}
                        </Badge>
                      </Group>
                    }
                    description={
                      elsewhere.length > 0
                        ? t('assessors.schedule.alsoIn', {
                            sessions: elsewhere.map((s) => sessionLabel(s, t, i18n.language)).join('; '),
                          })
                        : undefined
                    }
                  />
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <ModalFooter
          error={formError}
          busy={busy}
          submitLabel={t('assessors.common.save')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
