import { Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessor } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { notifySuccess } from '../../../lib/notify';
import { fieldErrorsOf, type FieldErrors } from '../shared/field-errors';
import { ModalFooter } from '../shared/modal-footer';
import { checkPin, PinFields, type PinValues } from './pin-fields';

/** Sets a new PIN; the old one stops working at once. */
export function PinModal({
  opened,
  assessor,
  onClose,
}: {
  opened: boolean;
  assessor: Assessor | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={t('assessors.pin.title', { name: assessor?.name ?? '' })}
      size={560}
      closeOnClickOutside={false}
    >
      {assessor && <PinForm assessor={assessor} onDone={onClose} />}
    </Modal>
  );
}

function PinForm({ assessor, onDone }: { assessor: Assessor; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<PinValues>({ pin: '', pinAgain: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkPin(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFormError(null);
    try {
      await api.invoke('assessor:set-pin', { id: assessor.id, pin: values.pin });
      notifySuccess(t('assessors.pin.saved', { name: assessor.name }));
      onDone();
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
      <Stack gap="md">
        <Text size="sm">{t('assessors.pin.explain')}</Text>
        <PinFields
          values={values}
          errors={errors}
          autoFocus
          onChange={(next, field) => {
            setValues(next);
            setErrors(({ [field]: _old, ...rest }) => rest);
          }}
        />
        <ModalFooter
          error={formError}
          busy={busy}
          submitLabel={t('assessors.pin.submit')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
