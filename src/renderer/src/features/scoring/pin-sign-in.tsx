import { Alert, Button, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedIn } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { toApiError, type ApiError } from '../../api/api-error';
import { useApiQuery } from '../../api/use-api-query';

interface PinSignInProps {
  programId: number;
  /** Preselects (lock screen: the assessor who locked it). */
  assessorId?: number | null;
  /** Hides the picker: only the PIN of `assessorId` is asked. */
  pinOnly?: boolean;
  onSignedIn: (signedIn: SignedIn) => void;
}

function retryAfter(error: ApiError): number {
  const details = error.details as { retryAfterSeconds?: unknown } | undefined;
  return typeof details?.retryAfterSeconds === 'number' ? details.retryAfterSeconds : 60;
}

/** Counts down the seconds of a PIN lock-out so the form says when trying again is possible. */
function useCountdown(): [number, (seconds: number) => void] {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [until]);
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  return [
    left,
    (seconds) => {
      setNow(Date.now());
      setUntil(Date.now() + seconds * 1000);
    },
  ];
}

/** Pick an assessor, type the PIN (masked, digits only), Enter signs in. */
export function PinSignIn({ programId, assessorId = null, pinOnly = false, onSignedIn }: PinSignInProps) {
  const { t } = useTranslation();
  const api = useApi();
  const assessors = useApiQuery('auth:assessors', { programId }, { refreshOn: () => false });
  const [chosen, setChosen] = useState<string | null>(assessorId === null ? null : String(assessorId));
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [lockedFor, lockFor] = useCountdown();
  const pinRef = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLInputElement>(null);

  // The form opens ready to type: the picker first, or the PIN when the assessor is known. A
  // modal's own focus handling may run after mount, so the focus is set once it has settled.
  const ready = !assessors.loading;
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => (pinOnly ? pinRef : pickerRef).current?.focus(), 60);
    return () => clearTimeout(timer);
  }, [pinOnly, ready]);

  const options = (assessors.data ?? []).map((a) => ({
    value: String(a.id),
    label: a.role === 'lead' ? `${a.name} (${t('scoring.signIn.lead')})` : a.name,
  }));

  const submit = async () => {
    if (!chosen || pin.length < 4 || busy || lockedFor > 0) return;
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.invoke('auth:login', { assessorId: Number(chosen), pin }));
    } catch (caught) {
      const failure = toApiError(caught);
      if (failure.code === 'pin-locked-out') lockFor(retryAfter(failure));
      setError(failure);
      setPin('');
      setBusy(false);
      requestAnimationFrame(() => pinRef.current?.focus());
    }
  };

  const noAssessors = assessors.data !== undefined && assessors.data.length === 0;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        {!pinOnly && (
          <Select
            ref={pickerRef}
            label={t('scoring.signIn.assessor')}
            placeholder={t('scoring.signIn.assessorPlaceholder')}
            data={options}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setError(null);
              if (value) requestAnimationFrame(() => pinRef.current?.focus());
            }}
            searchable
            disabled={assessors.loading}
            error={assessors.error?.message}
            comboboxProps={{ withinPortal: true }}
            maxDropdownHeight={280}
          />
        )}
        {noAssessors && (
          <Text size="sm" c="dimmed">
            {t('scoring.signIn.noAssessors')}
          </Text>
        )}
        <PasswordInput
          ref={pinRef}
          label={t('scoring.signIn.pin')}
          description={t('scoring.signIn.pinHint')}
          value={pin}
          onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          size="md"
          disabled={!chosen}
          styles={{ input: { letterSpacing: '0.3em', fontVariantNumeric: 'tabular-nums' } }}
        />
        {error && (
          <Alert color="red" variant="light" role="alert">
            {lockedFor > 0 ? t('scoring.signIn.lockedOut', { seconds: String(lockedFor) }) : error.message}
          </Alert>
        )}
        <Button
          type="submit"
          size="md"
          leftSection={<IconLogin size={18} />}
          loading={busy}
          disabled={!chosen || pin.length < 4 || lockedFor > 0}
        >
          {t('scoring.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
