import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from './boot-gate';
import { STAGE_ICONS, STAGES, type Stage } from './stages';
import { stageHref } from './use-hash-route';

/** The day's stages top to bottom; Pengaturan sits apart at the foot. */
export function AppNavbar({ active }: { active: Stage }) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const link = (stage: Stage) => {
    const Icon = STAGE_ICONS[stage];
    return (
      <NavLink
        key={stage}
        href={stageHref(stage)}
        label={t(`nav.${stage}`)}
        leftSection={<Icon size={20} stroke={1.6} />}
        active={stage === active}
        aria-current={stage === active ? 'page' : undefined}
        variant="light"
        styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
      />
    );
  };

  return (
    <Stack component="nav" aria-label={t('nav.label')} h="100%" p="sm" gap={2} justify="space-between">
      <Stack gap={2}>{STAGES.filter((stage) => stage !== 'settings').map(link)}</Stack>
      <Stack gap={6}>
        {link('settings')}
        <Text size="xs" c="dimmed" px="sm">
          {t('app.version', { version: info.version })}
        </Text>
      </Stack>
    </Stack>
  );
}
