import { Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobRun } from '../../api/use-job';
import { JobProgress } from '../../components/job-progress';

export type ImportJobKind = 'preview' | 'import';

/**
 * The job reports each phase from 0 to its own total (bytes while reading, rows while checking
 * and saving). Laid end to end with these shares, the bar only ever moves forward.
 */
const SHARES: Record<ImportJobKind, Record<string, readonly [number, number]>> = {
  preview: { membaca: [0, 60], memeriksa: [60, 100] },
  import: { membaca: [0, 35], memeriksa: [35, 55], menyimpan: [55, 100] },
};

export function overallPercent(
  kind: ImportJobKind,
  phase: string,
  done: number,
  total: number,
): number | null {
  const share = SHARES[kind][phase];
  if (!share || total <= 0) return null;
  const [from, to] = share;
  return Math.round(from + ((to - from) * Math.min(done, total)) / total);
}

interface ImportProgressProps {
  kind: ImportJobKind;
  run: JobRun<unknown>;
  fileName: string;
  programCode: string;
  onCancel: () => void;
}

/** One job's progress as the operator reads it: what is happening, how far, and a way out. */
export function ImportProgress({ kind, run, fileName, programCode, onCancel }: ImportProgressProps) {
  const { t } = useTranslation();
  const running = run.status === 'running' ? run : null;
  const phase = running?.phase ?? '';
  const raw = running ? overallPercent(kind, phase, running.done, running.total) : null;
  // The reader may report a phase twice (one part of the file, then another): the bar keeps the
  // furthest point this job reached, so it never runs backwards.
  const [peak, setPeak] = useState({ jobId: '', value: 0 });
  const jobId = running?.jobId ?? '';
  const percent = raw === null ? null : Math.max(raw, peak.jobId === jobId ? peak.value : 0);
  if (percent !== null && (peak.jobId !== jobId || peak.value !== percent))
    setPeak({ jobId, value: percent });
  const label =
    phase === 'membaca'
      ? t('rosterImport.progress.reading', { fileName })
      : phase === 'memeriksa'
        ? t('rosterImport.progress.checking')
        : phase === 'menyimpan'
          ? t('rosterImport.progress.saving', { code: programCode })
          : t('rosterImport.progress.preparing');
  // While reading, the job counts bytes of parts of the file: only rows are worth a number.
  const detail =
    running && running.total > 0 && phase !== 'membaca'
      ? t('rosterImport.progress.rows', { done: running.done, count: running.total })
      : '';

  return (
    <Paper withBorder shadow="sm" p="lg" radius="md" w={560} maw="100%">
      <Stack gap="md">
        <JobProgress
          label={label}
          percent={percent}
          detail={detail}
          barLabel={t('rosterImport.progress.barLabel')}
          cancel={{
            onCancel,
            cancelling: running?.cancelling ?? false,
            disabled: !running,
            label: t('rosterImport.progress.cancel'),
            cancellingLabel: t('rosterImport.progress.cancelling'),
          }}
        />
        <Text size="xs" c="dimmed">
          {kind === 'preview'
            ? t('rosterImport.progress.previewHint')
            : t('rosterImport.progress.importHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
