import { Button, Center, Group, Loader, Text, TextInput, Tooltip } from '@mantine/core';
import {
  IconDownload,
  IconFileSpreadsheet,
  IconInfoCircle,
  IconSearch,
  IconUserPlus,
} from '@tabler/icons-react';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, Program } from '../../../../shared/contract';
import { formatNip } from '../../../../shared/domain/nip';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { useAppEvent } from '../../api/use-app-event';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DownloadButton } from '../../components/download-button';
import { ErrorAlert } from '../../components/error-alert';
import { Screen } from '../../components/screen';
import { VirtualTable } from '../../components/virtual-table';
import { notifySuccess } from '../../lib/notify';
import { buildTextIndex, filterTextIndex } from '../../lib/text-filter';
import { RosterImportModal } from '../roster-import/roster-import-modal';
import { CandidateFormModal } from './candidate-form-modal';
import { RosterEmpty } from './roster-empty';
import { candidateSearchText, rosterColumns } from './roster-columns';

const NO_CANDIDATES: Candidate[] = [];

/** The form for a new candidate (null) or an existing one; kept while the dialog fades out. */
type FormState = { opened: boolean; candidate: Candidate | null };

export function RosterScreen({ program }: { program: Program }) {
  const { t } = useTranslation();
  const api = useApi();
  const [importOpen, setImportOpen] = useState(false);
  // While the import covers the window, changes only mark the list stale: rebuilding a
  // 10,000-row table nobody can see would stall the wizard. It is fetched once, on closing.
  const [stale, setStale] = useState(false);
  const concerns = (change: { operation: string; programId: number | null }) =>
    // A preview writes nothing: refetching the roster after each one would be waste.
    change.operation !== 'roster:preview' && (change.programId === null || change.programId === program.id);
  const roster = useApiQuery(
    'roster:list',
    { programId: program.id },
    { refreshOn: (change) => !importOpen && concerns(change) },
  );
  useAppEvent('data:changed', (change) => {
    if (importOpen && concerns(change)) setStale(true);
  });
  const closeImport = () => {
    setImportOpen(false);
    if (stale) {
      setStale(false);
      roster.refresh();
    }
  };
  const [query, setQuery] = useState('');
  // Typing stays responsive on 10,000 rows: filtering runs at a lower priority than the keys.
  const deferredQuery = useDeferredValue(query);
  const [form, setForm] = useState<FormState>({ opened: false, candidate: null });
  // Kept while the dialog fades out, so its text does not flip to empty.
  const [toDelete, setToDelete] = useState<Candidate | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);

  const candidates = roster.data ?? NO_CANDIDATES;
  const index = useMemo(() => buildTextIndex(candidates, candidateSearchText), [candidates]);
  const visible = useMemo(() => filterTextIndex(index, deferredQuery), [index, deferredQuery]);
  const onEdit = useCallback((candidate: Candidate) => setForm({ opened: true, candidate }), []);
  const onDelete = useCallback((candidate: Candidate) => {
    setToDelete(candidate);
    setDeleteOpen(true);
  }, []);
  const columns = useMemo(() => rosterColumns(t, { onEdit, onDelete }), [t, onEdit, onDelete]);

  const openAdd = () => setForm({ opened: true, candidate: null });
  const openImport = () => setImportOpen(true);
  const getTemplate = useCallback(() => api.invoke('roster:template', {}), [api]);
  const templateButton = (
    <Tooltip label={t('rosterEdit.toolbar.templateHint')} multiline w={320} openDelay={300}>
      <DownloadButton
        variant="default"
        leftSection={<IconDownload size={18} />}
        file={getTemplate}
        onSaved={(file) => api.door === 'desktop' && notifySuccess(t('rosterEdit.templateSaved', file))}
      >
        {t('rosterEdit.toolbar.template')}
      </DownloadButton>
    </Tooltip>
  );

  const remove = async (candidate: Candidate) => {
    await api.invoke('roster:delete', { id: candidate.id });
    notifySuccess(t('rosterEdit.deleted', { name: candidate.name }));
  };

  return (
    <Screen
      title={t('roster.title')}
      description={t('roster.description', { code: program.code })}
      actions={
        <>
          {templateButton}
          <Button variant="default" leftSection={<IconUserPlus size={18} />} onClick={openAdd}>
            {t('rosterEdit.toolbar.add')}
          </Button>
          <Button leftSection={<IconFileSpreadsheet size={18} />} onClick={openImport}>
            {t('rosterEdit.toolbar.import')}
          </Button>
        </>
      }
    >
      {roster.error ? (
        <ErrorAlert error={roster.error} onRetry={roster.refresh} />
      ) : roster.loading ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : candidates.length === 0 ? (
        <RosterEmpty onImport={openImport} onAdd={openAdd} template={templateButton} />
      ) : (
        <>
          <TextInput
            aria-label={t('roster.searchLabel')}
            placeholder={t('roster.search')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            type="search"
            w={440}
            mb="sm"
          />
          <VirtualTable
            rows={candidates}
            visible={visible}
            columns={columns}
            getRowId={(candidate) => String(candidate.id)}
            label={t('roster.title')}
            empty={t('roster.noMatch')}
            scrollResetKey={deferredQuery}
          />
          <Group justify="space-between" mt="xs" gap="md" wrap="nowrap">
            <Text size="sm" fw={500} role="status" data-testid="roster-count">
              {visible
                ? t('roster.countFiltered', { shown: visible.length, count: candidates.length })
                : t('roster.count', { count: candidates.length })}
            </Text>
            <Group gap={6} wrap="nowrap">
              <IconInfoCircle size={14} color="var(--mantine-color-dimmed)" aria-hidden />
              <Text size="xs" c="dimmed">
                {t('rosterEdit.footerNote')}
              </Text>
            </Group>
          </Group>
        </>
      )}
      <CandidateFormModal
        opened={form.opened}
        program={program}
        candidate={form.candidate}
        roster={candidates}
        onClose={() => setForm((current) => ({ ...current, opened: false }))}
      />
      <RosterImportModal opened={importOpen} program={program} onClose={closeImport} />
      <ConfirmDialog
        opened={deleteOpen}
        title={t('rosterEdit.deleteConfirm.title')}
        message={
          toDelete
            ? t('rosterEdit.deleteConfirm.message', {
                name: toDelete.name,
                nip: formatNip(toDelete.nip),
                participantNo: toDelete.participantNo,
              })
            : ''
        }
        confirmLabel={t('rosterEdit.deleteConfirm.confirm')}
        color="red"
        onConfirm={() => (toDelete ? remove(toDelete) : Promise.resolve())}
        onClose={() => setDeleteOpen(false)}
      />
    </Screen>
  );
}
