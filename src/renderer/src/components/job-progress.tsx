import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface JobProgressCancel {
  onCancel: () => void;
  /** True once cancel was asked: the button waits until the job has stopped. */
  cancelling: boolean;
  /** Before the job has an id there is nothing to cancel yet. */
  disabled?: boolean;
  label: string;
  cancellingLabel: string;
}

interface JobProgressProps {
  /** What is happening now, as a sentence ("Memeriksa baris…"). */
  label: ReactNode;
  /** 0–100; null while the amount of work is not known yet (the bar runs grey, full width). */
  percent: number | null;
  /** Counts under the bar ("3.000 dari 10.000 baris"). Keeps its line when empty: no jump. */
  detail?: ReactNode;
  /** Accessible name of the bar. */
  barLabel: string;
  cancel?: JobProgressCancel;
}

/**
 * The progress of one background job: a sentence, a bar, the counts and a cancel button. Shared
 * by every long job (roster import, exports, certificate batches), so they all look alike.
 */
export function JobProgress({ label, percent, detail, barLabel, cancel }: JobProgressProps) {
  const known = percent !== null;
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500} aria-live="polite">
        {label}
      </Text>
      <Progress
        value={known ? Math.max(0, Math.min(100, percent)) : 100}
        color={known ? undefined : 'gray.4'}
        size="lg"
        striped
        animated
        aria-label={barLabel}
        transitionDuration={200}
      />
      <Group justify="space-between" align="center" wrap="nowrap" mih={36}>
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {detail || ' '}
        </Text>
        {cancel && (
          <Button
            variant="default"
            onClick={cancel.onCancel}
            disabled={cancel.cancelling || cancel.disabled}
            loading={cancel.cancelling}
          >
            {cancel.cancelling ? cancel.cancellingLabel : cancel.label}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
