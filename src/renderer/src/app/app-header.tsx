import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProgramSelect } from '../features/programs/program-select';
import { LanguageSwitch } from './language-switch';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={34} radius="md" aria-hidden>
          <IconClipboardCheck size={20} />
        </ThemeIcon>
        <div>
          <Text fw={700} size="lg" lh={1.1}>
            {t('app.name')}
          </Text>
          <Text size="xs" c="dimmed" lh={1.2}>
            {t('app.tagline')}
          </Text>
        </div>
      </Group>
      <Group gap="lg" wrap="nowrap">
        <ProgramSelect />
        <LanguageSwitch />
      </Group>
    </Group>
  );
}
