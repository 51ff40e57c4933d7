import { Group, Paper, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CandidateResult, Program, ProgramResults } from '../../../../shared/contract';
import {
  CATEGORIES_BY_PURPOSE,
  CATEGORY_LABELS,
  PURPOSE_LABELS,
  type CategoryCode,
} from '../../../../shared/domain/categories';
import { CATEGORY_FILLS } from './result-format';

const TOP_UNITS = ['10', '20', '30'] as const;
const UNIT_ROW_PX = 30;
const UNIT_LABEL_PX = 240;
const UNIT_LABEL_CHARS = 32;

/** One line per unit: recharts would wrap a long name over the neighbouring bar's label. */
function UnitTick({
  x,
  y,
  payload,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}) {
  const unit = String(payload?.value ?? '');
  const shown = unit.length > UNIT_LABEL_CHARS ? `${unit.slice(0, UNIT_LABEL_CHARS - 1)}…` : unit;
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dx={-6}
      dy={4}
      textAnchor="end"
      fontSize={11}
      fill="var(--mantine-color-gray-7)"
    >
      <title>{unit}</title>
      {shown}
    </text>
  );
}

type UnitRow = { unit: string; total: number } & Partial<Record<CategoryCode, number>>;

/** Complete candidates per unit and category, the largest units first, the rest in one row. */
export function unitRows(
  candidates: readonly CandidateResult[],
  categories: readonly CategoryCode[],
  top: number,
  othersLabel: string,
): UnitRow[] {
  const byUnit = new Map<string, UnitRow>();
  for (const candidate of candidates) {
    if (candidate.status !== 'complete' || candidate.category === null) continue;
    const row = byUnit.get(candidate.unit) ?? { unit: candidate.unit, total: 0 };
    row[candidate.category] = (row[candidate.category] ?? 0) + 1;
    row.total += 1;
    byUnit.set(candidate.unit, row);
  }
  const rows = [...byUnit.values()].sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, 'id'));
  if (rows.length <= top) return rows;
  const others: UnitRow = { unit: othersLabel, total: 0 };
  for (const row of rows.slice(top)) {
    others.total += row.total;
    for (const code of categories) others[code] = (others[code] ?? 0) + (row[code] ?? 0);
  }
  return [...rows.slice(0, top), others];
}

function ChartCard({
  title,
  hint,
  children,
  action,
}: {
  title: string;
  hint: string;
  children: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Title order={3} size="h5">
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </div>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

/** Distribution of the results: by category, and by category within each unit. */
export function ChartsTab({ program, results }: { program: Program; results: ProgramResults }) {
  const { t } = useTranslation();
  const [top, setTop] = useState<string>('10');
  const categories = CATEGORIES_BY_PURPOSE[program.purpose];
  const complete = results.counts.complete;

  const byCategory = useMemo(
    () =>
      categories.map((code) => ({
        code,
        label: `${code} · ${CATEGORY_LABELS[code]}`,
        count: results.candidates.filter((c) => c.status === 'complete' && c.category === code).length,
      })),
    [results.candidates, categories],
  );
  const byUnit = useMemo(
    () => unitRows(results.candidates, categories, Number(top), t('results.charts.others')),
    [results.candidates, categories, top, t],
  );

  if (complete === 0)
    return (
      <Paper withBorder p="xl">
        <Text c="dimmed" ta="center">
          {t('results.charts.noData')}
        </Text>
      </Paper>
    );

  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          title={t('results.charts.byCategory')}
          hint={t('results.charts.byCategoryHint', { set: PURPOSE_LABELS[program.purpose] })}
        >
          <div role="img" aria-label={t('results.charts.byCategory')} style={{ height: 300 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={byCategory} margin={{ top: 20, right: 8, bottom: 0, left: -12 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
                <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
                <Tooltip formatter={(value) => [String(value), t('results.charts.candidates')]} />
                <Bar dataKey="count" name={t('results.charts.candidates')} isAnimationActive={false}>
                  {byCategory.map((entry) => (
                    <Cell key={entry.code} fill={CATEGORY_FILLS[entry.code]} />
                  ))}
                  <LabelList dataKey="count" position="top" fontSize={12} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        </ChartCard>
        <ChartCard
          title={t('results.charts.byUnit')}
          hint={t('results.charts.byUnitHint')}
          action={
            <Select
              size="xs"
              w={150}
              aria-label={t('results.charts.topUnits')}
              data={TOP_UNITS.map((n) => ({
                value: n,
                label: t('results.charts.topUnitsOption', { count: n }),
              }))}
              value={top}
              onChange={(value) => value && setTop(value)}
              allowDeselect={false}
            />
          }
        >
          <div
            role="img"
            aria-label={t('results.charts.byUnit')}
            style={{ height: Math.max(300, byUnit.length * UNIT_ROW_PX + 60) }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={byUnit} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
                <YAxis type="category" dataKey="unit" width={UNIT_LABEL_PX} interval={0} tick={UnitTick} />
                <Tooltip />
                <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
                {categories.map((code) => (
                  <Bar
                    key={code}
                    dataKey={code}
                    name={`${code} · ${CATEGORY_LABELS[code]}`}
                    stackId="units"
                    fill={CATEGORY_FILLS[code]}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        </ChartCard>
      </SimpleGrid>
    </div>
  );
}
