import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreSheet } from '../../../../shared/contract';
import { toApiError, type ApiError } from '../../api/api-error';
import type { RowValue } from './competency-row';
import { isExtreme } from './format';
import classes from './scoring.module.css';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface SubmitDialogProps {
  sheet: ScoreSheet;
  values: RowValue[];
  opened: boolean;
  /** A save is still on its way: the server would judge the sheet without it. */
  waiting: boolean;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}

/** "Kirim lembar" with every level on one page: the last look before the sheet locks. */
export function SubmitDialog({ sheet, values, opened, waiting, onClose, onConfirm }: SubmitDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const incomplete = values.some((v) => v.level === null);
  const waitingRef = useRef(waiting);
  useEffect(() => {
    waitingRef.current = waiting;
  }, [waiting]);

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      // A note flushed as this dialog took the focus may still be on its way; let it land first.
      for (let tries = 0; waitingRef.current && tries < 100; tries++) await delay(100);
      await onConfirm();
      close();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('scoring.submit.title')}
      centered
      size="lg"
      closeOnClickOutside={!busy}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('scoring.submit.intro', { name: sheet.candidate.name, method: sheet.method.name })}
        </Text>
        <Table withTableBorder verticalSpacing={4} aria-label={t('scoring.submit.title')}>
          <Table.Tbody>
            {sheet.competencies.map((competency, i) => {
              const value = values[i];
              const level = competency.levels.find((l) => l.level === value?.level);
              const bare = value !== undefined && isExtreme(value.level) && value.evidence.trim() === '';
              return (
                <Table.Tr key={competency.id}>
                  <Table.Td w={64} fw={600}>
                    {competency.code}
                  </Table.Td>
                  <Table.Td>{competency.name}</Table.Td>
                  <Table.Td w={260}>
                    {level ? (
                      <Text size="sm" fw={600} c={bare ? 'orange.8' : undefined}>
                        {level.level} · {level.title}
                        {bare && ` — ${t('scoring.sheet.extremeNeedsNote')}`}
                      </Text>
                    ) : (
                      <span className={classes.unrated}>{t('scoring.sheet.unrated')}</span>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {incomplete && (
          <Alert color="orange" variant="light">
            {t('scoring.submit.incomplete')}
          </Alert>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error.message}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={busy} disabled={incomplete} data-autofocus>
            {t('scoring.submit.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface ReopenDialogProps {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
}

/** A lead assessor reopens a submitted sheet; the reason goes to the audit log. */
export function ReopenDialog({ opened, onClose, onConfirm }: ReopenDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const close = () => {
    setError(null);
    setReason('');
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      close();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('scoring.reopen.title')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <Stack gap="md">
          <Textarea
            label={t('scoring.reopen.reason')}
            description={t('scoring.reopen.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
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
            <Button type="submit" color="orange" loading={busy} disabled={reason.trim().length < 5}>
              {t('scoring.reopen.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
