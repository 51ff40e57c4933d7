import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { toApiError, type ApiError } from '../../api/api-error';
import { useApiQuery } from '../../api/use-api-query';
import { notifySuccess } from '../../lib/notify';

const MIN_REASON = 10;

interface ReopenDialogProps {
  opened: boolean;
  programId: number;
  onReopened: () => void;
  onClose: () => void;
}

/**
 * Reopening final results takes two people: the admin at the laptop writes why, and a lead
 * assessor of the programme confirms with their own PIN. The server audits both.
 */
export function ReopenDialog({ opened, programId, onReopened, onClose }: ReopenDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const assessors = useApiQuery('auth:assessors', opened ? { programId } : null, { refreshOn: () => false });
  const leads = (assessors.data ?? []).filter((a) => a.role === 'lead');
  const [reason, setReason] = useState('');
  const [witness, setWitness] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const close = () => {
    setReason('');
    setWitness(null);
    setPin('');
    setError(null);
    onClose();
  };
  const left = MIN_REASON - reason.trim().length;
  const valid = left <= 0 && witness !== null && pin.length >= 4;

  const reopen = async () => {
    if (!valid) return;
    setBusy(true);
    setError(null);
    try {
      await api.invoke('results:reopen', {
        programId,
        reason: reason.trim(),
        witnessAssessorId: Number(witness),
        witnessPin: pin,
      });
      notifySuccess(t('results.reopen.done'));
      onReopened();
      close();
    } catch (caught) {
      setError(toApiError(caught));
      setPin('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('results.reopen.title')}
      centered
      closeOnClickOutside={!busy}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void reopen();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('results.reopen.text')}</Text>
          <Textarea
            label={t('results.reopen.reason')}
            placeholder={t('results.reopen.reasonPlaceholder')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            required
            data-autofocus
            description={left > 0 ? t('results.reopen.reasonShort', { count: left }) : undefined}
          />
          {assessors.data && leads.length === 0 ? (
            <Alert color="yellow" variant="light">
              {t('results.reopen.noLeads')}
            </Alert>
          ) : (
            <Select
              label={t('results.reopen.witness')}
              placeholder={t('results.reopen.witnessPlaceholder')}
              data={leads.map((lead) => ({ value: String(lead.id), label: lead.name }))}
              value={witness}
              onChange={setWitness}
              searchable
              required
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <PasswordInput
            label={t('results.reopen.pin')}
            value={pin}
            onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy} disabled={!valid}>
              {t('results.reopen.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
