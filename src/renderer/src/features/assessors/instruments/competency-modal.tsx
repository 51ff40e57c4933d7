import { Badge, Group, Modal, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency, Program } from '../../../../../shared/contract';
import { LEVELS } from '../../../../../shared/domain/competencies';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { notifySuccess } from '../../../lib/notify';
import { fieldErrorsOf, type FieldErrors } from '../shared/field-errors';
import { ModalFooter } from '../shared/modal-footer';

interface CompetencyModalProps {
  opened: boolean;
  program: Program;
  /** null: a new technical competency. */
  competency: Competency | null;
  onClose: () => void;
}

interface Values {
  code: string;
  name: string;
  levels: { title: string; description: string }[];
}

function initialValues(competency: Competency | null): Values {
  return {
    code: competency?.code ?? '',
    name: competency?.name ?? '',
    levels: LEVELS.map((level) => {
      const found = competency?.levels.find((l) => l.level === level);
      return { title: found?.title ?? '', description: found?.description ?? '' };
    }),
  };
}

/** A competency's name and its five level descriptors; a fresh form every time it opens. */
export function CompetencyModal({ opened, program, competency, onClose }: CompetencyModalProps) {
  const { t } = useTranslation();
  const title = competency
    ? t('assessors.instruments.competencyForm.editTitle', { code: competency.code, name: competency.name })
    : t('assessors.instruments.competencyForm.newTitle');
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={title}
      size={820}
      yOffset="4vh"
      closeOnClickOutside={false}
    >
      <CompetencyForm program={program} competency={competency} onDone={onClose} />
    </Modal>
  );
}

function CompetencyForm({
  program,
  competency,
  onDone,
}: {
  program: Program;
  competency: Competency | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Values>(() => initialValues(competency));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeEditable = competency === null || competency.kind === 'technical';

  const clear = (path: string) => setErrors(({ [path]: _old, ...rest }) => rest);
  const setLevel = (index: number, field: 'title' | 'description', text: string) => {
    setValues((current) => ({
      ...current,
      levels: current.levels.map((l, i) => (i === index ? { ...l, [field]: text } : l)),
    }));
    clear(`levels.${index}.${field}`);
  };

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    const code = values.code.trim().toUpperCase();
    if (codeEditable && code !== '' && !/^T\.\d{1,3}$/.test(code))
      found.code = t('assessors.instruments.competencyForm.codeInvalid');
    if (values.name.trim().length < 2) found.name = t('assessors.instruments.competencyForm.nameRequired');
    values.levels.forEach((level, i) => {
      if (level.title.trim() === '')
        found[`levels.${i}.title`] = t('assessors.instruments.competencyForm.titleRequired');
    });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = check();
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setFormError(null);
    try {
      const code = values.code.trim().toUpperCase();
      const saved = await api.invoke('instruments:save-competency', {
        programId: program.id,
        ...(competency && { id: competency.id }),
        ...(codeEditable && code !== '' && { code }),
        name: values.name.trim(),
        levels: values.levels.map((level, i) => ({
          level: i + 1,
          title: level.title.trim(),
          description: level.description.trim(),
        })),
      });
      notifySuccess(t('assessors.instruments.competencyForm.saved', { code: saved.code, name: saved.name }));
      onDone();
    } catch (caught) {
      const { fields, form } = fieldErrorsOf(toApiError(caught), {
        'competency-code-taken': 'code',
        'competency-code-invalid': 'code',
        'competency-code-fixed': 'code',
      });
      setErrors(fields);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('assessors.instruments.competencyForm.levelHint')}
        </Text>
        <Group align="flex-start" gap="md" wrap="nowrap">
          {codeEditable ? (
            <TextInput
              label={t('assessors.instruments.competencyForm.code')}
              placeholder={t('assessors.instruments.competencyForm.codePlaceholder')}
              description={t('assessors.instruments.competencyForm.codeHint')}
              value={values.code}
              maxLength={12}
              w={200}
              error={errors.code}
              onChange={(event) => {
                const code = event.currentTarget.value;
                setValues((current) => ({ ...current, code }));
                clear('code');
              }}
            />
          ) : (
            <Stack gap={4} w={200}>
              <Text size="sm" fw={500}>
                {t('assessors.instruments.competencyForm.code')}
              </Text>
              <Badge size="lg" variant="light">
                {competency?.code}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('assessors.instruments.competencyForm.codeFixed')}
              </Text>
            </Stack>
          )}
          <TextInput
            label={t('assessors.instruments.competencyForm.name')}
            withAsterisk
            data-autofocus
            style={{ flex: 1 }}
            value={values.name}
            error={errors.name}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setValues((current) => ({ ...current, name }));
              clear('name');
            }}
          />
        </Group>
        {values.levels.map((level, i) => (
          <Paper key={i} withBorder p="sm" radius="sm">
            <Group align="flex-start" gap="md" wrap="nowrap">
              <Badge size="lg" radius="xl" variant="light" mt={26} style={{ flexShrink: 0 }}>
                {t('assessors.instruments.levelN', { level: String(i + 1) })}
              </Badge>
              <Stack gap={6} style={{ flex: 1 }}>
                <TextInput
                  label={t('assessors.instruments.competencyForm.levelTitle', { level: String(i + 1) })}
                  withAsterisk
                  value={level.title}
                  maxLength={160}
                  error={errors[`levels.${i}.title`]}
                  onChange={(event) => setLevel(i, 'title', event.currentTarget.value)}
                />
                <Textarea
                  label={t('assessors.instruments.competencyForm.levelDescription', { level: String(i + 1) })}
                  autosize
                  minRows={2}
                  maxRows={5}
                  maxLength={1000}
                  value={level.description}
                  error={errors[`levels.${i}.description`]}
                  onChange={(event) => setLevel(i, 'description', event.currentTarget.value)}
                />
              </Stack>
            </Group>
          </Paper>
        ))}
        <ModalFooter
          error={formError}
          busy={busy}
          submitLabel={t('assessors.common.save')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
