import { Tabs } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import {
  IconCalendarTime,
  IconClipboardCheck,
  IconListDetails,
  IconUserCheck,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignAutoResult, Program } from '../../../../shared/contract';
import { Screen } from '../../components/screen';
import { AssessorsTab } from './assessors/assessors-tab';
import { AssignmentTab } from './assignment/assignment-tab';
import { AttendanceTab } from './attendance/attendance-tab';
import { InstrumentsTab } from './instruments/instruments-tab';
import { ScheduleTab } from './schedule/schedule-tab';

const TABS = ['instruments', 'assessors', 'schedule', 'assignment', 'attendance'] as const;
type TabKey = (typeof TABS)[number];

const TAB_ICONS: Record<TabKey, Icon> = {
  instruments: IconListDetails,
  assessors: IconUserCheck,
  schedule: IconCalendarTime,
  assignment: IconUsersGroup,
  attendance: IconClipboardCheck,
};

const isTab = (value: string | null): value is TabKey => TABS.includes(value as TabKey);

/** Penilai & Jadwal: everything set up before the first candidate is scored, one tab per job. */
export function AssessorsStage({ program }: { program: Program }) {
  const { t } = useTranslation();
  // The operator comes back to the tab they were working in (the door desk stays on Kehadiran).
  const [tab, setTab] = useLocalStorage<TabKey>({
    key: 'asesa.assessorsTab',
    defaultValue: 'instruments',
    getInitialValueInEffect: false,
  });
  // The last automatic assignment's report outlives a visit to another tab.
  const [autoResult, setAutoResult] = useState<AssignAutoResult | null>(null);

  return (
    <Screen title={t('assessors.title')} description={t('assessors.description', { code: program.code })}>
      <Tabs
        value={isTab(tab) ? tab : 'instruments'}
        onChange={(value) => isTab(value) && setTab(value)}
        keepMounted={false}
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List>
          {TABS.map((key) => {
            const TabIcon = TAB_ICONS[key];
            return (
              <Tabs.Tab key={key} value={key} leftSection={<TabIcon size={18} stroke={1.6} />}>
                {t(`assessors.tabs.${key}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {TABS.map((key) => (
          <Tabs.Panel
            key={key}
            value={key}
            pt="md"
            style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
          >
            {key === 'instruments' && <InstrumentsTab program={program} />}
            {key === 'assessors' && <AssessorsTab program={program} />}
            {key === 'schedule' && <ScheduleTab program={program} />}
            {key === 'assignment' && (
              <AssignmentTab program={program} lastRun={autoResult} onRun={setAutoResult} />
            )}
            {key === 'attendance' && (
              <AttendanceTab program={program} onOpenSchedule={() => setTab('schedule')} />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Screen>
  );
}
