import { CloseButton, Group, Paper, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Signatory } from '../../../../../shared/contract';

interface SignatureFieldsProps {
  no: number;
  value: Signatory;
  onChange: (value: Signatory) => void;
  /** Present when this block may be removed (the second of two). */
  onRemove?: (() => void) | undefined;
  /** Problems by field name (name, position, rank, nip). */
  errors: Partial<Record<keyof Signatory, string>>;
}

/** One signature block: position in full, "Plt." when acting, the name with titles, rank and NIP. */
export function SignatureFields({ no, value, onChange, onRemove, errors }: SignatureFieldsProps) {
  const { t } = useTranslation();
  const text = (field: Exclude<keyof Signatory, 'acting'>) => ({
    value: value[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ ...value, [field]: event.currentTarget.value }),
    error: errors[field],
  });

  return (
    <Paper withBorder radius="sm" p="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {t('certificates.template.signature', { no: String(no) })}
          </Text>
          {onRemove && (
            <CloseButton
              size="sm"
              aria-label={t('certificates.template.removeSignature', { no: String(no) })}
              onClick={onRemove}
            />
          )}
        </Group>
        <TextInput
          label={t('programForm.signatoryPosition')}
          placeholder={t('programForm.signatoryPositionPlaceholder')}
          {...text('position')}
        />
        <Switch
          label={t('programForm.signatoryActing')}
          description={t('certificates.template.actingHint')}
          checked={value.acting}
          onChange={(event) => onChange({ ...value, acting: event.currentTarget.checked })}
        />
        <TextInput label={t('programForm.signatoryName')} {...text('name')} />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            label={t('programForm.signatoryRank')}
            placeholder={t('programForm.signatoryRankPlaceholder')}
            {...text('rank')}
          />
          <TextInput label={t('programForm.signatoryNip')} inputMode="numeric" {...text('nip')} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
