import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconKey, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { toApiError, type ApiError } from '../../api/api-error';
import { Screen } from '../../components/screen';
import { notifySuccess } from '../../lib/notify';
import { ProgressDashboard } from '../dashboard/progress-dashboard';
import { PinSignIn } from './pin-sign-in';
import { useSession } from './session';

function AdminPinModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { session, setAdminPinSet } = useSession();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const close = () => {
    setPin('');
    setError(null);
    onClose();
  };
  const store = async (value: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const { adminPinSet } = await api.invoke('auth:set-admin-pin', { pin: value });
      setAdminPinSet(adminPinSet);
      notifySuccess(t(adminPinSet ? 'scoring.adminPinDialog.saved' : 'scoring.adminPinDialog.removed'));
      close();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('scoring.adminPinDialog.title')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (pin.length >= 4) void store(pin);
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('scoring.adminPinDialog.text')}</Text>
          <Text size="sm" fw={600}>
            {session.adminPinSet ? t('scoring.adminPinDialog.isSet') : t('scoring.adminPinDialog.notSet')}
          </Text>
          <PasswordInput
            label={t('scoring.adminPinDialog.newPin')}
            description={t('scoring.signIn.pinHint')}
            value={pin}
            onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
            inputMode="numeric"
            autoComplete="new-password"
            data-autofocus
          />
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error.message}
            </Alert>
          )}
          <Group justify="space-between">
            {session.adminPinSet ? (
              <Button variant="subtle" color="red" onClick={() => void store(null)} disabled={busy}>
                {t('scoring.adminPinDialog.remove')}
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={busy} disabled={pin.length < 4}>
              {t('scoring.adminPinDialog.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The Penilaian stage as the operator sees it: live progress, paper score sheets, and the door
 * into assessor mode on this laptop.
 */
export function ScoringStage({ program }: { program: Program }) {
  const { t } = useTranslation();
  const { session, apply } = useSession();
  const [signInOpen, setSignInOpen] = useState(false);
  const [pinOpen, setPinOpen] = useState(false);

  return (
    <Screen
      title={t('scoring.title')}
      description={t('scoring.description', { code: program.code })}
      actions={
        <>
          {session.role === 'admin' && (
            <Button variant="subtle" leftSection={<IconKey size={16} />} onClick={() => setPinOpen(true)}>
              {t('scoring.adminPin')}
            </Button>
          )}
          <Button leftSection={<IconUserCheck size={16} />} onClick={() => setSignInOpen(true)}>
            {t('scoring.assessorMode')}
          </Button>
        </>
      }
    >
      <ProgressDashboard program={program} />
      <Modal
        opened={signInOpen}
        onClose={() => setSignInOpen(false)}
        title={t('scoring.signIn.title')}
        centered
      >
        <PinSignIn programId={program.id} onSignedIn={apply} />
      </Modal>
      <AdminPinModal opened={pinOpen} onClose={() => setPinOpen(false)} />
    </Screen>
  );
}
