import {
  Alert,
  Button,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ExportResultsResult,
  type CsvSeparator,
  type ExportFormat,
  type Program,
} from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { useJob } from '../../api/use-job';
import { DownloadButton } from '../../components/download-button';
import { ErrorAlert } from '../../components/error-alert';
import { JobProgress } from '../../components/job-progress';
import { notifySuccess } from '../../lib/notify';

interface ResultsExportPanelProps {
  program: Program;
  /** False while results are still open: the file may change after it is handed over. */
  finalized: boolean | null;
}

/** Choose xlsx or CSV, run the `results:export` job with a progress bar, then save the file. */
export function ResultsExportPanel({ program, finalized }: ResultsExportPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { job, run, cancel } = useJob(ExportResultsResult);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  // Excel set to Indonesian reads ';' as the column separator (its decimal mark is the comma).
  const [separator, setSeparator] = useState<CsvSeparator>(';');
  const busy = job.status === 'starting' || job.status === 'running';
  const running = job.status === 'running' ? job : null;

  const start = () =>
    void run(() => api.invoke('export:results', { programId: program.id, format, separator }));

  const label =
    !running || running.phase === ''
      ? t('export.progress.preparing')
      : running.phase === 'menghitung'
        ? t('export.progress.computing')
        : t('export.progress.sheet', { sheet: running.phase });
  const percent = running && running.total > 0 ? (100 * running.done) / running.total : null;

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconFileSpreadsheet size={22} aria-hidden />
          <Title order={3} size="h4">
            {t('export.workbook.title')}
          </Title>
        </Group>
        <Text size="sm">{t('export.workbook.text')}</Text>
        {finalized === false && (
          <Alert color="yellow" variant="light">
            {t('export.workbook.notFinal')}
          </Alert>
        )}
        <Group align="flex-end" gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="export-format-label">
              {t('export.workbook.format')}
            </Text>
            <SegmentedControl
              aria-labelledby="export-format-label"
              value={format}
              onChange={(value) => setFormat(value as ExportFormat)}
              disabled={busy}
              data={[
                { value: 'xlsx', label: t('export.workbook.xlsx') },
                { value: 'csv', label: t('export.workbook.csv') },
              ]}
            />
          </Stack>
          {format === 'csv' && (
            <Select
              w={380}
              label={t('export.workbook.separator')}
              value={separator}
              onChange={(value) => value && setSeparator(value as CsvSeparator)}
              allowDeselect={false}
              disabled={busy}
              data={[
                { value: ';', label: t('export.workbook.semicolon') },
                { value: ',', label: t('export.workbook.comma') },
              ]}
            />
          )}
        </Group>
        {format === 'csv' && (
          <Text size="sm" c="dimmed">
            {t('export.workbook.csvText')}
          </Text>
        )}
        {program.candidateCount === 0 ? (
          <Alert color="gray" variant="light">
            {t('export.workbook.noCandidates')}
          </Alert>
        ) : busy ? (
          <JobProgress
            label={label}
            percent={percent}
            detail={
              running && running.total > 0
                ? t('export.progress.rows', { done: running.done, count: running.total })
                : ''
            }
            barLabel={t('export.progress.barLabel')}
            cancel={{
              onCancel: () => void cancel(),
              cancelling: running?.cancelling ?? false,
              disabled: !running,
              label: t('export.progress.cancel'),
              cancellingLabel: t('export.progress.cancelling'),
            }}
          />
        ) : (
          <Group>
            <Button onClick={start} leftSection={<IconFileSpreadsheet size={18} />}>
              {job.status === 'done' ? t('export.workbook.again') : t('export.workbook.start')}
            </Button>
          </Group>
        )}
        {job.status === 'failed' && <ErrorAlert error={job.error} />}
        {job.status === 'cancelled' && (
          <Alert color="gray" variant="light" role="status">
            {t('export.progress.cancelled')}
          </Alert>
        )}
        {job.status === 'done' && <ExportDone result={job.result} />}
      </Stack>
    </Paper>
  );
}

function ExportDone({ result }: { result: ExportResultsResult }) {
  const { t } = useTranslation();
  const api = useApi();
  const { fileName } = result.file;
  return (
    <Alert color="teal" variant="light" title={t('export.done.title')} data-testid="export-done">
      <Stack gap="sm">
        <Text size="sm">
          {result.format === 'xlsx'
            ? t('export.done.summaryXlsx', result.rows)
            : t('export.done.summaryCsv', result.rows)}
        </Text>
        {result.dataSha256 && (
          <Text size="xs" c="dimmed">
            {t('export.done.sha')}: <Code>{result.dataSha256}</Code>
          </Text>
        )}
        <Group>
          <DownloadButton
            file={result.file}
            leftSection={<IconDownload size={18} />}
            onSaved={(file) => {
              if (api.door === 'desktop') notifySuccess(t('export.done.saved', { fileName: file.fileName }));
            }}
          >
            {api.door === 'desktop'
              ? t('export.done.save', { fileName })
              : t('export.done.download', { fileName })}
          </DownloadButton>
        </Group>
      </Stack>
    </Alert>
  );
}
