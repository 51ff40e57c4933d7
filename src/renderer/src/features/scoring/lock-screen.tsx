import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconLock, IconUserShield } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { toApiError, type ApiError } from '../../api/api-error';
import { PinSignIn } from './pin-sign-in';
import { useSession } from './session';

/** Operator mode from a locked or assessor door; asks the admin PIN once one is set. */
export function OperatorReturn({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { session, apply } = useSession();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      apply(await api.invoke('auth:operator', session.adminPinSet ? { pin } : {}));
    } catch (caught) {
      setError(toApiError(caught));
      setPin('');
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        {session.adminPinSet && (
          <PasswordInput
            label={t('scoring.lock.operatorPin')}
            description={t('scoring.lock.operatorPinHint')}
            value={pin}
            onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
            inputMode="numeric"
            autoComplete="off"
            autoFocus
            size="md"
          />
        )}
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error.message}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            leftSection={<IconUserShield size={18} />}
            loading={busy}
            disabled={session.adminPinSet && pin.length < 4}
          >
            {t('scoring.lock.operatorSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Mode = 'pin' | 'switch' | 'operator';

/** The shared laptop after an assessor stepped away: only signing in again opens it. */
export function LockScreen() {
  const { t } = useTranslation();
  const { session, apply } = useSession();
  const programId = session.programId;
  const hasOwner = session.assessorId !== null && programId !== null;
  const [mode, setMode] = useState<Mode>(hasOwner ? 'pin' : programId !== null ? 'switch' : 'operator');

  return (
    <Box h="100dvh" bg="petrol.9" data-testid="lock-screen">
      <Center h="100%" p="lg">
        <Paper w={440} p="xl" radius="md" shadow="xl">
          <Stack gap="lg">
            <Group gap="md" wrap="nowrap">
              <ThemeIcon size={48} radius="xl" variant="light">
                <IconLock size={26} />
              </ThemeIcon>
              <div>
                <Title order={1} size="h3">
                  {t('scoring.lock.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('scoring.lock.text')}
                </Text>
              </div>
            </Group>
            {mode === 'pin' && hasOwner && (
              <Stack gap="md">
                <div>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {t('scoring.lock.lockedBy')}
                  </Text>
                  <Text fw={600} size="lg">
                    {session.assessorName}
                  </Text>
                </div>
                <PinSignIn programId={programId} assessorId={session.assessorId} pinOnly onSignedIn={apply} />
              </Stack>
            )}
            {mode === 'switch' && programId !== null && (
              <PinSignIn programId={programId} onSignedIn={apply} />
            )}
            {mode === 'operator' && <OperatorReturn onCancel={() => setMode(hasOwner ? 'pin' : 'switch')} />}
            {mode !== 'operator' && (
              <Group justify="space-between">
                {mode === 'pin' ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => setMode('switch')}>
                    {t('scoring.lock.switch')}
                  </Anchor>
                ) : hasOwner ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => setMode('pin')}>
                    {t('scoring.lock.back', { name: session.assessorName ?? '' })}
                  </Anchor>
                ) : (
                  <span />
                )}
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c="dimmed"
                  onClick={() => setMode('operator')}
                >
                  {t('scoring.lock.operator')}
                </Anchor>
              </Group>
            )}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
