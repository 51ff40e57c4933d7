import { Button, Center, EmptyState } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { goToStage } from '../../app/use-hash-route';

/** Shown by a stage that works on one programme when there is none yet. */
export function NeedsProgram() {
  const { t } = useTranslation();
  return (
    <Center h="100%" p="xl">
      <EmptyState
        maw={520}
        variant="light"
        icon={<IconClipboardList size={30} stroke={1.5} />}
        title={t('needsProgram.title')}
        description={t('needsProgram.text')}
      >
        <EmptyState.Actions>
          <Button onClick={() => goToStage('programs')}>{t('needsProgram.action')}</Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
