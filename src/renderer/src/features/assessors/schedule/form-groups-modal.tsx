import { Alert, Checkbox, Input, Modal, SegmentedControl, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../../shared/contract';
import { GROUP_SIZE_MAX, GROUP_SIZE_MIN } from '../../../../../shared/domain/grouping';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { notifySuccess } from '../../../lib/notify';
import { notifyWarnings } from '../shared/notify-warnings';
import { ModalFooter } from '../shared/modal-footer';

const SIZES = Array.from({ length: GROUP_SIZE_MAX - GROUP_SIZE_MIN + 1 }, (_, i) =>
  String(GROUP_SIZE_MIN + i),
);

/** Forms groups of 4–8 from the whole roster, with the two options the venue asks for. */
export function FormGroupsModal({
  opened,
  program,
  hasGroups,
  onClose,
}: {
  opened: boolean;
  program: Program;
  hasGroups: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={t('assessors.groups.formTitle')}
      size={560}
    >
      <FormGroupsForm program={program} hasGroups={hasGroups} onDone={onClose} />
    </Modal>
  );
}

function FormGroupsForm({
  program,
  hasGroups,
  onDone,
}: {
  program: Program;
  hasGroups: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [size, setSize] = useState('6');
  const [mixAgencies, setMixAgencies] = useState(true);
  const [sameLevel, setSameLevel] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(null);
    try {
      const result = await api.invoke('schedule:form-groups', {
        programId: program.id,
        size: Number(size),
        mixAgencies,
        sameLevel,
      });
      notifySuccess(t('assessors.groups.formed', { count: result.groups.length }));
      notifyWarnings(result.warnings, t);
      onDone();
    } catch (caught) {
      setFormError(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Input.Wrapper label={t('assessors.groups.size')} description={t('assessors.groups.sizeNote')}>
          <SegmentedControl
            aria-label={t('assessors.groups.size')}
            data={SIZES}
            value={size}
            onChange={setSize}
            mt={6}
          />
        </Input.Wrapper>
        <Checkbox
          label={t('assessors.groups.mixAgencies')}
          description={t('assessors.groups.mixAgenciesHint')}
          checked={mixAgencies}
          onChange={(event) => setMixAgencies(event.currentTarget.checked)}
        />
        <Checkbox
          label={t('assessors.groups.sameLevel')}
          description={t('assessors.groups.sameLevelHint')}
          checked={sameLevel}
          onChange={(event) => setSameLevel(event.currentTarget.checked)}
        />
        {hasGroups && (
          <Alert color="yellow" variant="light">
            {t('assessors.groups.replaceWarning')}
          </Alert>
        )}
        <ModalFooter
          error={formError}
          busy={busy}
          submitLabel={t('assessors.groups.formSubmit')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
