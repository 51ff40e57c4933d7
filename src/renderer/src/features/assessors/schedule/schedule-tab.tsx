import { Center, Loader } from '@mantine/core';
import type { Program } from '../../../../../shared/contract';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorAlert } from '../../../components/error-alert';
import { programChange } from '../shared/program-change';
import { GroupsPanel } from './groups-panel';
import { SessionsPanel } from './sessions-panel';

/** Days and sessions on the left, the candidate groups they host on the right. */
export function ScheduleTab({ program }: { program: Program }) {
  const refreshOn = programChange(program.id);
  const schedule = useApiQuery('schedule:get', { programId: program.id }, { refreshOn });
  const instruments = useApiQuery('instruments:get', { programId: program.id }, { refreshOn });

  const error = schedule.error ?? instruments.error;
  if (error)
    return (
      <ErrorAlert
        error={error}
        onRetry={() => {
          schedule.refresh();
          instruments.refresh();
        }}
      />
    );
  if (!schedule.data || !instruments.data)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );

  return (
    <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 'var(--mantine-spacing-lg)' }}>
      <div style={{ flex: '0 0 44%', minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <SessionsPanel program={program} schedule={schedule.data} methods={instruments.data.methods} />
      </div>
      <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <GroupsPanel program={program} schedule={schedule.data} />
      </div>
    </div>
  );
}
