import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program, Rubric } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { notifySuccess } from '../../../lib/notify';
import { fieldErrorsOf, type FieldErrors } from '../shared/field-errors';
import { ModalFooter } from '../shared/modal-footer';

/** "25 %" of the total weight, one decimal with the reader's separator. */
export function weightShare(weight: number, total: number, language: string): string {
  if (total <= 0) return '–';
  const share = (weight / total) * 100;
  return `${share.toLocaleString(language === 'en' ? 'en' : 'id', { maximumFractionDigits: 1 })} %`;
}

interface CriterionValues {
  key: number;
  id?: number;
  name: string;
  description: string;
  weight: number | string;
}

interface RubricModalProps {
  opened: boolean;
  program: Program;
  rubric: Rubric | null;
  onClose: () => void;
}

export function RubricModal({ opened, program, rubric, onClose }: RubricModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={
        rubric
          ? t('assessors.instruments.rubrics.editTitle', { name: rubric.name })
          : t('assessors.instruments.rubrics.newTitle')
      }
      size={820}
      yOffset="4vh"
      closeOnClickOutside={false}
    >
      <RubricForm program={program} rubric={rubric} onDone={onClose} />
    </Modal>
  );
}

function RubricForm({
  program,
  rubric,
  onDone,
}: {
  program: Program;
  rubric: Rubric | null;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [name, setName] = useState(rubric?.name ?? '');
  const [scaleMin, setScaleMin] = useState<number | string>(rubric?.scaleMin ?? 1);
  const [scaleMax, setScaleMax] = useState<number | string>(rubric?.scaleMax ?? 100);
  const [criteria, setCriteria] = useState<CriterionValues[]>(() =>
    rubric
      ? rubric.criteria.map((c, i) => ({ key: i, ...c }))
      : [{ key: 0, name: '', description: '', weight: 1 }],
  );
  // React keys for added rows: existing rows use their position at opening (0, 1, …).
  const lastKey = useRef(1000);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const scored = rubric?.scored ?? false;
  const total = criteria.reduce((sum, c) => sum + (typeof c.weight === 'number' ? c.weight : 0), 0);

  const update = (index: number, patch: Partial<CriterionValues>) =>
    setCriteria((current) => current.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (name.trim().length < 2) found.name = t('assessors.instruments.rubrics.nameRequired');
    if (typeof scaleMin !== 'number' || typeof scaleMax !== 'number' || scaleMin >= scaleMax)
      found.scaleMax = t('assessors.instruments.rubrics.scaleInvalid');
    criteria.forEach((c, i) => {
      if (c.name.trim() === '')
        found[`criteria.${i}.name`] = t('assessors.instruments.rubrics.criterionRequired');
      if (typeof c.weight !== 'number' || c.weight <= 0)
        found[`criteria.${i}.weight`] = t('assessors.instruments.rubrics.weightInvalid');
    });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFormError(null);
    try {
      const saved = await api.invoke('instruments:save-rubric', {
        programId: program.id,
        ...(rubric && { id: rubric.id }),
        name: name.trim(),
        scaleMin: Number(scaleMin),
        scaleMax: Number(scaleMax),
        criteria: criteria.map((c) => ({
          ...(c.id !== undefined && { id: c.id }),
          name: c.name.trim(),
          description: c.description.trim(),
          weight: Number(c.weight),
        })),
      });
      notifySuccess(t('assessors.instruments.rubrics.saved', { name: saved.name }));
      onDone();
    } catch (caught) {
      const { fields, form } = fieldErrorsOf(toApiError(caught), { 'rubric-name-taken': 'name' });
      setErrors(fields);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!rubric) return;
    if (!confirmDelete) {
      setConfirmDelete(true);
      return;
    }
    setBusy(true);
    try {
      await api.invoke('instruments:delete-rubric', { id: rubric.id });
      notifySuccess(t('assessors.instruments.rubrics.deleted', { name: rubric.name }));
      onDone();
    } catch (caught) {
      setFormError(toApiError(caught).message);
      setConfirmDelete(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Group align="flex-start" gap="md" wrap="nowrap">
          <TextInput
            label={t('assessors.instruments.rubrics.name')}
            placeholder={t('assessors.instruments.rubrics.namePlaceholder')}
            withAsterisk
            data-autofocus
            style={{ flex: 1 }}
            value={name}
            error={errors.name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setErrors(({ name: _old, ...rest }) => rest);
            }}
          />
          <NumberInput
            label={t('assessors.instruments.rubrics.scaleMin')}
            w={120}
            min={0}
            max={1000}
            allowDecimal={false}
            disabled={scored}
            value={scaleMin}
            onChange={setScaleMin}
            error={errors.scaleMin}
          />
          <NumberInput
            label={t('assessors.instruments.rubrics.scaleMax')}
            w={120}
            min={1}
            max={1000}
            allowDecimal={false}
            disabled={scored}
            value={scaleMax}
            onChange={(value) => {
              setScaleMax(value);
              setErrors(({ scaleMax: _old, ...rest }) => rest);
            }}
            error={errors.scaleMax}
          />
        </Group>
        {scored && (
          <Text size="sm" c="orange.8">
            {t('assessors.instruments.rubrics.scoredNote')}
          </Text>
        )}
        <Text fw={500} size="sm">
          {t('assessors.instruments.rubrics.criteria')}
        </Text>
        {criteria.map((c, i) => (
          <Paper key={c.key} withBorder p="sm">
            <Group align="flex-start" gap="sm" wrap="nowrap">
              <Stack gap={6} style={{ flex: 1 }}>
                <TextInput
                  aria-label={t('assessors.instruments.rubrics.criterionN', { n: String(i + 1) })}
                  placeholder={t('assessors.instruments.rubrics.criterionPlaceholder')}
                  value={c.name}
                  error={errors[`criteria.${i}.name`]}
                  onChange={(event) => update(i, { name: event.currentTarget.value })}
                />
                <TextInput
                  aria-label={t('assessors.instruments.rubrics.descriptionN', { n: String(i + 1) })}
                  placeholder={t('assessors.instruments.rubrics.descriptionPlaceholder')}
                  size="xs"
                  value={c.description}
                  onChange={(event) => update(i, { description: event.currentTarget.value })}
                />
              </Stack>
              <NumberInput
                aria-label={t('assessors.instruments.rubrics.weightN', { n: String(i + 1) })}
                w={110}
                min={0}
                max={1000}
                decimalScale={2}
                decimalSeparator={i18n.language === 'en' ? '.' : ','}
                value={c.weight}
                error={errors[`criteria.${i}.weight`]}
                onChange={(value) => update(i, { weight: value })}
              />
              <Text size="sm" c="dimmed" w={64} ta="right" mt={6}>
                {weightShare(typeof c.weight === 'number' ? c.weight : 0, total, i18n.language)}
              </Text>
              <Tooltip label={t('assessors.instruments.rubrics.removeCriterion')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={4}
                  aria-label={t('assessors.instruments.rubrics.removeCriterion')}
                  disabled={criteria.length === 1 || (scored && c.id !== undefined)}
                  onClick={() => setCriteria((current) => current.filter((_, j) => j !== i))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Paper>
        ))}
        <Group justify="space-between">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              lastKey.current += 1;
              const key = lastKey.current;
              setCriteria((current) => [...current, { key, name: '', description: '', weight: 1 }]);
            }}
            disabled={criteria.length >= 40}
          >
            {t('assessors.instruments.rubrics.addCriterion')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('assessors.instruments.rubrics.totalWeight', { total: total.toLocaleString(i18n.language) })}
          </Text>
        </Group>
        {confirmDelete && (
          <Text size="sm" c="red.8" role="alert">
            {t('assessors.instruments.rubrics.deleteConfirm', { name: rubric?.name ?? '' })}
          </Text>
        )}
        <ModalFooter
          error={formError}
          busy={busy}
          submitLabel={t('assessors.common.save')}
          onCancel={onDone}
          left={
            rubric && (
              <Button
                variant={confirmDelete ? 'filled' : 'subtle'}
                color="red"
                leftSection={<IconTrash size={16} />}
                disabled={busy || rubric.scored}
                onClick={() => void remove()}
              >
                {confirmDelete
                  ? t('assessors.instruments.rubrics.deleteNow')
                  : t('assessors.instruments.rubrics.delete')}
              </Button>
            )
          }
        />
      </Stack>
    </form>
  );
}
