import { Button, Center, Loader, Switch, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { Screen } from '../../components/screen';
import { notifySuccess } from '../../lib/notify';
import { LoadDemoButton } from '../demo/load-demo-button';
import { StartScreen } from '../start/start-screen';
import { ProgramFormModal } from './program-form-modal';
import { useProgramSelection } from './program-selection';
import { ProgramTable } from './program-table';

/** The form for a new programme (null) or an existing one; kept while the dialog fades out. */
type FormState = { opened: boolean; program: Program | null };
type ArchiveRequest = { program: Program; archived: boolean } | null;

export function ProgramsScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const selection = useProgramSelection();
  const [showArchived, setShowArchived] = useState(false);
  const list = useApiQuery('program:list', { includeArchived: showArchived });
  const [form, setForm] = useState<FormState>({ opened: false, program: null });
  // The request outlives the dialog's closing animation, so its text does not flip while fading.
  const [archiveRequest, setArchiveRequest] = useState<ArchiveRequest>(null);
  const [archiveOpen, setArchiveOpen] = useState(false);

  const openCreate = () => setForm({ opened: true, program: null });
  const closeForm = () => setForm((current) => ({ ...current, opened: false }));
  const formModal = (
    <ProgramFormModal
      opened={form.opened}
      program={form.program}
      onClose={closeForm}
      onSaved={(program) => {
        closeForm();
        selection.select(program.id);
      }}
    />
  );

  // A brand-new installation: the start screen is the whole Program stage.
  if (!showArchived && list.data?.length === 0) {
    return (
      <>
        <StartScreen onCreate={openCreate} />
        {formModal}
      </>
    );
  }

  const archive = async ({ program, archived }: NonNullable<ArchiveRequest>) => {
    await api.invoke('program:archive', { id: program.id, archived });
    notifySuccess(t(archived ? 'programs.archived' : 'programs.restored', { code: program.code }));
  };
  const confirmText =
    archiveRequest?.archived === false ? 'programs.restoreConfirm' : 'programs.archiveConfirm';

  return (
    <Screen
      title={t('programs.title')}
      description={t('programs.description')}
      actions={
        <>
          <Switch
            label={t('programs.showArchived')}
            checked={showArchived}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
            styles={{ label: { whiteSpace: 'nowrap' } }}
            mr="sm"
          />
          <LoadDemoButton variant="default" />
          <Button leftSection={<IconPlus size={18} />} onClick={openCreate}>
            {t('programs.create')}
          </Button>
        </>
      }
    >
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={list.refresh} />
      ) : !list.data ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : list.data.length === 0 ? (
        <Text c="dimmed">{t('programs.empty')}</Text>
      ) : (
        <ProgramTable
          programs={list.data}
          selectedId={selection.program?.id ?? null}
          onSelect={(program) => selection.select(program.id)}
          onEdit={(program) => setForm({ opened: true, program })}
          onArchive={(program, archived) => {
            setArchiveRequest({ program, archived });
            setArchiveOpen(true);
          }}
        />
      )}
      {formModal}
      <ConfirmDialog
        opened={archiveOpen}
        title={t(`${confirmText}.title`)}
        message={archiveRequest ? t(`${confirmText}.message`, archiveRequest.program) : ''}
        confirmLabel={t(`${confirmText}.confirm`)}
        onConfirm={() => (archiveRequest ? archive(archiveRequest) : Promise.resolve())}
        onClose={() => setArchiveOpen(false)}
      />
    </Screen>
  );
}
