import { Button, Center, EmptyState, Group, Paper } from '@mantine/core';
import { IconFileSpreadsheet, IconUserPlus, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A programme without candidates: the three ways to get some, the import first. */
export function RosterEmpty({
  onImport,
  onAdd,
  template,
}: {
  onImport: () => void;
  onAdd: () => void;
  template: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="sm" style={{ flex: 1, minHeight: 0 }}>
      <Center h="100%" p="xl">
        <EmptyState
          maw={620}
          variant="light"
          icon={<IconUsers size={28} />}
          title={t('rosterEdit.empty.title')}
          description={t('rosterEdit.empty.text')}
        >
          <EmptyState.Actions>
            <Group gap="sm" justify="center">
              <Button leftSection={<IconFileSpreadsheet size={18} />} onClick={onImport}>
                {t('rosterEdit.toolbar.import')}
              </Button>
              <Button variant="default" leftSection={<IconUserPlus size={18} />} onClick={onAdd}>
                {t('rosterEdit.toolbar.add')}
              </Button>
              {template}
            </Group>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    </Paper>
  );
}
