import { Button, Center, Group, Loader, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconPrinter, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateListItem, Program } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorAlert } from '../../../components/error-alert';
import { VirtualTable } from '../../../components/virtual-table';
import { buildTextIndex, filterTextIndex } from '../../../lib/text-filter';
import { notifySuccess } from '../../../lib/notify';
import { useFileJobs } from '../shared/file-jobs';
import { reservePdfTab } from '../shared/pdf-delivery';
import { CertificateDrawer } from './certificate-drawer';
import { issuedColumns, type IssuedActions } from './issued-columns';
import { PrintBatchModal } from './print-batch-modal';
import { ReasonDialog } from './reason-dialog';

const VIEWS = ['all', 'valid', 'revoked'] as const;
type View = (typeof VIEWS)[number];

type Pending = { action: 'revoke' | 'reissue'; item: CertificateListItem } | null;

/**
 * Sertifikat terbit: every certificate of the programme, valid and revoked. One can be
 * downloaded or printed, revoked or re-issued with a reason; "Cetak semua" makes one PDF or a
 * ZIP of all valid ones. Every file comes from the frozen snapshot, never from today's roster.
 */
export function IssuedTab({ program }: { program: Program }) {
  const { t } = useTranslation();
  const api = useApi();
  const list = useApiQuery(
    'certificates:list',
    { programId: program.id },
    { refreshOn: (change) => change.programId === program.id },
  );
  const rows = useMemo(() => list.data ?? [], [list.data]);
  const [view, setView] = useState<View>('all');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [pending, setPending] = useState<Pending>(null);
  const [detailId, setDetailId] = useState<number | null>(null);
  const [batchOpen, setBatchOpen] = useState(false);
  const { start, dialog } = useFileJobs(program.id);

  const index = useMemo(
    () => buildTextIndex(rows, (c) => `${c.number} ${c.name} ${c.nip} ${c.shortCode} ${c.participantNo}`),
    [rows],
  );
  const visible = useMemo(() => {
    const positions = filterTextIndex(index, deferredQuery) ?? rows.map((_, i) => i);
    return view === 'all' ? positions : positions.filter((i) => rows[i]?.status === view);
  }, [index, deferredQuery, rows, view]);
  const valid = useMemo(() => rows.filter((c) => c.status === 'valid'), [rows]);

  const columns = useMemo(() => {
    const single = (item: CertificateListItem) => ({
      programId: program.id,
      certificateIds: [item.id],
      mode: 'merged' as const,
    });
    const actions: IssuedActions = {
      onDownload: (item) =>
        start({ kind: 'certificates', input: single(item), then: 'save', printIds: [item.id], copies: 1 }),
      onPrint: (item) =>
        start({
          kind: 'certificates',
          input: single(item),
          then: 'print',
          printIds: [item.id],
          copies: 1,
          // Opened now, inside the click: a tab opened after the job would be blocked.
          tab: reservePdfTab(api.door, t('common.loading')),
        }),
      onDetails: (item) => setDetailId(item.id),
      onReport: (item) =>
        start({
          kind: 'reports',
          input: { programId: program.id, candidateIds: [item.candidateId] },
          then: 'save',
        }),
      onRevoke: (item) => setPending({ action: 'revoke', item }),
      onReissue: (item) => setPending({ action: 'reissue', item }),
    };
    return issuedColumns(t, actions);
  }, [t, start, program.id, api.door]);

  if (list.error) return <ErrorAlert error={list.error} onRetry={list.refresh} />;

  const counts: Record<View, number> = {
    all: rows.length,
    valid: valid.length,
    revoked: rows.length - valid.length,
  };
  const item = pending?.item;

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <Group gap="sm" wrap="nowrap" align="center">
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as View)}
          data={VIEWS.map((value) => ({
            value,
            label: t(`certificates.issued.view.${value}`, { count: counts[value] }),
          }))}
        />
        <TextInput
          aria-label={t('certificates.issued.search')}
          placeholder={t('certificates.issued.search')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          style={{ flex: 1, minWidth: 160 }}
        />
        <Button
          leftSection={<IconPrinter size={18} />}
          disabled={valid.length === 0}
          onClick={() => setBatchOpen(true)}
        >
          {t('certificates.issued.printAll')}
        </Button>
      </Group>

      <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        {!list.data ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : (
          <VirtualTable
            rows={rows}
            visible={visible}
            columns={columns}
            getRowId={(c) => String(c.id)}
            label={t('certificates.issued.table')}
            empty={
              <Text c="dimmed">
                {rows.length === 0 ? t('certificates.issued.empty') : t('certificates.issued.noMatch')}
              </Text>
            }
            scrollResetKey={`${view} ${deferredQuery}`}
            minWidth={1000}
          />
        )}
      </div>

      <PrintBatchModal
        opened={batchOpen}
        count={valid.length}
        onClose={() => setBatchOpen(false)}
        onStart={(choice) => {
          setBatchOpen(false);
          start({
            kind: 'certificates',
            input: { programId: program.id, mode: choice.mode, fileNamePattern: choice.fileNamePattern },
            then: 'offer',
            printIds: valid.map((c) => c.id),
            copies: choice.copies,
          });
        }}
      />

      <ReasonDialog
        opened={pending?.action === 'revoke'}
        title={t('certificates.issued.revoke.title', { number: item?.number ?? '' })}
        message={t('certificates.issued.revoke.message')}
        reasonLabel={t('certificates.issued.revoke.reason')}
        placeholder={t('certificates.issued.revoke.placeholder')}
        confirmLabel={t('certificates.issued.revoke.confirm')}
        onConfirm={async (reason) => {
          if (!item) return;
          const done = await api.invoke('certificates:revoke', { number: item.number, reason });
          notifySuccess(t('certificates.issued.revoke.done', { number: done.revoked.number }));
        }}
        onClose={() => setPending(null)}
      />
      <ReasonDialog
        opened={pending?.action === 'reissue'}
        title={t('certificates.issued.reissue.title', { number: item?.number ?? '' })}
        message={t('certificates.issued.reissue.message')}
        reasonLabel={t('certificates.issued.reissue.reason')}
        placeholder={t('certificates.issued.reissue.placeholder')}
        confirmLabel={t('certificates.issued.reissue.confirm')}
        onConfirm={async (reason) => {
          if (!item) return;
          const done = await api.invoke('certificates:reissue', { certificateId: item.id, reason });
          notifySuccess(
            t('certificates.issued.reissue.done', { old: done.revoked.number, number: done.issued.number }),
          );
        }}
        onClose={() => setPending(null)}
      />
      <CertificateDrawer certificateId={detailId} onClose={() => setDetailId(null)} />
      {dialog}
    </Stack>
  );
}
