import { Tabs } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconCertificate, IconListDetails, IconTemplate, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/contract';
import { Screen } from '../../components/screen';
import { IssueTab } from './issue/issue-tab';
import { IssuedTab } from './issued/issued-tab';
import { TemplateTab } from './template/template-tab';

const TABS = ['template', 'issue', 'issued'] as const;
type TabKey = (typeof TABS)[number];

const TAB_ICONS: Record<TabKey, Icon> = {
  template: IconTemplate,
  issue: IconCertificate,
  issued: IconListDetails,
};

const isTab = (value: string | null): value is TabKey => TABS.includes(value as TabKey);
const FILL = { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' } as const;

/**
 * Sertifikat: the template with its live preview, issuing to the eligible candidates, and the
 * register of issued certificates (print, revoke, re-issue). Verification has its own screen,
 * since it needs no programme.
 */
export function CertificatesStage({ program }: { program: Program }) {
  const { t } = useTranslation();
  const [tab, setTab] = useLocalStorage<TabKey>({
    key: 'asesa.certificatesTab',
    defaultValue: 'template',
    getInitialValueInEffect: false,
  });

  return (
    <Screen
      title={t('certificates.title')}
      description={t('certificates.description', { code: program.code })}
    >
      <Tabs
        value={isTab(tab) ? tab : 'template'}
        onChange={(value) => isTab(value) && setTab(value)}
        keepMounted={false}
        style={FILL}
      >
        <Tabs.List>
          {TABS.map((key) => {
            const TabIcon = TAB_ICONS[key];
            return (
              <Tabs.Tab key={key} value={key} leftSection={<TabIcon size={18} stroke={1.6} />}>
                {t(`certificates.tabs.${key}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="template" pt="md" style={FILL}>
          <TemplateTab program={program} />
        </Tabs.Panel>
        <Tabs.Panel value="issue" pt="md" style={FILL}>
          <IssueTab program={program} onIssued={() => setTab('issued')} />
        </Tabs.Panel>
        <Tabs.Panel value="issued" pt="md" style={FILL}>
          <IssuedTab program={program} />
        </Tabs.Panel>
      </Tabs>
    </Screen>
  );
}
