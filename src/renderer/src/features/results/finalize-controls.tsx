import { Badge, Button, Tooltip } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramResults } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notifySuccess } from '../../lib/notify';
import { useSession } from '../scoring/session';
import { formatTime } from '../scoring/format';
import { ReopenDialog } from './reopen-dialog';

/** A moment as the venue's date and clock: "25/02/2023 10.42". */
function formatMoment(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${formatTime(iso)}`;
}

/**
 * Finalise locks the programme's results; on a final programme an admin can reopen them (with a
 * reason and a lead assessor's PIN). Other roles see the state only.
 */
export function FinalizeControls({ results, onChanged }: { results: ProgramResults; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { session } = useSession();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [reopenOpen, setReopenOpen] = useState(false);
  const { settings, counts } = results;

  if (results.finalized) {
    const isAdmin = session.role === 'admin';
    return (
      <>
        <Tooltip
          label={t('results.finalize.finalAt', {
            time: formatMoment(settings.finalizedAt),
            by: settings.finalizedBy ?? '—',
          })}
          withinPortal
        >
          <Badge
            size="lg"
            color="blue"
            variant="light"
            leftSection={<IconLock size={14} />}
            data-testid="final-badge"
          >
            {t('results.finalize.final')}
          </Badge>
        </Tooltip>
        <Tooltip label={t('results.finalize.reopenOnlyAdmin')} disabled={isAdmin} withinPortal>
          <Button
            variant="default"
            leftSection={<IconLockOpen size={18} />}
            onClick={() => setReopenOpen(true)}
            disabled={!isAdmin}
          >
            {t('results.finalize.reopen')}
          </Button>
        </Tooltip>
        <ReopenDialog
          opened={reopenOpen}
          programId={results.programId}
          onReopened={onChanged}
          onClose={() => setReopenOpen(false)}
        />
      </>
    );
  }

  const finalize = async () => {
    await api.invoke('results:finalize', { programId: results.programId });
    notifySuccess(t('results.finalize.done'));
    onChanged();
  };
  return (
    <>
      <Button leftSection={<IconLock size={18} />} onClick={() => setConfirmOpen(true)}>
        {t('results.finalize.action')}
      </Button>
      <ConfirmDialog
        opened={confirmOpen}
        title={t('results.finalize.confirmTitle')}
        message={t('results.finalize.confirmMessage', counts)}
        confirmLabel={t('results.finalize.confirm')}
        onConfirm={finalize}
        onClose={() => setConfirmOpen(false)}
      />
    </>
  );
}
