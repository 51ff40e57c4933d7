import { Button, Group, Modal, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentMethod, Instruments, Program } from '../../../../../shared/contract';
import { METHOD_PRESETS } from '../../../../../shared/domain/methods';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { notifySuccess } from '../../../lib/notify';
import { fieldErrorsOf, type FieldErrors } from '../shared/field-errors';
import { ModalFooter } from '../shared/modal-footer';

interface MethodModalProps {
  opened: boolean;
  program: Program;
  /** null: a new method. */
  method: AssessmentMethod | null;
  instruments: Instruments;
  onClose: () => void;
}

const NO_RUBRIC = 'none';

export function MethodModal({ opened, program, method, instruments, onClose }: MethodModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={
        method
          ? t('assessors.instruments.methods.editTitle', { code: method.code })
          : t('assessors.instruments.methods.newTitle')
      }
      size={560}
      closeOnClickOutside={false}
    >
      <MethodForm program={program} method={method} instruments={instruments} onDone={onClose} />
    </Modal>
  );
}

function MethodForm({
  program,
  method,
  instruments,
  onDone,
}: {
  program: Program;
  method: AssessmentMethod | null;
  instruments: Instruments;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [code, setCode] = useState(method?.code ?? '');
  const [name, setName] = useState(method?.name ?? '');
  const [rubric, setRubric] = useState(method?.rubricId ? String(method.rubricId) : NO_RUBRIC);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const used = new Set(instruments.methods.map((m) => m.code));
  const presets = METHOD_PRESETS.filter((p) => !used.has(p.code));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!/^[A-Za-z][A-Za-z0-9]{0,7}$/.test(code.trim()))
      found.code = t('assessors.instruments.methods.codeInvalid');
    if (name.trim().length < 2) found.name = t('assessors.instruments.methods.nameRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFormError(null);
    try {
      const saved = await api.invoke('instruments:save-method', {
        programId: program.id,
        ...(method && { id: method.id }),
        code: code.trim().toUpperCase(),
        name: name.trim(),
        rubricId: rubric === NO_RUBRIC ? null : Number(rubric),
      });
      notifySuccess(t('assessors.instruments.methods.saved', { code: saved.code }));
      onDone();
    } catch (caught) {
      const { fields, form } = fieldErrorsOf(toApiError(caught), { 'method-code-taken': 'code' });
      setErrors(fields);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!method) return;
    if (!confirmDelete) {
      setConfirmDelete(true);
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      await api.invoke('instruments:delete-method', { id: method.id });
      notifySuccess(t('assessors.instruments.methods.deleted', { code: method.code }));
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
        {!method && presets.length > 0 && (
          <Select
            label={t('assessors.instruments.methods.preset')}
            description={t('assessors.instruments.methods.presetHint')}
            placeholder={t('assessors.instruments.methods.presetPlaceholder')}
            data={presets.map((p) => ({ value: p.code, label: `${p.code} — ${p.name}` }))}
            clearable
            onChange={(value) => {
              const preset = presets.find((p) => p.code === value);
              if (!preset) return;
              setCode(preset.code);
              setName(preset.name);
              setErrors({});
            }}
          />
        )}
        <Group align="flex-start" gap="md" wrap="nowrap">
          <TextInput
            label={t('assessors.instruments.methods.code')}
            description={t('assessors.instruments.methods.codeHint')}
            withAsterisk
            w={170}
            maxLength={8}
            value={code}
            error={errors.code}
            onChange={(event) => {
              setCode(event.currentTarget.value.toUpperCase());
              setErrors(({ code: _old, ...rest }) => rest);
            }}
          />
          <TextInput
            label={t('assessors.instruments.methods.name')}
            description={t('assessors.instruments.methods.nameHint')}
            withAsterisk
            style={{ flex: 1 }}
            value={name}
            error={errors.name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setErrors(({ name: _old, ...rest }) => rest);
            }}
          />
        </Group>
        <Select
          label={t('assessors.instruments.methods.rubric')}
          description={t('assessors.instruments.methods.rubricHint')}
          data={[
            { value: NO_RUBRIC, label: t('assessors.instruments.methods.noRubric') },
            ...instruments.rubrics.map((r) => ({ value: String(r.id), label: r.name })),
          ]}
          value={rubric}
          allowDeselect={false}
          onChange={(value) => setRubric(value ?? NO_RUBRIC)}
          error={errors.rubricId}
        />
        {confirmDelete && (
          <Text size="sm" c="red.8" role="alert">
            {t('assessors.instruments.methods.deleteConfirm', { code: method?.code ?? '' })}
          </Text>
        )}
        <ModalFooter
          error={formError}
          busy={busy}
          submitLabel={t('assessors.common.save')}
          onCancel={onDone}
          left={
            method && (
              <Tooltip
                label={t('assessors.instruments.methods.inUse')}
                disabled={!method.inUse}
                multiline
                w={300}
              >
                <Button
                  variant={confirmDelete ? 'filled' : 'subtle'}
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  disabled={method.inUse || busy}
                  onClick={() => void remove()}
                >
                  {confirmDelete
                    ? t('assessors.instruments.methods.deleteNow')
                    : t('assessors.instruments.methods.delete')}
                </Button>
              </Tooltip>
            )
          }
        />
      </Stack>
    </form>
  );
}
