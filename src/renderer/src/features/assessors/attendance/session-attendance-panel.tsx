import { Badge, Button, Center, Group, Loader, SegmentedControl, Text } from '@mantine/core';
import { IconUserX } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AttendanceRow,
  AttendanceStatus,
  CandidateGroup,
  Program,
  ScheduleSession,
} from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { useApiQuery } from '../../../api/use-api-query';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { VirtualTable } from '../../../components/virtual-table';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { attendanceColumns } from './attendance-columns';
import { CheckInBox } from './check-in-box';
import { STATUS_COLORS } from './status';

type Filter = 'all' | 'none' | AttendanceStatus;

interface SessionAttendancePanelProps {
  program: Program;
  session: ScheduleSession;
  groups: CandidateGroup[];
  sessions: ScheduleSession[];
  picker: ReactNode;
}

export function SessionAttendancePanel({
  program,
  session,
  groups,
  sessions,
  picker,
}: SessionAttendancePanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  // While "mark the rest absent" runs, its hundreds of writes must not each reload the list.
  const bulkRunning = useRef(false);
  const query = useApiQuery(
    'attendance:list',
    { sessionId: session.id },
    {
      refreshOn: (change) =>
        (change.programId === null || change.programId === program.id) && !bulkRunning.current,
    },
  );
  const [filter, setFilter] = useState<Filter>('all');
  const [bulkOpen, setBulkOpen] = useState(false);

  const rows = useMemo(() => query.data?.rows ?? [], [query.data]);
  const counts = query.data?.counts;

  const { refresh } = query;
  const mark = useCallback(
    async (row: AttendanceRow, status: AttendanceStatus | null): Promise<AttendanceRow> => {
      const saved = await api.invoke('attendance:mark', {
        sessionId: session.id,
        candidateId: row.candidateId,
        status,
      });
      refresh();
      return saved;
    },
    [api, session.id, refresh],
  );

  const visible = useMemo(() => {
    if (filter === 'all') return null;
    const wanted = filter === 'none' ? null : filter;
    const positions: number[] = [];
    rows.forEach((row, i) => row.status === wanted && positions.push(i));
    return positions;
  }, [rows, filter]);
  const columns = useMemo(
    () =>
      attendanceColumns(t, (row, status) => {
        mark(row, status).catch(notifyError);
      }),
    [t, mark],
  );

  const markRestAbsent = async () => {
    const rest = rows.filter((r) => r.status === null);
    bulkRunning.current = true;
    try {
      for (const row of rest) {
        await api.invoke('attendance:mark', {
          sessionId: session.id,
          candidateId: row.candidateId,
          status: 'tidak-hadir',
        });
      }
      notifySuccess(t('assessors.attendance.restMarked', { count: rest.length }));
    } finally {
      bulkRunning.current = false;
      refresh();
    }
  };

  const header = (
    <Group justify="space-between" align="flex-end" gap="md" wrap="nowrap" mb="sm">
      {picker}
      {counts && (
        <Group gap="xs" wrap="nowrap" data-testid="attendance-counts" role="status">
          <Badge size="lg" color={STATUS_COLORS.hadir} variant="light">
            {t('assessors.attendance.status.hadir')} {counts.hadir}
          </Badge>
          <Badge size="lg" color={STATUS_COLORS.terlambat} variant="light">
            {t('assessors.attendance.status.terlambat')} {counts.terlambat}
          </Badge>
          <Badge size="lg" color={STATUS_COLORS['tidak-hadir']} variant="light">
            {t('assessors.attendance.status.tidak-hadir')} {counts.tidakHadir}
          </Badge>
          <Badge size="lg" color="gray" variant="light">
            {t('assessors.attendance.status.none')} {counts.belum}
          </Badge>
        </Group>
      )}
    </Group>
  );

  if (query.error)
    return (
      <>
        {header}
        <ErrorAlert error={query.error} onRetry={query.refresh} />
      </>
    );
  if (!query.data)
    return (
      <>
        {header}
        <Center py="xl">
          <Loader />
        </Center>
      </>
    );

  return (
    <>
      {header}
      <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 'var(--mantine-spacing-md)' }}>
        <div
          style={{ flex: '0 0 420px', minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' }}
        >
          <CheckInBox
            program={program}
            session={session}
            rows={rows}
            groups={groups}
            sessions={sessions}
            onMark={mark}
          />
        </div>
        <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
          <SegmentedControl
            size="xs"
            aria-label={t('assessors.attendance.filterLabel')}
            value={filter}
            onChange={(value) => setFilter(value as Filter)}
            style={{ alignSelf: 'flex-start' }}
            data={[
              { value: 'all', label: t('assessors.attendance.filterAll', { count: rows.length }) },
              {
                value: 'none',
                label: `${t('assessors.attendance.status.none')} (${query.data.counts.belum})`,
              },
              {
                value: 'hadir',
                label: `${t('assessors.attendance.status.hadir')} (${query.data.counts.hadir})`,
              },
              {
                value: 'terlambat',
                label: `${t('assessors.attendance.status.terlambat')} (${query.data.counts.terlambat})`,
              },
              {
                value: 'tidak-hadir',
                label: `${t('assessors.attendance.status.tidak-hadir')} (${query.data.counts.tidakHadir})`,
              },
            ]}
          />
          <VirtualTable
            rows={rows}
            visible={visible}
            columns={columns}
            getRowId={(row) => String(row.candidateId)}
            label={t('assessors.attendance.tableLabel')}
            empty={
              rows.length === 0
                ? t('assessors.attendance.emptySession')
                : t('assessors.attendance.noneInFilter')
            }
            minWidth={560}
            rowHeight={38}
            scrollResetKey={filter}
          />
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {rows.length === 0
                ? t('assessors.attendance.emptyHint')
                : t('assessors.attendance.markRestHint')}
            </Text>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconUserX size={14} />}
              disabled={query.data.counts.belum === 0}
              onClick={() => setBulkOpen(true)}
              style={{ flexShrink: 0 }}
            >
              {t('assessors.attendance.markRest', { count: query.data.counts.belum })}
            </Button>
          </Group>
        </div>
      </div>
      <ConfirmDialog
        opened={bulkOpen}
        title={t('assessors.attendance.markRestTitle')}
        message={t(
          session.methodId === null
            ? 'assessors.attendance.markRestMessageAll'
            : 'assessors.attendance.markRestMessage',
          { count: query.data.counts.belum },
        )}
        confirmLabel={t('assessors.attendance.markRestConfirm')}
        color="red"
        onConfirm={markRestAbsent}
        onClose={() => setBulkOpen(false)}
      />
    </>
  );
}
