import { Badge, Center, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAGE_ICONS } from '../../app/stages';

/** The stages that later issues build; each one says plainly what it will do. */
export type PlannedStage = 'assessors' | 'scoring' | 'integration' | 'results' | 'certificates' | 'export';

export function StagePlaceholder({ stage }: { stage: PlannedStage }) {
  const { t } = useTranslation();
  const Icon = STAGE_ICONS[stage];
  return (
    <Center h="100%" p="xl">
      <EmptyState
        maw={560}
        variant="light"
        icon={<Icon size={30} stroke={1.5} />}
        title={t(`stage.${stage}.title`)}
        description={t(`stage.${stage}.text`)}
      >
        <EmptyState.Actions>
          <Badge color="gray" variant="light" size="lg">
            {t('common.notYet')}
          </Badge>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
