import { Alert, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './modal-footer.module.css';

interface ModalFooterProps {
  /** The core's message when it is about no single field. */
  error: string | null;
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
  /** Extra actions on the left (a delete button). */
  left?: ReactNode;
}

/** Error line, then Cancel and the submit button; the form's submit event does the work. */
export function ModalFooter({ error, busy, submitLabel, onCancel, left }: ModalFooterProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" className={classes.footer}>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <Group gap="sm">{left}</Group>
        <Group gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
