import { Group, Kbd, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './scoring.module.css';

function Key({ keys, children }: { keys: string[]; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((key) => (
        <Kbd key={key} className={classes.kbd}>
          {key}
        </Kbd>
      ))}
      <Text size="xs" c="dimmed">
        {children}
      </Text>
    </Group>
  );
}

/** Always on screen under the sheet: the keys are the fast way, so they must be discoverable. */
export function KeyboardLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" px="md" py={6} role="note" aria-label={t('scoring.keys.title')} wrap="wrap">
      <Key keys={['1', '–', '5']}>{t('scoring.keys.digits')}</Key>
      <Key keys={['0']}>{t('scoring.keys.clear')}</Key>
      <Key keys={['↑', '↓']}>{t('scoring.keys.move')}</Key>
      <Key keys={['N']}>{t('scoring.keys.note')}</Key>
      <Key keys={['Esc']}>{t('scoring.keys.leaveNote')}</Key>
      <Key keys={['Ctrl', 'Enter']}>{t('scoring.keys.submit')}</Key>
      <Key keys={['Ctrl', '→']}>{t('scoring.keys.next')}</Key>
    </Group>
  );
}
