import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressReport, ScoreSheetImportReport, ScoreSheetProblem } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { toApiError, type ApiError } from '../../api/api-error';
import { DownloadButton } from '../../components/download-button';
import { FilePickButton } from '../../components/file-pick-button';
import { notifySuccess } from '../../lib/notify';

function Problems({ title, items, color }: { title: string; items: ScoreSheetProblem[]; color: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert color={color} variant="light" title={`${title} (${items.length})`}>
      <List size="sm" spacing={2} style={{ maxHeight: 180, overflowY: 'auto' }}>
        {items.map((p, i) => (
          <List.Item key={`${p.row}-${p.column}-${i}`}>
            {t('scoring.sheets.problem', { row: String(p.row), column: p.column, message: p.message })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function ImportReport({ report, onClose }: { report: ScoreSheetImportReport | null; onClose: () => void }) {
  const { t } = useTranslation();
  const figures = report
    ? ([
        ['rows', report.rows],
        ['imported', report.imported],
        ['updated', report.updated],
        ['skipped', report.skipped],
        ['submitted', report.submitted],
      ] as const)
    : [];
  return (
    <Modal
      opened={report !== null}
      onClose={onClose}
      size="lg"
      centered
      title={report ? t('scoring.sheets.reportTitle', { name: report.assessor.name }) : ''}
    >
      {report && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {report.fileName}
          </Text>
          <SimpleGrid cols={5} spacing="xs">
            {figures.map(([key, value]) => (
              <Paper key={key} withBorder p="xs" ta="center">
                <Text size="xl" fw={700}>
                  {value}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`scoring.sheets.report.${key}`)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Problems title={t('scoring.sheets.errors')} items={report.errors} color="red" />
          <Problems title={t('scoring.sheets.conflicts')} items={report.conflicts} color="orange" />
          <Problems title={t('scoring.sheets.warnings')} items={report.warnings} color="yellow" />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Paper fallback: a score sheet per assessor out, filled sheets back in with a report. */
export function SheetTransfer({
  programId,
  assessors,
}: {
  programId: number;
  assessors: ProgressReport['assessors'];
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [assessorId, setAssessorId] = useState<string | null>(null);
  const [submit, setSubmit] = useState(false);
  const [report, setReport] = useState<ScoreSheetImportReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [importing, setImporting] = useState(false);

  const chosen = assessorId ?? (assessors[0] ? String(assessors[0].assessorId) : null);

  const importFile = async (uploadId: string) => {
    setImporting(true);
    setError(null);
    try {
      setReport(await api.invoke('scores:import-sheet', { programId, uploadId, submit }));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setImporting(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('scoring.sheets.title')}
        </Title>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <Select
            size="xs"
            style={{ flex: 1 }}
            label={t('scoring.sheets.exportFor')}
            data={assessors.map((a) => ({ value: String(a.assessorId), label: a.name }))}
            value={chosen}
            onChange={setAssessorId}
            allowDeselect={false}
          />
          <DownloadButton
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            disabled={chosen === null}
            file={() => api.invoke('scores:export-sheet', { programId, assessorId: Number(chosen) })}
            onSaved={(file) => notifySuccess(t('scoring.sheets.saved', { fileName: file.fileName }))}
          >
            {t('scoring.sheets.export')}
          </DownloadButton>
        </Group>
        <FilePickButton
          size="xs"
          variant="default"
          purpose="score-sheet"
          accept=".xlsx"
          inputLabel={t('scoring.sheets.importInput')}
          leftSection={<IconUpload size={14} />}
          disabled={importing}
          onPicked={(file) => void importFile(file.id)}
          onError={setError}
        >
          {t('scoring.sheets.import')}
        </FilePickButton>
        <Checkbox
          size="xs"
          label={t('scoring.sheets.submitOnImport')}
          checked={submit}
          onChange={(event) => setSubmit(event.currentTarget.checked)}
        />
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error.message}
          </Alert>
        )}
      </Stack>
      <ImportReport report={report} onClose={() => setReport(null)} />
    </Paper>
  );
}
