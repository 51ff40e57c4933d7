import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessor } from '../../../../../shared/contract';
import { ScrollPane } from '../shared/scroll-pane';

/** Assignments per assessor as short bars, so an uneven spread is seen at a glance. */
export function LoadsPanel({ assessors, loads }: { assessors: Assessor[]; loads: Map<number, number> }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...assessors.map((a) => loads.get(a.id) ?? 0));
  const total = assessors.reduce((sum, a) => sum + (loads.get(a.id) ?? 0), 0);
  const average = assessors.length > 0 ? total / assessors.length : 0;

  return (
    <Paper withBorder p="sm" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <Title order={3} size="h6">
        {t('assessors.assign.loadsTitle')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('assessors.assign.loadsAverage', { average: Math.round(average) })}
      </Text>
      <ScrollPane label={t('assessors.assign.loadsTitle')}>
        {assessors.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('assessors.assign.noAssessors')}
          </Text>
        ) : (
          <Stack gap={10} data-testid="assessor-loads">
            {assessors.map((assessor) => {
              const load = loads.get(assessor.id) ?? 0;
              return (
                <div key={assessor.id} data-testid="assessor-load">
                  <Group justify="space-between" gap={6} wrap="nowrap">
                    <Text size="xs" truncate title={assessor.name}>
                      {assessor.name}
                    </Text>
                    <Text
                      size="xs"
                      fw={600}
                      style={{ fontVariantNumeric: 'tabular-nums' }}
                      data-testid="load-count"
                    >
                      {load}
                    </Text>
                  </Group>
                  <Progress
                    value={(load / max) * 100}
                    size="sm"
                    color={load === 0 ? 'gray' : 'petrol'}
                    aria-label={t('assessors.assign.loadLabel', { name: assessor.name, count: load })}
                  />
                </div>
              );
            })}
          </Stack>
        )}
      </ScrollPane>
    </Paper>
  );
}
