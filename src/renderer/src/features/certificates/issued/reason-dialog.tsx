import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../api/api-error';

/** The core asks for at least this many characters (CertificateRevokeInput's reason). */
const MIN_REASON = 5;

interface ReasonDialogProps {
  opened: boolean;
  title: string;
  message: string;
  reasonLabel: string;
  placeholder: string;
  confirmLabel: string;
  /** The action; on failure the dialog stays open with the core's message. */
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** Revoking and re-issuing both need a reason, which is recorded and shown when verifying. */
export function ReasonDialog({
  opened,
  title,
  message,
  reasonLabel,
  placeholder,
  confirmLabel,
  onConfirm,
  onClose,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ready = reason.trim().length >= MIN_REASON;

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      close();
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} centered closeOnClickOutside={!busy} size="lg">
      <Stack gap="md">
        <Text size="sm">{message}</Text>
        <Textarea
          label={reasonLabel}
          description={t('certificates.issued.reasonHint')}
          placeholder={placeholder}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
        />
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={busy} disabled={!ready}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
