import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program, ResultPassRule, ResultSettings } from '../../../../shared/contract';
import {
  CATEGORIES_BY_PURPOSE,
  CATEGORY_LABELS,
  PURPOSES,
  PURPOSE_LABELS,
  THRESHOLD_MESSAGES,
  thresholdProblem,
  type CategoryCode,
  type Purpose,
} from '../../../../shared/domain/categories';
import { describePassRule } from '../../../../shared/domain/ranking';
import { RECONCILIATION_RULES, type ReconciliationRule } from '../../../../shared/domain/reconcile';
import { useApi } from '../../api/api-context';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../lib/notify';

type PassKind = ResultPassRule['kind'];

interface SettingsTabProps {
  program: Program;
  settings: ResultSettings;
  /** After a save: the results follow the new rules at once. */
  onSaved: () => void;
}
/** NumberInput gives '' while its field is empty. */
type Num = number | string;

interface FormValues {
  reconciliation: ReconciliationRule;
  extraAssessorSpread: Num;
  thresholds: Record<Purpose, { top: Num; middle: Num }>;
  passKind: PassKind;
  passCategory: CategoryCode;
  passJpm: Num;
  passTop: Num;
}

function valuesOf(settings: ResultSettings, purpose: Purpose): FormValues {
  const rule = settings.passRule;
  return {
    reconciliation: settings.reconciliation,
    extraAssessorSpread: settings.extraAssessorSpread,
    thresholds: {
      pengisian: { ...settings.thresholds.pengisian },
      pemetaan: { ...settings.thresholds.pemetaan },
    },
    passKind: rule.kind,
    passCategory: rule.kind === 'category' ? rule.minimum : CATEGORIES_BY_PURPOSE[purpose][1],
    passJpm: rule.kind === 'jpm' ? rule.threshold : settings.thresholds[purpose].middle,
    passTop: rule.kind === 'top' ? rule.n : 50,
  };
}

const asNumber = (value: Num) => (typeof value === 'number' ? value : Number.NaN);

function passRuleOf(values: FormValues): ResultPassRule | null {
  switch (values.passKind) {
    case 'category':
      return { kind: 'category', minimum: values.passCategory };
    case 'jpm': {
      const threshold = asNumber(values.passJpm);
      return Number.isFinite(threshold) && threshold >= 0 ? { kind: 'jpm', threshold } : null;
    }
    case 'top': {
      const n = asNumber(values.passTop);
      return Number.isInteger(n) && n >= 1 ? { kind: 'top', n } : null;
    }
  }
}

function ThresholdSet({
  purpose,
  active,
  value,
  disabled,
  onChange,
}: {
  purpose: Purpose;
  active: boolean;
  value: { top: Num; middle: Num };
  disabled: boolean;
  onChange: (value: { top: Num; middle: Num }) => void;
}) {
  const { t } = useTranslation();
  const [best, middle, lowest] = CATEGORIES_BY_PURPOSE[purpose];
  const problem = thresholdProblem({ purpose, top: asNumber(value.top), middle: asNumber(value.middle) });
  return (
    <Paper withBorder p="sm" bg={active ? 'petrol.0' : undefined}>
      <Group gap="xs" mb="xs">
        <Text fw={600} size="sm">
          {PURPOSE_LABELS[purpose]}
        </Text>
        {active && (
          <Badge size="sm" variant="light">
            {t('results.settings.thresholdsActive')}
          </Badge>
        )}
      </Group>
      <Group gap="sm" align="flex-start" grow>
        <NumberInput
          label={t('results.settings.top', { category: best })}
          title={CATEGORY_LABELS[best]}
          value={value.top}
          onChange={(top) => onChange({ ...value, top })}
          min={0}
          max={100}
          decimalScale={2}
          decimalSeparator=","
          suffix=" %"
          disabled={disabled}
        />
        <NumberInput
          label={t('results.settings.middle', { category: middle })}
          title={CATEGORY_LABELS[middle]}
          value={value.middle}
          onChange={(next) => onChange({ ...value, middle: next })}
          min={0}
          max={100}
          decimalScale={2}
          decimalSeparator=","
          suffix=" %"
          disabled={disabled}
        />
      </Group>
      <Text size="xs" c={problem ? 'red.7' : 'dimmed'} mt={6} role={problem ? 'alert' : undefined}>
        {problem
          ? THRESHOLD_MESSAGES[problem]
          : t('results.settings.below', {
              best: `${best} ${CATEGORY_LABELS[best]}`,
              middle: `${middle} ${CATEGORY_LABELS[middle]}`,
              lowest: `${lowest} ${CATEGORY_LABELS[lowest]}`,
              middleCode: middle,
            })}
      </Text>
    </Paper>
  );
}

/**
 * The programme's result rules: how the meeting's suggestion is made, when another assessor is
 * asked for, the category thresholds, and who passes. Locked once the results are final.
 */
function SettingsForm({ program, settings, onSaved }: SettingsTabProps) {
  const { t } = useTranslation();
  const api = useApi();
  const initial = valuesOf(settings, program.purpose);
  const [values, setValues] = useState<FormValues>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const locked = settings.finalizedAt !== null;
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const passRule = passRuleOf(values);
  const spread = asNumber(values.extraAssessorSpread);
  const thresholdsOk = PURPOSES.every(
    (purpose) =>
      thresholdProblem({
        purpose,
        top: asNumber(values.thresholds[purpose].top),
        middle: asNumber(values.thresholds[purpose].middle),
      }) === null,
  );
  const valid = passRule !== null && Number.isInteger(spread) && spread >= 1 && spread <= 4 && thresholdsOk;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  const save = async () => {
    if (!passRule) return;
    setBusy(true);
    setError(null);
    try {
      await api.invoke('results:update-settings', {
        programId: program.id,
        reconciliation: values.reconciliation,
        extraAssessorSpread: spread,
        thresholds: {
          pengisian: {
            top: asNumber(values.thresholds.pengisian.top),
            middle: asNumber(values.thresholds.pengisian.middle),
          },
          pemetaan: {
            top: asNumber(values.thresholds.pemetaan.top),
            middle: asNumber(values.thresholds.pemetaan.middle),
          },
        },
        passRule,
      });
      notifySuccess(t('results.settings.saved'));
      onSaved();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md" maw={980}>
      {locked && (
        <Alert color="blue" variant="light" icon={<IconLock />}>
          {t('results.settings.locked')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper withBorder p="md">
          <Title order={3} size="h5">
            {t('results.settings.rulesTitle')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('results.settings.rulesText')}
          </Text>
          <Radio.Group
            value={values.reconciliation}
            onChange={(value) => set('reconciliation', value as ReconciliationRule)}
            aria-label={t('results.settings.rulesTitle')}
          >
            <Stack gap="xs">
              {RECONCILIATION_RULES.map((rule) => (
                <Radio
                  key={rule}
                  value={rule}
                  label={t(`results.settings.rules.${rule}`)}
                  disabled={locked}
                />
              ))}
            </Stack>
          </Radio.Group>
          <NumberInput
            mt="md"
            label={t('results.settings.extraSpread')}
            description={t('results.settings.extraSpreadHint')}
            value={values.extraAssessorSpread}
            onChange={(value) => set('extraAssessorSpread', value)}
            min={1}
            max={4}
            allowDecimal={false}
            w={320}
            disabled={locked}
          />
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="sm">
            {t('results.settings.passTitle')}
          </Title>
          <SegmentedControl
            aria-label={t('results.settings.passKind')}
            value={values.passKind}
            onChange={(value) => set('passKind', value as PassKind)}
            disabled={locked}
            data={[
              { value: 'category', label: t('results.settings.passCategory') },
              { value: 'jpm', label: t('results.settings.passJpm') },
              { value: 'top', label: t('results.settings.passTop') },
            ]}
          />
          <div style={{ marginTop: 12 }}>
            {values.passKind === 'category' && (
              <Select
                label={t('results.settings.passCategoryField')}
                data={CATEGORIES_BY_PURPOSE[program.purpose].map((code) => ({
                  value: code,
                  label: `${code} · ${CATEGORY_LABELS[code]}`,
                }))}
                value={values.passCategory}
                onChange={(value) => value && set('passCategory', value as CategoryCode)}
                allowDeselect={false}
                w={320}
                disabled={locked}
              />
            )}
            {values.passKind === 'jpm' && (
              <NumberInput
                label={t('results.settings.passJpmField')}
                value={values.passJpm}
                onChange={(value) => set('passJpm', value)}
                min={0}
                max={1000}
                decimalScale={2}
                decimalSeparator=","
                suffix=" %"
                w={320}
                disabled={locked}
              />
            )}
            {values.passKind === 'top' && (
              <NumberInput
                label={t('results.settings.passTopField')}
                value={values.passTop}
                onChange={(value) => set('passTop', value)}
                min={1}
                allowDecimal={false}
                w={320}
                disabled={locked}
              />
            )}
          </div>
          {passRule && (
            <Group gap={6} mt="sm" wrap="nowrap">
              <IconInfoCircle size={16} color="var(--mantine-color-petrol-7)" style={{ flex: 'none' }} />
              <Text size="sm" data-testid="pass-rule-preview">
                {describePassRule(passRule)}
              </Text>
            </Group>
          )}
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={3} size="h5">
          {t('results.settings.thresholdsTitle')}
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          {t('results.settings.thresholdsText')}
        </Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
          {PURPOSES.map((purpose) => (
            <ThresholdSet
              key={purpose}
              purpose={purpose}
              active={purpose === program.purpose}
              value={values.thresholds[purpose]}
              disabled={locked}
              onChange={(value) => set('thresholds', { ...values.thresholds, [purpose]: value })}
            />
          ))}
        </SimpleGrid>
      </Paper>
      {error && <ErrorAlert error={error} />}
      {!locked && (
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={!dirty || busy} onClick={() => setValues(initial)}>
            {t('results.settings.reset')}
          </Button>
          <Button onClick={() => void save()} loading={busy} disabled={!dirty || !valid}>
            {t('results.settings.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function SettingsTab({ program, settings, onSaved }: SettingsTabProps) {
  // A saved change (here or on another laptop) starts the form afresh from the stored settings.
  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <SettingsForm key={JSON.stringify(settings)} program={program} settings={settings} onSaved={onSaved} />
    </div>
  );
}
