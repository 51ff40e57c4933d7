import {
  Badge,
  Group,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetSummary } from '../../../../shared/contract';
import classes from './scoring.module.css';

export type SheetFilter = 'all' | 'open' | 'submitted';

interface SheetListProps {
  sheets: SheetSummary[];
  /** All sheets, for the "x of y submitted" line. */
  total: number;
  done: number;
  selectedId: number | null;
  nextId: number | null;
  query: string;
  filter: SheetFilter;
  onQuery: (query: string) => void;
  onFilter: (filter: SheetFilter) => void;
  onSelect: (assignmentId: number) => void;
}

function StatusBadge({ sheet }: { sheet: SheetSummary }) {
  const { t } = useTranslation();
  if (sheet.status === 'submitted')
    return (
      <Badge color="teal" variant="light" size="sm">
        {t('scoring.status.submitted')}
      </Badge>
    );
  if (sheet.rated > 0)
    return (
      <Badge color="yellow" variant="light" size="sm">
        {t('scoring.status.inProgress')}
      </Badge>
    );
  return (
    <Badge color="gray" variant="outline" size="sm">
      {t('scoring.status.notStarted')}
    </Badge>
  );
}

interface SheetItemProps {
  sheet: SheetSummary;
  selected: boolean;
  next: boolean;
  onSelect: (assignmentId: number) => void;
}

/** One sheet of the list; memoised, so a save re-renders only the sheet it changed. */
const SheetItem = memo(function SheetItem({ sheet, selected, next, onSelect }: SheetItemProps) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      className={classes.sheetItem}
      data-selected={selected || undefined}
      data-next={next || undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(sheet.assignmentId)}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Text size="sm" ff="monospace" c="dimmed" style={{ flex: 'none' }}>
            {sheet.participantNo}
          </Text>
          <Text size="sm" fw={600} truncate>
            {sheet.name}
          </Text>
        </Group>
        <Badge variant="light" color="grape" size="sm" style={{ flex: 'none' }}>
          {sheet.method.code}
        </Badge>
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="xs" mt={2}>
        <Text size="xs" c="dimmed" truncate>
          {sheet.unit}
        </Text>
        <Group gap={6} wrap="nowrap" style={{ flex: 'none' }}>
          {next && (
            <Badge color="orange" size="sm" variant="filled">
              {t('scoring.list.next')}
            </Badge>
          )}
          <Text size="xs" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('scoring.list.progress', { rated: String(sheet.rated), total: String(sheet.total) })}
          </Text>
          <StatusBadge sheet={sheet} />
        </Group>
      </Group>
    </UnstyledButton>
  );
});

/** My sheets, left of the workspace: who, which method, how far; the next one to do stands out. */
export function SheetList({
  sheets,
  total,
  done,
  selectedId,
  nextId,
  query,
  filter,
  onQuery,
  onFilter,
  onSelect,
}: SheetListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} h="100%" style={{ minHeight: 0 }}>
      <Stack gap="xs" p="sm">
        <TextInput
          size="xs"
          leftSection={<IconSearch size={14} />}
          placeholder={t('scoring.list.search')}
          aria-label={t('scoring.list.search')}
          value={query}
          onChange={(event) => onQuery(event.currentTarget.value)}
        />
        <SegmentedControl
          size="xs"
          fullWidth
          value={filter}
          onChange={(value) => onFilter(value as SheetFilter)}
          data={[
            { value: 'open', label: t('scoring.list.filterOpen') },
            { value: 'submitted', label: t('scoring.list.filterSubmitted') },
            { value: 'all', label: t('scoring.list.filterAll') },
          ]}
        />
        <Text size="xs" c="dimmed">
          {t('scoring.list.count', { done, count: total })}
        </Text>
      </Stack>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <nav aria-label={t('scoring.list.label')}>
          {sheets.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              {total === 0 ? t('scoring.list.empty') : t('scoring.list.noMatch')}
            </Text>
          )}
          {sheets.map((sheet) => (
            <SheetItem
              key={sheet.assignmentId}
              sheet={sheet}
              selected={sheet.assignmentId === selectedId}
              next={sheet.assignmentId === nextId}
              onSelect={onSelect}
            />
          ))}
        </nav>
      </ScrollArea>
    </Stack>
  );
}
