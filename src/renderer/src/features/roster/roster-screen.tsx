import { Center, Group, Loader, Text, TextInput } from '@mantine/core';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, Program } from '../../../../shared/contract';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../components/error-alert';
import { Screen } from '../../components/screen';
import { VirtualTable } from '../../components/virtual-table';
import { buildTextIndex, filterTextIndex } from '../../lib/text-filter';
import { candidateSearchText, rosterColumns } from './roster-columns';

const NO_CANDIDATES: Candidate[] = [];

export function RosterScreen({ program }: { program: Program }) {
  const { t } = useTranslation();
  const roster = useApiQuery(
    'roster:list',
    { programId: program.id },
    { refreshOn: (change) => change.programId === null || change.programId === program.id },
  );
  const [query, setQuery] = useState('');
  // Typing stays responsive on 10,000 rows: filtering runs at a lower priority than the keys.
  const deferredQuery = useDeferredValue(query);

  const candidates = roster.data ?? NO_CANDIDATES;
  const index = useMemo(() => buildTextIndex(candidates, candidateSearchText), [candidates]);
  const visible = useMemo(() => filterTextIndex(index, deferredQuery), [index, deferredQuery]);
  const columns = useMemo(() => rosterColumns(t), [t]);

  return (
    <Screen
      title={t('roster.title')}
      description={t('roster.description', { code: program.code })}
      actions={
        <TextInput
          aria-label={t('roster.searchLabel')}
          placeholder={t('roster.search')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          w={400}
        />
      }
    >
      {roster.error ? (
        <ErrorAlert error={roster.error} onRetry={roster.refresh} />
      ) : roster.loading ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : (
        <>
          <VirtualTable
            rows={candidates}
            visible={visible}
            columns={columns}
            getRowId={(candidate) => String(candidate.id)}
            label={t('roster.title')}
            empty={candidates.length === 0 ? t('roster.empty') : t('roster.noMatch')}
            scrollResetKey={deferredQuery}
          />
          <Group justify="space-between" mt="xs" gap="md" wrap="nowrap">
            <Text size="sm" fw={500} role="status" data-testid="roster-count">
              {visible
                ? t('roster.countFiltered', { shown: visible.length, count: candidates.length })
                : t('roster.count', { count: candidates.length })}
            </Text>
            <Group gap={6} wrap="nowrap">
              <IconInfoCircle size={14} color="var(--mantine-color-dimmed)" aria-hidden />
              <Text size="xs" c="dimmed">
                {t('roster.importNote')}
              </Text>
            </Group>
          </Group>
        </>
      )}
    </Screen>
  );
}
