import { Card, Code, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../../app/boot-gate';
import { Screen } from '../../components/screen';

export function SettingsScreen() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const facts: [string, ReactNode][] = [
    [t('settings.version'), info.version],
    [t('settings.schemaVersion'), info.schemaVersion],
    [t('settings.dataDir'), <Code key="dir">{info.dataDir}</Code>],
    [t('settings.door'), t(`settings.doors.${info.door}`)],
    [t('settings.role'), t(`settings.roles.${info.role}`)],
  ];

  return (
    <Screen title={t('settings.title')} description={t('settings.description')}>
      <Card withBorder maw={760} padding="lg">
        <Text fw={600} mb="sm">
          {t('settings.about')}
        </Text>
        <Table variant="vertical" layout="fixed" withTableBorder={false}>
          <Table.Tbody>
            {facts.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={220}>{label}</Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Text size="sm" c="dimmed" mt="lg" maw={760}>
        <IconInfoCircle size={14} style={{ verticalAlign: -2, marginRight: 6 }} aria-hidden />
        {t('settings.later')}
      </Text>
    </Screen>
  );
}
