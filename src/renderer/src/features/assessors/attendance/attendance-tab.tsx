import { Button, Center, EmptyState, Loader, Select } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconCalendarTime } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Program, ScheduleSession } from '../../../../../shared/contract';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorAlert } from '../../../components/error-alert';
import { todayIso } from '../shared/format';
import { programChange } from '../shared/program-change';
import { sessionLabel } from '../schedule/session-label';
import { SessionAttendancePanel } from './session-attendance-panel';

/** The session running now (or next today); otherwise the first of the programme. */
function currentSession(sessions: readonly ScheduleSession[]): ScheduleSession | undefined {
  const today = todayIso();
  const now = new Date();
  const clock = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  const todays = sessions.filter((s) => s.day === today);
  return (
    todays.find((s) => s.start <= clock && clock < s.end) ??
    todays.find((s) => clock < s.start) ??
    sessions[0]
  );
}

/** Check-in at the door, per session: hadir, terlambat, tidak hadir, with the time. */
export function AttendanceTab({
  program,
  onOpenSchedule,
}: {
  program: Program;
  onOpenSchedule?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const schedule = useApiQuery(
    'schedule:get',
    { programId: program.id },
    { refreshOn: programChange(program.id) },
  );
  const [chosen, setChosen] = useLocalStorage<number | null>({
    key: `asesa.attendanceSession.${program.id}`,
    defaultValue: null,
    getInitialValueInEffect: false,
  });

  if (schedule.error) return <ErrorAlert error={schedule.error} onRetry={schedule.refresh} />;
  if (!schedule.data)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );

  const sessions = schedule.data.sessions;
  if (sessions.length === 0)
    return (
      <Center style={{ flex: 1 }} p="xl">
        <EmptyState
          maw={520}
          variant="light"
          icon={<IconCalendarTime size={30} stroke={1.5} />}
          title={t('assessors.attendance.noSessionsTitle')}
          description={t('assessors.attendance.noSessionsText')}
        >
          {onOpenSchedule && (
            <EmptyState.Actions>
              <Button onClick={onOpenSchedule}>{t('assessors.attendance.openSchedule')}</Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Center>
    );

  const session = sessions.find((s) => s.id === chosen) ?? currentSession(sessions) ?? sessions[0];
  if (!session) return null;

  return (
    <SessionAttendancePanel
      key={session.id}
      program={program}
      session={session}
      groups={schedule.data.groups}
      sessions={sessions}
      picker={
        <Select
          label={t('assessors.attendance.session')}
          data={sessions.map((s) => ({
            value: String(s.id),
            label: `${sessionLabel(s, t, i18n.language)} (${t('assessors.attendance.people', { count: s.candidateCount })})`,
          }))}
          value={String(session.id)}
          allowDeselect={false}
          onChange={(value) => value && setChosen(Number(value))}
          w={480}
          searchable
        />
      }
    />
  );
}
