import { Badge, Group, SegmentedControl, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateResult } from '../../../../shared/contract';
import { STATUS_COLORS } from '../results/result-format';
import classes from './integration.module.css';

export type QueueFilter = 'pending' | 'all';

const ITEM_HEIGHT = 58;

/** Spread 2 or more needs a rationale (red); 1 is ordinary (amber); 0 is full agreement. */
export function spreadColor(spread: number): string {
  if (spread >= 2) return 'red';
  return spread === 1 ? 'yellow' : 'gray';
}

interface QueueItemProps {
  candidate: CandidateResult;
  selected: boolean;
  top: number;
  onSelect: (candidateId: number) => void;
}

const QueueItem = memo(function QueueItem({ candidate, selected, top, onSelect }: QueueItemProps) {
  const { t } = useTranslation();
  const absent = candidate.status === 'absent';
  return (
    <UnstyledButton
      className={classes.queueItem}
      style={{ top, height: ITEM_HEIGHT }}
      data-selected={selected || undefined}
      aria-current={selected ? 'true' : undefined}
      data-testid={`queue-${candidate.participantNo}`}
      onClick={() => onSelect(candidate.candidateId)}
    >
      <Group gap={6} wrap="nowrap">
        <Text size="sm" ff="monospace" c="dimmed" style={{ flex: 'none' }}>
          {candidate.participantNo}
        </Text>
        <Text size="sm" fw={600} truncate>
          {candidate.name}
        </Text>
      </Group>
      <Group gap={6} wrap="nowrap" mt={4}>
        {absent ? (
          <Badge size="sm" variant="light" color={STATUS_COLORS.absent} style={{ flex: 'none' }}>
            {t('results.status.absent')}
          </Badge>
        ) : candidate.pending > 0 ? (
          <Badge
            size="sm"
            variant="light"
            color="orange"
            title={t('integration.queue.pendingTitle')}
            style={{ flex: 'none' }}
          >
            {t('integration.queue.pending', { count: candidate.pending })}
          </Badge>
        ) : (
          <Badge size="sm" variant="light" color="teal" style={{ flex: 'none' }}>
            {t('integration.queue.done')}
          </Badge>
        )}
        {!absent && candidate.maxSpread > 0 && (
          <Badge
            size="sm"
            variant={candidate.maxSpread >= 2 ? 'filled' : 'light'}
            color={spreadColor(candidate.maxSpread)}
            title={t('integration.queue.spreadTitle')}
            style={{ flex: 'none' }}
          >
            {t('integration.queue.spread', { spread: String(candidate.maxSpread) })}
          </Badge>
        )}
        <Text size="xs" c="dimmed" truncate ta="right" style={{ flex: 1, minWidth: 0 }}>
          {candidate.unit}
        </Text>
      </Group>
    </UnstyledButton>
  );
});

interface CandidateQueueProps {
  /** The candidates shown, in order (already searched and filtered). */
  candidates: readonly CandidateResult[];
  pendingCount: number;
  totalCount: number;
  selectedId: number | null;
  query: string;
  filter: QueueFilter;
  onQuery: (query: string) => void;
  onFilter: (filter: QueueFilter) => void;
  onSelect: (candidateId: number) => void;
}

/**
 * The meeting's to-do list: who still has competencies without an agreed level, and how far the
 * assessors disagree. Only the rows in view are rendered, so 10,000 candidates scroll smoothly.
 */
export function CandidateQueue({
  candidates,
  pendingCount,
  totalCount,
  selectedId,
  query,
  filter,
  onQuery,
  onFilter,
  onSelect,
}: CandidateQueueProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is not memoised by the compiler; nothing here relies on that
  const virtualizer = useVirtualizer({
    count: candidates.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ITEM_HEIGHT,
    overscan: 10,
  });
  // The selected candidate stays in view when "next" moves past the bottom of the list.
  const selectedIndex = candidates.findIndex((c) => c.candidateId === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <Stack gap={0} h="100%" style={{ minHeight: 0 }}>
      <Stack gap="xs" p="sm">
        <TextInput
          size="xs"
          type="search"
          leftSection={<IconSearch size={14} />}
          placeholder={t('integration.queue.search')}
          aria-label={t('integration.queue.search')}
          value={query}
          onChange={(event) => onQuery(event.currentTarget.value)}
        />
        <SegmentedControl
          size="xs"
          fullWidth
          value={filter}
          onChange={(value) => onFilter(value as QueueFilter)}
          data={[
            { value: 'pending', label: t('integration.queue.filterPending', { count: pendingCount }) },
            { value: 'all', label: t('integration.queue.filterAll', { count: totalCount }) },
          ]}
        />
      </Stack>
      <div ref={scrollRef} className={classes.queueScroll}>
        <nav aria-label={t('integration.queue.label')}>
          {candidates.length === 0 ? (
            <Text size="sm" c="dimmed" p="md">
              {totalCount === 0
                ? t('integration.queue.empty')
                : query.trim() !== ''
                  ? t('integration.queue.noMatch')
                  : t('integration.queue.allDone')}
            </Text>
          ) : (
            <div style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const candidate = candidates[item.index];
                if (!candidate) return null;
                return (
                  <QueueItem
                    key={candidate.candidateId}
                    candidate={candidate}
                    selected={candidate.candidateId === selectedId}
                    top={item.start}
                    onSelect={onSelect}
                  />
                );
              })}
            </div>
          )}
        </nav>
      </div>
    </Stack>
  );
}
