import { Badge, type BadgeProps } from '@mantine/core';
import type { CandidateResult, ProgramResults } from '../../../../shared/contract';
import { CATEGORY_LABELS, type CategoryCode } from '../../../../shared/domain/categories';
import { formatJpmId, formatPercentId } from '../../../../shared/domain/jpm';
import type { CandidateStatus } from '../../../../shared/domain/ranking';

/** Best category green, middle amber, lowest red: the same in the table, the charts and the badges. */
export const CATEGORY_COLORS: Record<CategoryCode, string> = {
  MS: 'teal',
  O: 'teal',
  MMS: 'yellow',
  CO: 'yellow',
  KMS: 'red',
  KO: 'red',
};

/** Chart fills (recharts takes CSS colours, not Mantine colour names). */
export const CATEGORY_FILLS: Record<CategoryCode, string> = {
  MS: 'var(--mantine-color-teal-6)',
  O: 'var(--mantine-color-teal-6)',
  MMS: 'var(--mantine-color-yellow-6)',
  CO: 'var(--mantine-color-yellow-6)',
  KMS: 'var(--mantine-color-red-6)',
  KO: 'var(--mantine-color-red-6)',
};

export const STATUS_COLORS: Record<CandidateStatus, string> = {
  complete: 'teal',
  incomplete: 'yellow',
  absent: 'gray',
};

export function CategoryBadge({
  category,
  full = false,
  ...props
}: { category: CategoryCode | null; full?: boolean } & BadgeProps) {
  if (!category) return null;
  return (
    <Badge color={CATEGORY_COLORS[category]} variant="light" title={CATEGORY_LABELS[category]} {...props}>
      {full ? `${category} · ${CATEGORY_LABELS[category]}` : category}
    </Badge>
  );
}

export type ScoreKind = ProgramResults['scoreKind'];

/**
 * What ranks, as people read it: a JPM is cut to one decimal (never shows a category boundary it
 * did not reach); a rubric percentage is rounded.
 */
export function formatScore(score: number | null, kind: ScoreKind): string {
  if (score === null) return '—';
  return kind === 'jpm' ? formatJpmId(score) : formatPercentId(score);
}

/** A gap with its sign: "+1", "0", "−2" (a real minus sign reads better in a table). */
export function formatGap(gap: number | null): string {
  if (gap === null) return '—';
  if (gap > 0) return `+${gap}`;
  return gap < 0 ? `−${Math.abs(gap)}` : '0';
}

export function gapColor(gap: number | null): string | undefined {
  if (gap === null || gap === 0) return undefined;
  return gap > 0 ? 'teal.8' : 'red.7';
}

/** What a search box looks through: participant number, NIP, name and unit. */
export function resultSearchText(candidate: CandidateResult): string {
  return `${candidate.participantNo} ${candidate.nip} ${candidate.name} ${candidate.unit}`;
}
