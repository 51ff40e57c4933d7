import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Grid,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/contract';
import { PURPOSES, type Purpose } from '../../../../shared/domain/categories';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import { notifySuccess } from '../../lib/notify';
import {
  checkProgram,
  emptyProgramValues,
  fieldErrorsOf,
  programInput,
  programValues,
  type FieldErrors,
  type ProgramFormValues,
  type SignatoryField,
} from './program-form-values';
import classes from './program-form-modal.module.css';

interface ProgramFormModalProps {
  opened: boolean;
  /** The programme to edit; null to create a new one. */
  program: Program | null;
  onClose: () => void;
  onSaved: (program: Program) => void;
}

type TextField = Exclude<keyof ProgramFormValues, 'purpose' | 'signatory'>;

/**
 * Mantine mounts a modal's content when it opens and drops it after it has faded out, so every
 * opening starts a fresh form: stale input and errors never carry over.
 */
export function ProgramFormModal({ opened, program, onClose, onSaved }: ProgramFormModalProps) {
  const { t } = useTranslation();
  const title = program ? t('programForm.editTitle', { code: program.code }) : t('programForm.createTitle');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={920}
      yOffset="5vh"
      closeOnClickOutside={false}
    >
      <ProgramForm program={program} onCancel={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function ProgramForm({
  program,
  onCancel,
  onSaved,
}: Omit<ProgramFormModalProps, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<ProgramFormValues>(() =>
    program ? programValues(program) : emptyProgramValues(),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Editing a field clears its error (the message was about the old value); leaving a filled-in
  // field checks it at once. Empty fields wait for "save", so tabbing through shows no red.
  const setError = (path: string, message: string | undefined) =>
    setErrors(({ [path]: _old, ...rest }) => (message ? { ...rest, [path]: message } : rest));
  const bind = (path: string, value: string, update: (value: string) => ProgramFormValues) => ({
    value,
    error: errors[path],
    onChange: (event: { currentTarget: { value: string } }) => {
      const next = event.currentTarget.value;
      setValues(update(next));
      setError(path, undefined);
    },
    onBlur: () => value.trim() !== '' && setError(path, checkProgram(values)[path]),
  });
  const text = (field: TextField) => bind(field, values[field], (value) => ({ ...values, [field]: value }));
  const signatory = (field: Exclude<SignatoryField, 'acting'>) =>
    bind(`signatory.${field}`, values.signatory[field], (value) => ({
      ...values,
      signatory: { ...values.signatory, [field]: value },
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkProgram(values);
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      const input = programInput(values);
      const saved = program
        ? await api.invoke('program:update', { id: program.id, ...input })
        : await api.invoke('program:create', input);
      notifySuccess(t(program ? 'programs.updated' : 'programs.created', { code: saved.code }));
      onSaved(saved);
    } catch (caught) {
      const { fields, form } = fieldErrorsOf(toApiError(caught));
      setErrors(fields);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <SectionTitle title={t('programForm.programSection')} />
        <Grid columnGap="md" rowGap="sm">
          <Grid.Col span={4}>
            <TextInput
              label={t('programForm.code')}
              placeholder="TA-2023"
              withAsterisk
              data-autofocus
              maxLength={32}
              {...text('code')}
            />
          </Grid.Col>
          <Grid.Col span={8}>
            <TextInput
              label={t('programForm.name')}
              placeholder={t('programForm.namePlaceholder')}
              withAsterisk
              {...text('name')}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <Select
              label={t('programForm.purpose')}
              data={PURPOSES.map((purpose) => ({ value: purpose, label: t(`purpose.${purpose}`) }))}
              value={values.purpose}
              onChange={(purpose) =>
                purpose && setValues((current) => ({ ...current, purpose: purpose as Purpose }))
              }
              allowDeselect={false}
              error={errors.purpose}
            />
          </Grid.Col>
          <Grid.Col span={5}>
            <TextInput
              label={t('programForm.organiser')}
              placeholder={t('programForm.organiserPlaceholder')}
              {...text('organiser')}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput label={t('programForm.city')} placeholder="Bekasi" {...text('city')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('programForm.venue')} {...text('venue')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput type="date" label={t('programForm.startDate')} {...text('startDate')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput type="date" label={t('programForm.endDate')} {...text('endDate')} />
          </Grid.Col>
        </Grid>

        <SectionTitle title={t('programForm.signatorySection')} hint={t('programForm.signatoryHint')} />
        <Grid columnGap="md" rowGap="sm">
          <Grid.Col span={5}>
            <TextInput
              label={t('programForm.signatoryName')}
              placeholder="Drs. H. Ahmad Hidayat, M.Si."
              {...signatory('name')}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput
              label={t('programForm.signatoryRank')}
              placeholder={t('programForm.signatoryRankPlaceholder')}
              {...signatory('rank')}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput
              label={t('programForm.signatoryNip')}
              placeholder="19700315 199503 1 002"
              inputMode="numeric"
              {...signatory('nip')}
            />
          </Grid.Col>
          <Grid.Col span={9}>
            <TextInput
              label={t('programForm.signatoryPosition')}
              placeholder={t('programForm.signatoryPositionPlaceholder')}
              {...signatory('position')}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <Checkbox
              mt={32}
              label={t('programForm.signatoryActing')}
              checked={values.signatory.acting}
              onChange={(event) => {
                const acting = event.currentTarget.checked;
                setValues((current) => ({ ...current, signatory: { ...current.signatory, acting } }));
              }}
            />
          </Grid.Col>
        </Grid>

        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        {/* The buttons stay in view even when a small screen makes the form scroll. */}
        <Group justify="flex-end" gap="sm" py="sm" className={classes.footer}>
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {program ? t('programForm.submitEdit') : t('programForm.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SectionTitle({ title, hint }: { title: string; hint?: string }) {
  return (
    <div>
      <Divider
        label={title}
        labelPosition="left"
        styles={{ label: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 } }}
      />
      {hint && (
        <Text size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      )}
    </div>
  );
}
