import { Center, Loader, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../../shared/contract';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorAlert } from '../../../components/error-alert';
import { programChange } from '../shared/program-change';
import { CompetenciesPanel } from './competencies-panel';
import { MatrixPanel } from './matrix-panel';
import { RubricsPanel } from './rubrics-panel';
import { StandardsPanel } from './standards-panel';

const SECTIONS = ['competencies', 'matrix', 'standards', 'rubrics'] as const;
type Section = (typeof SECTIONS)[number];

/** The programme's instruments: competencies and their level descriptors, methods, standards, rubrics. */
export function InstrumentsTab({ program }: { program: Program }) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('competencies');
  const query = useApiQuery(
    'instruments:get',
    { programId: program.id },
    { refreshOn: programChange(program.id) },
  );

  if (query.error) return <ErrorAlert error={query.error} onRetry={query.refresh} />;
  if (!query.data)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  const instruments = query.data;

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <SegmentedControl
        aria-label={t('assessors.instruments.sectionsLabel')}
        value={section}
        onChange={(value) => setSection(value as Section)}
        data={SECTIONS.map((key) => ({ value: key, label: t(`assessors.instruments.sections.${key}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {section === 'competencies' && <CompetenciesPanel program={program} instruments={instruments} />}
      {section === 'matrix' && <MatrixPanel program={program} instruments={instruments} />}
      {section === 'standards' && <StandardsPanel program={program} instruments={instruments} />}
      {section === 'rubrics' && <RubricsPanel program={program} instruments={instruments} />}
    </Stack>
  );
}
