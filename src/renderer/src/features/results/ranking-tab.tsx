import { Group, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateResult, Program, ProgramResults } from '../../../../shared/contract';
import {
  CATEGORIES_BY_PURPOSE,
  CATEGORY_LABELS,
  type CategoryCode,
} from '../../../../shared/domain/categories';
import { VirtualTable } from '../../components/virtual-table';
import { buildTextIndex } from '../../lib/text-filter';
import { CandidateProfile } from './candidate-profile';
import { resultSearchText } from './result-format';
import { resultColumns } from './results-columns';
import {
  DEFAULT_SORT,
  participantOrder,
  unitsOf,
  visibleResultRows,
  type ResultSort,
  type ResultView,
  type SortKey,
} from './results-view';

/**
 * The ranking: every candidate's result in a sortable, filterable table. Incomplete and absent
 * candidates are kept out of the ranking and listed in their own views, with their counts.
 */
export function RankingTab({ program, results }: { program: Program; results: ProgramResults }) {
  const { t } = useTranslation();
  const rows = results.candidates;
  const [view, setView] = useState<ResultView>('ranked');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [category, setCategory] = useState<CategoryCode | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [sort, setSort] = useState<ResultSort>(DEFAULT_SORT);
  const [profileId, setProfileId] = useState<number | null>(null);
  const [profileOpen, setProfileOpen] = useState(false);

  const index = useMemo(() => buildTextIndex(rows, resultSearchText), [rows]);
  const units = useMemo(() => unitsOf(rows), [rows]);
  const order = useMemo(() => participantOrder(rows), [rows]);
  const visible = useMemo(
    () => visibleResultRows(rows, index, order, { view, query: deferredQuery, category, unit }, sort),
    [rows, index, order, view, deferredQuery, category, unit, sort],
  );

  const onSort = useCallback(
    (key: SortKey) =>
      setSort((current) =>
        current.key === key
          ? { key, desc: !current.desc }
          : // Figures read best from the top down; text from A.
            { key, desc: key === 'score' || key === 'pending' },
      ),
    [],
  );
  const onProfile = useCallback((candidate: CandidateResult) => {
    setProfileId(candidate.candidateId);
    setProfileOpen(true);
  }, []);
  const columns = useMemo(
    () => resultColumns(t, { view, scoreKind: results.scoreKind, sort, onSort, onProfile }),
    [t, view, results.scoreKind, sort, onSort, onProfile],
  );
  const profile = rows.find((c) => c.candidateId === profileId) ?? null;
  const inView = results.counts[view === 'ranked' ? 'complete' : view];

  return (
    <>
      <Group gap="sm" mb="sm" wrap="nowrap" align="flex-end">
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as ResultView)}
          data={[
            { value: 'ranked', label: t('results.table.viewRanked', { count: results.counts.complete }) },
            {
              value: 'incomplete',
              label: t('results.table.viewIncomplete', { count: results.counts.incomplete }),
            },
            { value: 'absent', label: t('results.table.viewAbsent', { count: results.counts.absent }) },
          ]}
        />
        <TextInput
          aria-label={t('results.table.search')}
          placeholder={t('results.table.search')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          style={{ flex: 1, minWidth: 160 }}
        />
        <Select
          aria-label={t('results.table.unit')}
          placeholder={t('results.table.allUnits')}
          data={units}
          value={unit}
          onChange={setUnit}
          searchable
          clearable
          w={200}
          comboboxProps={{ withinPortal: true, width: 320, position: 'bottom-start' }}
        />
        {view === 'ranked' && (
          <Select
            aria-label={t('results.table.category')}
            placeholder={t('results.table.allCategories')}
            data={CATEGORIES_BY_PURPOSE[program.purpose].map((code) => ({
              value: code,
              label: `${code} · ${CATEGORY_LABELS[code]}`,
            }))}
            value={category}
            onChange={(value) => setCategory(value as CategoryCode | null)}
            clearable
            w={190}
            comboboxProps={{ width: 260, position: 'bottom-start' }}
          />
        )}
      </Group>
      <VirtualTable
        rows={rows}
        visible={visible}
        columns={columns}
        getRowId={(candidate) => String(candidate.candidateId)}
        label={t('results.table.label')}
        empty={inView === 0 ? t('results.table.noneInView') : t('results.table.noMatch')}
        scrollResetKey={`${view}|${deferredQuery}|${unit}|${category}|${sort.key}|${sort.desc}`}
        minWidth={1080}
      />
      <Group justify="space-between" mt="xs" gap="md" wrap="nowrap">
        <Text size="sm" fw={500} role="status" data-testid="results-count">
          {t('results.table.shown', { shown: visible.length, count: inView })}
        </Text>
        <Text size="sm" c="dimmed" data-testid="results-passed">
          {t('results.table.passedCount', {
            passed: results.counts.passed,
            complete: results.counts.complete,
          })}
        </Text>
      </Group>
      <CandidateProfile
        candidate={profile}
        opened={profileOpen}
        scoreKind={results.scoreKind}
        onClose={() => setProfileOpen(false)}
      />
    </>
  );
}
