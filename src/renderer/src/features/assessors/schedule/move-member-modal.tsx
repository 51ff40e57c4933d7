import { Modal, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateGroup, GroupMember, Schedule } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { notifySuccess } from '../../../lib/notify';
import { notifyWarnings } from '../shared/notify-warnings';
import { ModalFooter } from '../shared/modal-footer';

export interface MoveRequest {
  member: GroupMember;
  /** null: the candidate is in no group yet. */
  from: CandidateGroup | null;
}

export function MoveMemberModal({
  opened,
  request,
  schedule,
  onClose,
}: {
  opened: boolean;
  request: MoveRequest | null;
  schedule: Schedule;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={t('assessors.groups.moveTitle')}
      size={520}
    >
      {request && <MoveForm request={request} schedule={schedule} onDone={onClose} />}
    </Modal>
  );
}

function MoveForm({
  request,
  schedule,
  onDone,
}: {
  request: MoveRequest;
  schedule: Schedule;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { member, from } = request;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) {
      setError(t('assessors.groups.targetRequired'));
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      const result = await api.invoke('schedule:move-member', {
        candidateId: member.candidateId,
        groupId: Number(target),
      });
      notifySuccess(t('assessors.groups.moved', { name: member.name, group: result.to.name }));
      notifyWarnings(result.warnings, t);
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
        <div>
          <Text fw={600}>
            {member.participantNo} · {member.name}
          </Text>
          <Text size="sm" c="dimmed">
            {[member.positionLevel, member.unit].filter(Boolean).join(' · ')}
          </Text>
          <Text size="sm" mt={4}>
            {from
              ? t('assessors.groups.currentlyIn', { name: from.name })
              : t('assessors.groups.currentlyNone')}
          </Text>
        </div>
        <Select
          label={t('assessors.groups.target')}
          placeholder={t('assessors.groups.targetPlaceholder')}
          searchable
          data-autofocus
          data={schedule.groups
            .filter((g) => g.id !== from?.id)
            .map((g) => ({
              value: String(g.id),
              label: `${g.name} (${t('assessors.schedule.members', { count: g.members.length })})`,
            }))}
          value={target}
          error={error}
          onChange={(value) => {
            setTarget(value);
            setError(null);
          }}
          comboboxProps={{ withinPortal: true }}
        />
        <ModalFooter
          error={formError}
          busy={busy}
          submitLabel={t('assessors.groups.moveSubmit')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
