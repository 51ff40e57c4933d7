import { ScrollArea, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/contract';
import { useApiQuery } from '../../api/use-api-query';
import { Screen } from '../../components/screen';
import { ProblemListsPanel } from './problem-lists-panel';
import { ResultsExportPanel } from './results-export-panel';

/** The Ekspor stage: what goes back to BKPSDM, and the problem lists of the last imports. */
export function ExportStage({ program }: { program: Program }) {
  const { t } = useTranslation();
  // Only to warn before handing over results that may still change.
  const settings = useApiQuery('results:settings', { programId: program.id });
  const finalized = settings.data ? settings.data.finalizedAt !== null : null;
  return (
    <Screen title={t('export.title')} description={t('export.description', { code: program.code })}>
      <ScrollArea h="100%" type="auto">
        <Stack gap="lg" maw={880} pb="lg">
          <ResultsExportPanel program={program} finalized={finalized} />
          <ProblemListsPanel programId={program.id} />
        </Stack>
      </ScrollArea>
    </Screen>
  );
}
