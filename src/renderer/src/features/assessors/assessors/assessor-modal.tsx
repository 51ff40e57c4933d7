import { Autocomplete, Divider, Input, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessor, AssessorRole, Program } from '../../../../../shared/contract';
import { formatNip, parseNip } from '../../../../../shared/domain/nip';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { useApiQuery } from '../../../api/use-api-query';
import { notifySuccess } from '../../../lib/notify';
import { fieldErrorsOf, type FieldErrors } from '../shared/field-errors';
import { ModalFooter } from '../shared/modal-footer';
import { checkPin, PinFields, type PinValues } from './pin-fields';

interface AssessorModalProps {
  opened: boolean;
  program: Program;
  /** null: a new assessor (the form then asks for a PIN). */
  assessor: Assessor | null;
  onClose: () => void;
}

export function AssessorModal({ opened, program, assessor, onClose }: AssessorModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={assessor ? t('assessors.form.editTitle') : t('assessors.form.newTitle')}
      size={640}
      closeOnClickOutside={false}
    >
      <AssessorForm program={program} assessor={assessor} onDone={onClose} />
    </Modal>
  );
}

interface Values extends PinValues {
  name: string;
  nip: string;
  role: AssessorRole;
  unit: string;
}

function AssessorForm({
  program,
  assessor,
  onDone,
}: {
  program: Program;
  assessor: Assessor | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Values>({
    name: assessor?.name ?? '',
    nip: assessor?.nip ? formatNip(assessor.nip) : '',
    role: assessor?.role ?? 'assessor',
    unit: assessor?.unit ?? '',
    pin: '',
    pinAgain: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The roster's agencies, so an assessor's agency is spelled the way conflict checks compare it.
  const roster = useApiQuery('roster:list', { programId: program.id });
  const units = useMemo(
    () =>
      [...new Set((roster.data ?? []).map((c) => c.unit).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b, 'id'),
      ),
    [roster.data],
  );

  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _old, ...rest }) => rest);
  };

  const nipProblem = (nip: string): string | undefined => {
    if (nip.trim() === '') return undefined;
    const parsed = parseNip(nip);
    return parsed.ok ? undefined : parsed.message;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = assessor ? {} : checkPin(values, t);
    if (values.name.trim().length < 2) found.name = t('assessors.form.nameRequired');
    const nipError = nipProblem(values.nip);
    if (nipError) found.nip = nipError;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const parsed = parseNip(values.nip);
    const fields = {
      name: values.name.trim(),
      nip: values.nip.trim() === '' ? null : parsed.ok ? parsed.nip : values.nip.trim(),
      role: values.role,
      unit: values.unit.trim(),
    };
    setBusy(true);
    setFormError(null);
    try {
      const saved = assessor
        ? await api.invoke('assessor:update', { id: assessor.id, ...fields })
        : await api.invoke('assessor:add', { programId: program.id, ...fields, pin: values.pin });
      notifySuccess(t(assessor ? 'assessors.form.updated' : 'assessors.form.added', { name: saved.name }));
      onDone();
    } catch (caught) {
      const result = fieldErrorsOf(toApiError(caught), { 'assessor-nip-taken': 'nip' });
      setErrors(result.fields);
      setFormError(result.form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('assessors.form.name')}
          description={t('assessors.form.nameHint')}
          placeholder="Dra. Hj. Siti Aminah, M.Si."
          withAsterisk
          data-autofocus
          maxLength={200}
          value={values.name}
          error={errors.name}
          onChange={(event) => set('name', event.currentTarget.value)}
        />
        <TextInput
          label={t('assessors.form.nip')}
          description={t('assessors.form.nipHint')}
          placeholder="19860926 201505 1 001"
          inputMode="numeric"
          maxLength={40}
          value={values.nip}
          error={errors.nip}
          onChange={(event) => set('nip', event.currentTarget.value)}
          onBlur={() => {
            const problem = nipProblem(values.nip);
            if (problem) setErrors((current) => ({ ...current, nip: problem }));
            else {
              const parsed = parseNip(values.nip);
              if (parsed.ok) setValues((current) => ({ ...current, nip: formatNip(parsed.nip) }));
            }
          }}
        />
        <Input.Wrapper
          label={t('assessors.form.role')}
          description={t('assessors.form.roleHint')}
          id="assessor-role"
        >
          <SegmentedControl
            aria-label={t('assessors.form.role')}
            value={values.role}
            onChange={(value) => set('role', value as AssessorRole)}
            data={[
              { value: 'assessor', label: t('assessors.people.roles.assessor') },
              { value: 'lead', label: t('assessors.people.roles.lead') },
            ]}
            mt={4}
          />
        </Input.Wrapper>
        <Autocomplete
          label={t('assessors.form.unit')}
          description={t('assessors.form.unitHint')}
          placeholder={t('assessors.form.unitPlaceholder')}
          data={units}
          limit={8}
          maxLength={200}
          value={values.unit}
          error={errors.unit}
          onChange={(value) => set('unit', value)}
        />
        {!assessor && (
          <>
            <Divider label={t('assessors.pin.section')} labelPosition="left" mt="xs" />
            <PinFields
              values={values}
              errors={errors}
              onChange={(next, field) => {
                setValues((current) => ({ ...current, pin: next.pin, pinAgain: next.pinAgain }));
                setErrors(({ [field]: _old, ...rest }) => rest);
              }}
            />
            <Text size="xs" c="dimmed">
              {t('assessors.pin.neverShown')}
            </Text>
          </>
        )}
        <ModalFooter
          error={formError}
          busy={busy}
          submitLabel={assessor ? t('assessors.common.save') : t('assessors.form.submitAdd')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
