import { Alert, Badge, Checkbox, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessor } from '../../../../../shared/contract';
import { sameAgency } from '../../../../../shared/domain/assignment';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { notifySuccess } from '../../../lib/notify';
import { ModalFooter } from '../shared/modal-footer';
import { notifyWarnings } from '../shared/notify-warnings';
import type { Slot } from './slots';

interface AssignModalProps {
  opened: boolean;
  slot: Slot | null;
  assessors: Assessor[];
  loads: Map<number, number>;
  perCandidate: number;
  onClose: () => void;
}

/** Choose the assessors of one candidate in one method by hand; a conflict is allowed but shown. */
export function AssignModal({ opened, slot, onClose, ...rest }: AssignModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={
        slot
          ? t('assessors.assign.modalTitle', {
              no: slot.participantNo,
              name: slot.candidateName,
              method: slot.methodCode,
            })
          : ''
      }
      size={640}
      closeOnClickOutside={false}
    >
      {slot && <AssignForm slot={slot} onDone={onClose} {...rest} />}
    </Modal>
  );
}

function AssignForm({
  slot,
  assessors,
  loads,
  perCandidate,
  onDone,
}: Omit<AssignModalProps, 'opened' | 'onClose' | 'slot'> & { slot: Slot; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(slot.rows.map((r) => r.assessorId)));
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scored = new Set(slot.rows.filter((r) => r.scored).map((r) => r.assessorId));
  const conflicting = assessors.filter((a) => chosen.has(a.id) && sameAgency(a.unit, slot.candidateUnit));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(null);
    try {
      const result = await api.invoke('assign:set', {
        candidateId: slot.candidateId,
        methodId: slot.methodId,
        assessorIds: assessors.filter((a) => chosen.has(a.id)).map((a) => a.id),
      });
      notifySuccess(t('assessors.assign.saved', { no: slot.participantNo, method: slot.methodCode }));
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
        <Text size="sm" c="dimmed">
          {t('assessors.assign.candidateUnit', { unit: slot.candidateUnit || '–' })}
        </Text>
        <ScrollArea.Autosize mah="46vh" type="auto">
          <Stack gap={8} pr="sm">
            {assessors.map((assessor) => {
              const conflict = sameAgency(assessor.unit, slot.candidateUnit);
              const locked = scored.has(assessor.id);
              return (
                <Checkbox
                  key={assessor.id}
                  checked={chosen.has(assessor.id)}
                  disabled={locked}
                  color={conflict ? 'red' : undefined}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    setChosen((current) => {
                      const next = new Set(current);
                      if (on) next.add(assessor.id);
                      else next.delete(assessor.id);
                      return next;
                    });
                  }}
                  label={
                    <Group gap={6}>
                      <Text size="sm" fw={500}>
                        {assessor.name}
                      </Text>
                      {conflict && (
                        <Badge
                          size="sm"
                          color="red"
                          variant="light"
                          leftSection={<IconAlertTriangle size={12} />}
                        >
                          {t('assessors.assign.sameAgency')}
                        </Badge>
                      )}
                      {locked && (
                        <Badge size="sm" color="teal" variant="light">
                          {t('assessors.assign.alreadyScored')}
                        </Badge>
                      )}
                    </Group>
                  }
                  description={t('assessors.assign.assessorLine', {
                    unit: assessor.unit || t('assessors.people.noUnit'),
                    count: loads.get(assessor.id) ?? 0,
                  })}
                />
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
        {conflicting.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle />}
            role="alert"
            title={t('assessors.assign.conflictTitle')}
          >
            {t('assessors.assign.conflictWarning', {
              names: conflicting.map((a) => a.name).join(', '),
              unit: slot.candidateUnit,
            })}
          </Alert>
        )}
        {chosen.size < perCandidate && (
          <Alert color="orange" variant="light">
            {t('assessors.assign.belowWarning', { count: chosen.size, needed: perCandidate })}
          </Alert>
        )}
        <ModalFooter
          error={formError}
          busy={busy}
          submitLabel={conflicting.length > 0 ? t('assessors.assign.saveAnyway') : t('assessors.common.save')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
