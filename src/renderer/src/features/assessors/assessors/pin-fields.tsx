import { Group, PasswordInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../shared/field-errors';

export interface PinValues {
  pin: string;
  pinAgain: string;
}

/** 4–8 digits, typed twice the same: the PIN is never shown again, so a typo would lock them out. */
export function checkPin(values: PinValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (!/^\d{4,8}$/.test(values.pin)) errors.pin = t('assessors.pin.invalid');
  else if (values.pin !== values.pinAgain) errors.pinAgain = t('assessors.pin.mismatch');
  return errors;
}

const digitsOnly = (text: string) => text.replace(/\D/g, '').slice(0, 8);

export function PinFields({
  values,
  errors,
  onChange,
  autoFocus = false,
}: {
  values: PinValues;
  errors: FieldErrors;
  onChange: (values: PinValues, field: keyof PinValues) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start" gap="md">
      <PasswordInput
        label={t('assessors.pin.pin')}
        description={t('assessors.pin.pinHint')}
        withAsterisk
        inputMode="numeric"
        autoComplete="new-password"
        data-autofocus={autoFocus || undefined}
        maxLength={8}
        visibilityToggleButtonProps={{ 'aria-label': t('assessors.pin.show') }}
        value={values.pin}
        error={errors.pin}
        onChange={(event) => onChange({ ...values, pin: digitsOnly(event.currentTarget.value) }, 'pin')}
      />
      <PasswordInput
        label={t('assessors.pin.again')}
        description={t('assessors.pin.againHint')}
        withAsterisk
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={8}
        visibilityToggleButtonProps={{ 'aria-label': t('assessors.pin.show') }}
        value={values.pinAgain}
        error={errors.pinAgain}
        onChange={(event) =>
          onChange({ ...values, pinAgain: digitsOnly(event.currentTarget.value) }, 'pinAgain')
        }
      />
    </Group>
  );
}
