import { Button, Card, Center, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconClipboardPlus, IconDatabaseImport, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadDemoButton } from '../demo/load-demo-button';

/** The first thing a new installation shows: two ways to begin, nothing else to understand. */
export function StartScreen({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100%" p="xl">
      <Stack gap="xl" maw={820} w="100%">
        <div>
          <Title order={1} size="h2">
            {t('start.title')}
          </Title>
          <Text c="dimmed" mt="xs" maw={640}>
            {t('start.intro')}
          </Text>
        </div>
        <SimpleGrid cols={2} spacing="lg">
          <StartCard icon={IconClipboardPlus} title={t('start.createTitle')} text={t('start.createText')}>
            <Button onClick={onCreate} fullWidth>
              {t('programs.create')}
            </Button>
          </StartCard>
          <StartCard icon={IconDatabaseImport} title={t('start.demoTitle')} text={t('start.demoText')}>
            <LoadDemoButton variant="light" fullWidth />
          </StartCard>
        </SimpleGrid>
      </Stack>
    </Center>
  );
}

function StartCard({
  icon: Icon,
  title,
  text,
  children,
}: {
  icon: Icon;
  title: string;
  text: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="md" h="100%" justify="space-between">
        <Stack gap="sm">
          <ThemeIcon size={44} radius="md" variant="light">
            <Icon size={26} stroke={1.6} />
          </ThemeIcon>
          <Text fw={600} size="lg">
            {title}
          </Text>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}
