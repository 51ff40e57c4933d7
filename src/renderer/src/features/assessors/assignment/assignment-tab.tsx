import { Button, Center, Group, Loader, NumberInput, SegmentedControl, Text, TextInput } from '@mantine/core';
import { IconSearch, IconWand } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignAutoResult, Program } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorAlert } from '../../../components/error-alert';
import { VirtualTable } from '../../../components/virtual-table';
import { notifyError } from '../../../lib/notify';
import { buildTextIndex, filterTextIndex } from '../../../lib/text-filter';
import { programChange } from '../shared/program-change';
import { AssignModal } from './assign-modal';
import { assignmentColumns } from './assignment-columns';
import { LoadsPanel } from './loads-panel';
import { RunReport } from './run-report';
import { loadsOf, slotsOf, type Slot } from './slots';

type Filter = 'all' | 'attention';

interface AssignmentTabProps {
  program: Program;
  /** The last automatic run's report (kept by the stage while the operator visits other tabs). */
  lastRun: AssignAutoResult | null;
  onRun: (result: AssignAutoResult | null) => void;
}

/**
 * Who observes whom: "Bagi penilai otomatis" fills every candidate and method with N assessors
 * from other agencies; what it cannot do is listed per candidate, with the reason. Any slot can
 * be changed by hand; a conflict of interest then shows in red.
 */
export function AssignmentTab({ program, lastRun, onRun }: AssignmentTabProps) {
  const { t } = useTranslation();
  const api = useApi();
  const refreshOn = programChange(program.id);
  const list = useApiQuery('assign:list', { programId: program.id }, { refreshOn });
  const assessors = useApiQuery('assessor:list', { programId: program.id }, { refreshOn });
  const instruments = useApiQuery('instruments:get', { programId: program.id }, { refreshOn });
  const [perCandidate, setPerCandidate] = useState<number | string>(2);
  const [running, setRunning] = useState(false);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<Slot | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const n = typeof perCandidate === 'number' ? perCandidate : 2;

  const methodOrder = useMemo(() => (instruments.data?.methods ?? []).map((m) => m.id), [instruments.data]);
  const slots = useMemo(() => slotsOf(list.data ?? [], methodOrder), [list.data, methodOrder]);
  const loads = useMemo(() => loadsOf(list.data ?? []), [list.data]);
  const index = useMemo(
    () =>
      buildTextIndex(
        slots,
        (s) =>
          `${s.participantNo} ${s.candidateName} ${s.candidateUnit} ${s.methodCode} ${s.rows.map((r) => r.assessorName).join(' ')}`,
      ),
    [slots],
  );
  const attention = useMemo(() => slots.filter((s) => s.conflict || s.rows.length < n).length, [slots, n]);
  const visible = useMemo(() => {
    const found = filterTextIndex(index, deferredSearch);
    if (filter === 'all') return found;
    const positions = found ?? slots.map((_, i) => i);
    return positions.filter((i) => {
      const slot = slots[i] as Slot;
      return slot.conflict || slot.rows.length < n;
    });
  }, [index, deferredSearch, filter, slots, n]);
  const columns = useMemo(
    () =>
      assignmentColumns(t, n, (slot) => {
        setEditing(slot);
        setEditOpen(true);
      }),
    [t, n],
  );

  const run = async () => {
    setRunning(true);
    try {
      onRun(await api.invoke('assign:auto', { programId: program.id, perCandidate: n }));
    } catch (error) {
      notifyError(error);
    } finally {
      setRunning(false);
    }
  };

  const error = list.error ?? assessors.error ?? instruments.error;
  if (error) return <ErrorAlert error={error} onRetry={list.refresh} />;
  if (!list.data || !assessors.data || !instruments.data)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );

  const conflicts = slots.filter((s) => s.conflict).length;

  return (
    <>
      <Group justify="space-between" gap="md" wrap="nowrap" mb="sm">
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500} component="label" htmlFor="assign-per-candidate">
            {t('assessors.assign.perCandidate')}
          </Text>
          <NumberInput
            id="assign-per-candidate"
            min={1}
            max={5}
            allowDecimal={false}
            clampBehavior="strict"
            value={perCandidate}
            onChange={setPerCandidate}
            w={70}
          />
          <Button leftSection={<IconWand size={18} />} loading={running} onClick={() => void run()} ml={4}>
            {t('assessors.assign.auto')}
          </Button>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <TextInput
            type="search"
            aria-label={t('assessors.assign.searchLabel')}
            placeholder={t('assessors.assign.search')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={260}
          />
          <SegmentedControl
            aria-label={t('assessors.assign.filterLabel')}
            value={filter}
            onChange={(value) => setFilter(value as Filter)}
            data={[
              { value: 'all', label: t('assessors.assign.filterAll') },
              { value: 'attention', label: t('assessors.assign.filterAttention', { count: attention }) },
            ]}
          />
        </Group>
      </Group>
      {lastRun && (
        <RunReport
          result={lastRun}
          perCandidate={n}
          onShow={(participantNo) => {
            setFilter('all');
            setSearch(participantNo);
          }}
          onClose={() => onRun(null)}
        />
      )}
      <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 'var(--mantine-spacing-md)' }}>
        <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 6 }}>
          <VirtualTable
            rows={slots}
            visible={visible}
            columns={columns}
            getRowId={(slot) => slot.key}
            label={t('assessors.assign.tableLabel')}
            empty={
              slots.length === 0
                ? t('assessors.assign.empty')
                : filter === 'attention' && deferredSearch.trim() === ''
                  ? t('assessors.assign.noAttention')
                  : t('assessors.assign.noMatch')
            }
            minWidth={720}
            scrollResetKey={`${deferredSearch}|${filter}`}
          />
          <Text size="sm" c="dimmed" data-testid="assign-summary" role="status">
            {t('assessors.assign.summary', { slots: slots.length, count: list.data.length, conflicts })}
          </Text>
        </div>
        <div style={{ flex: '0 0 236px', minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          <LoadsPanel assessors={assessors.data} loads={loads} />
        </div>
      </div>
      <AssignModal
        opened={editOpen}
        slot={editing}
        assessors={assessors.data}
        loads={loads}
        perCandidate={n}
        onClose={() => setEditOpen(false)}
      />
    </>
  );
}
