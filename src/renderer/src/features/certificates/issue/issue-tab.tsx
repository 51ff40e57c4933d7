import {
  Alert,
  Button,
  Center,
  Group,
  Input,
  Loader,
  Modal,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCertificate, IconFileText, IconSearch } from '@tabler/icons-react';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATE_ELIGIBILITIES,
  CertificateIssueResult,
  type CertificateEligibility,
  type Program,
} from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { useApiQuery } from '../../../api/use-api-query';
import { useJob } from '../../../api/use-job';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { JobProgress } from '../../../components/job-progress';
import { VirtualTable } from '../../../components/virtual-table';
import { buildTextIndex, filterTextIndex } from '../../../lib/text-filter';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useFileJobs } from '../shared/file-jobs';
import { eligibilityColumns, isSelectable, type EligibilityRow } from './eligibility-columns';

const VIEWS = ['all', 'pending', 'issued', 'ineligible'] as const;
type View = (typeof VIEWS)[number];

const inView = (row: EligibilityRow, view: View): boolean =>
  view === 'all' ||
  (view === 'pending' && isSelectable(row)) ||
  (view === 'issued' && row.certificateId !== null) ||
  (view === 'ineligible' && !row.eligible && row.certificateId === null);

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder radius="sm" px="md" py={6}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value.toLocaleString('id-ID')}
      </Text>
    </Paper>
  );
}

/**
 * Terbitkan: pick the eligibility rule, see who qualifies and who already holds a certificate,
 * and issue to all of them or to the ones ticked. Issuing runs as a background job; individual
 * reports can be made here for one candidate or for all.
 */
export function IssueTab({ program, onIssued }: { program: Program; onIssued: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [rule, setRule] = useState<CertificateEligibility>('attended');
  const [view, setView] = useState<View>('all');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [confirm, setConfirm] = useState<'all' | 'selected' | null>(null);
  const { job, run, cancel } = useJob(CertificateIssueResult);
  const { start: startFile, dialog: fileDialog } = useFileJobs(program.id);

  const refreshOn = { refreshOn: (change: { programId: number | null }) => change.programId === program.id };
  const eligibility = useApiQuery(
    'certificates:eligibility',
    { programId: program.id, eligibility: rule },
    refreshOn,
  );
  const template = useApiQuery('certificates:template', { programId: program.id }, refreshOn);
  const data = eligibility.data;
  const rows = useMemo(() => data?.candidates ?? [], [data]);

  const index = useMemo(
    () => buildTextIndex(rows, (r) => `${r.participantNo} ${r.nip} ${r.name} ${r.unit}`),
    [rows],
  );
  const visible = useMemo(() => {
    const matches = filterTextIndex(index, deferredQuery);
    const positions = matches ?? rows.map((_, i) => i);
    return positions.filter((i) => inView(rows[i] as EligibilityRow, view));
  }, [index, deferredQuery, rows, view]);
  const selectableInView = useMemo(
    () => visible.map((i) => rows[i] as EligibilityRow).filter(isSelectable),
    [visible, rows],
  );
  // Ticks of candidates no longer selectable (issued meanwhile, another rule) do not count.
  const chosen = useMemo(
    () => rows.filter((r) => isSelectable(r) && selected.has(r.candidateId)).map((r) => r.candidateId),
    [rows, selected],
  );

  const onToggle = useCallback(
    (row: EligibilityRow) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(row.candidateId)) next.add(row.candidateId);
        return next;
      }),
    [],
  );
  const onToggleAll = useCallback(
    (select: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        for (const row of selectableInView) {
          if (select) next.add(row.candidateId);
          else next.delete(row.candidateId);
        }
        return next;
      }),
    [selectableInView],
  );
  const onReport = useCallback(
    (row: EligibilityRow) =>
      startFile({
        kind: 'reports',
        input: { programId: program.id, candidateIds: [row.candidateId] },
        then: 'save',
      }),
    [startFile, program.id],
  );
  const columns = useMemo(
    () => eligibilityColumns(t, { selected, selectableInView, onToggle, onToggleAll, onReport }),
    [t, selected, selectableInView, onToggle, onToggleAll, onReport],
  );

  const issue = async (which: 'all' | 'selected') => {
    const outcome = await run(() =>
      api.invoke(
        'certificates:issue',
        which === 'all'
          ? { programId: program.id, eligibility: rule, allEligible: true }
          : { programId: program.id, eligibility: rule, candidateIds: chosen },
      ),
    );
    if (outcome.status === 'failed') throw outcome.error;
    if (outcome.status !== 'done') return;
    const { issued, skipped } = outcome.result;
    setSelected(new Set());
    notifySuccess(
      [
        t('certificates.issue.issued', {
          count: issued.length,
          first: issued[0]?.number ?? '',
          last: issued.at(-1)?.number ?? '',
        }),
        skipped.length > 0 ? t('certificates.issue.skipped', { count: skipped.length }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    if (issued.length > 0) onIssued();
  };

  if (eligibility.error) return <ErrorAlert error={eligibility.error} onRetry={eligibility.refresh} />;

  const counts = data?.counts ?? { eligible: 0, issued: 0, pending: 0 };
  const waitsForFinal = rule === 'passed' && data !== undefined && !data.finalized;
  const issuing = job.status === 'starting' || job.status === 'running';
  const confirmCount = confirm === 'selected' ? chosen.length : counts.pending;
  const viewCounts: Record<View, number> = {
    all: rows.length,
    pending: rows.filter((r) => inView(r, 'pending')).length,
    issued: rows.filter((r) => inView(r, 'issued')).length,
    ineligible: rows.filter((r) => inView(r, 'ineligible')).length,
  };

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <Group align="flex-end" justify="space-between" wrap="nowrap" gap="md">
        <Input.Wrapper
          label={t('certificates.issue.rule')}
          description={t(`certificates.issue.ruleHints.${rule}`)}
        >
          <div>
            <SegmentedControl
              mt={4}
              value={rule}
              onChange={(value) => {
                setRule(value as CertificateEligibility);
                setSelected(new Set());
              }}
              data={CERTIFICATE_ELIGIBILITIES.map((value) => ({
                value,
                label: t(`certificates.issue.rules.${value}`),
              }))}
            />
          </div>
        </Input.Wrapper>
        <SimpleGrid cols={3} spacing="xs" style={{ flexShrink: 0 }}>
          <Count label={t('certificates.issue.counts.eligible')} value={counts.eligible} />
          <Count label={t('certificates.issue.counts.issued')} value={counts.issued} color="teal.8" />
          <Count label={t('certificates.issue.counts.pending')} value={counts.pending} color="blue.8" />
        </SimpleGrid>
      </Group>

      {waitsForFinal && (
        <Alert color="yellow" variant="light" py="xs">
          {t('certificates.issue.notFinal')}
        </Alert>
      )}

      <Group gap="sm" wrap="nowrap" align="center">
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as View)}
          data={VIEWS.map((value) => ({
            value,
            label: t(`certificates.issue.view.${value}`, { count: viewCounts[value] }),
          }))}
        />
        <TextInput
          aria-label={t('certificates.issue.search')}
          placeholder={t('certificates.issue.search')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          style={{ flex: 1, minWidth: 160 }}
        />
      </Group>

      <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        {!data ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : (
          <VirtualTable
            rows={rows}
            visible={visible}
            columns={columns}
            getRowId={(row) => String(row.candidateId)}
            label={t('certificates.issue.table')}
            empty={<Text c="dimmed">{t('certificates.issue.empty')}</Text>}
            scrollResetKey={`${rule} ${view} ${deferredQuery}`}
            minWidth={1000}
          />
        )}
      </div>

      <Group justify="space-between" wrap="nowrap">
        <Button
          variant="default"
          leftSection={<IconFileText size={18} />}
          disabled={rows.length === 0}
          onClick={() => startFile({ kind: 'reports', input: { programId: program.id }, then: 'offer' })}
        >
          {t('certificates.issue.reportAll')}
        </Button>
        <Group gap="sm" wrap="nowrap">
          {counts.pending === 0 && data && counts.eligible > 0 && (
            <Text size="sm" c="dimmed">
              {t('certificates.issue.allIssued')}
            </Text>
          )}
          {chosen.length > 0 && (
            <Button variant="subtle" onClick={() => setSelected(new Set())}>
              {t('certificates.issue.clearSelection')}
            </Button>
          )}
          {chosen.length > 0 && (
            <Button
              variant="light"
              disabled={waitsForFinal || issuing}
              onClick={() => setConfirm('selected')}
            >
              {t('certificates.issue.issueSelected', { count: chosen.length })}
            </Button>
          )}
          <Button
            leftSection={<IconCertificate size={18} />}
            disabled={waitsForFinal || issuing || counts.pending === 0}
            onClick={() => setConfirm('all')}
          >
            {counts.pending > 0
              ? t('certificates.issue.issueAll', { count: counts.pending })
              : t('certificates.issue.issueNone')}
          </Button>
        </Group>
      </Group>

      <ConfirmDialog
        opened={confirm !== null}
        title={t('certificates.issue.confirm.title')}
        message={t('certificates.issue.confirm.message', {
          count: confirmCount,
          number: template.data?.nextNumber ?? '—',
        })}
        confirmLabel={t('certificates.issue.confirm.confirm')}
        onConfirm={async () => {
          const which = confirm ?? 'all';
          setConfirm(null);
          await issue(which).catch(notifyError);
        }}
        onClose={() => setConfirm(null)}
      />

      <Modal
        opened={issuing}
        onClose={() => undefined}
        withCloseButton={false}
        closeOnClickOutside={false}
        closeOnEscape={false}
        title={t('certificates.issue.progress.title')}
        centered
        size="lg"
      >
        <JobProgress
          label={t('certificates.issue.progress.label')}
          percent={job.status === 'running' && job.total > 0 ? (100 * job.done) / job.total : null}
          detail={
            job.status === 'running' && job.total > 0
              ? t('certificates.issue.progress.detail', { done: job.done, count: job.total })
              : ''
          }
          barLabel={t('certificates.issue.progress.barLabel')}
          cancel={{
            onCancel: () => void cancel(),
            cancelling: job.status === 'running' && job.cancelling,
            disabled: job.status !== 'running',
            label: t('common.cancel'),
            cancellingLabel: t('common.loading'),
          }}
        />
      </Modal>
      {fileDialog}
    </Stack>
  );
}
