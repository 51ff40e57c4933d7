import { Center, EmptyState, Loader, Tabs } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import {
  IconAdjustments,
  IconChartBar,
  IconListNumbers,
  IconScale,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/contract';
import { useSettledQuery } from './use-settled-query';
import { STAGE_ICONS } from '../../app/stages';
import { ErrorAlert } from '../../components/error-alert';
import { Screen } from '../../components/screen';
import { AgreementTab } from './agreement-tab';
import { ChartsTab } from './charts-tab';
import { FinalizeControls } from './finalize-controls';
import { RankingTab } from './ranking-tab';
import { SelectionTab } from './selection-tab';
import { SettingsTab } from './settings-tab';

const TABS = ['ranking', 'charts', 'selection', 'agreement', 'settings'] as const;
type TabKey = (typeof TABS)[number];

const TAB_ICONS: Record<TabKey, Icon> = {
  ranking: IconListNumbers,
  charts: IconChartBar,
  selection: IconUsersGroup,
  agreement: IconScale,
  settings: IconAdjustments,
};

const isTab = (value: string | null): value is TabKey => TABS.includes(value as TabKey);
const FILL = { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' } as const;

/** Hasil: the programme's results, one tab per job, with finalising at the top right. */
export function ResultsStage({ program }: { program: Program }) {
  const { t } = useTranslation();
  const [tab, setTab] = useLocalStorage<TabKey>({
    key: 'asesa.resultsTab',
    defaultValue: 'ranking',
    getInitialValueInEffect: false,
  });
  const results = useSettledQuery('results:list', { programId: program.id }, program.id);
  const data = results.data;
  const ResultsIcon = STAGE_ICONS.results;

  return (
    <Screen
      title={t('results.title')}
      description={
        data
          ? t('results.description', { code: program.code, passRule: data.settings.passRuleText })
          : undefined
      }
      actions={
        data && data.counts.total > 0 ? (
          <FinalizeControls results={data} onChanged={results.refresh} />
        ) : undefined
      }
    >
      {results.error ? (
        <ErrorAlert error={results.error} onRetry={results.refresh} />
      ) : results.loading || !data ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : data.counts.total === 0 ? (
        <Center h="100%">
          <EmptyState
            maw={520}
            variant="light"
            icon={<ResultsIcon size={30} stroke={1.5} />}
            title={t('results.title')}
            description={t('results.empty')}
          />
        </Center>
      ) : (
        <Tabs
          value={isTab(tab) ? tab : 'ranking'}
          onChange={(value) => isTab(value) && setTab(value)}
          keepMounted={false}
          style={FILL}
        >
          <Tabs.List>
            {TABS.map((key) => {
              const TabIcon = TAB_ICONS[key];
              return (
                <Tabs.Tab key={key} value={key} leftSection={<TabIcon size={18} stroke={1.6} />}>
                  {t(`results.tabs.${key}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          <Tabs.Panel value="ranking" pt="md" style={FILL}>
            <RankingTab program={program} results={data} />
          </Tabs.Panel>
          <Tabs.Panel value="charts" pt="md" style={FILL}>
            <ChartsTab program={program} results={data} />
          </Tabs.Panel>
          <Tabs.Panel value="selection" pt="md" style={FILL}>
            <SelectionTab results={data} />
          </Tabs.Panel>
          <Tabs.Panel value="agreement" pt="md" style={FILL}>
            <AgreementTab programId={program.id} />
          </Tabs.Panel>
          <Tabs.Panel value="settings" pt="md" style={FILL}>
            <SettingsTab program={program} settings={data.settings} onSaved={results.refresh} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Screen>
  );
}
