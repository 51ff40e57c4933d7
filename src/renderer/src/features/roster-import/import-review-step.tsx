import { Alert, Badge, Box, Button, Group, Select, Stack, Tabs, Text, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCircleCheck,
  IconCircleX,
  IconDownload,
  IconFileImport,
  IconInfoCircle,
} from '@tabler/icons-react';
import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveDownload } from '../../components/download-button';
import { notifySuccess } from '../../lib/notify';
import { CountTiles } from './count-tiles';
import { importAdvice, type Advice } from './import-advice';
import { ImportMapping, type Mapping } from './import-mapping';
import { ImportProblems } from './import-problems';
import { ImportSample } from './import-sample';
import classes from './roster-import.module.css';
import type { ImportSource, Review } from './use-roster-import';

interface ImportReviewProps {
  review: Review;
  /** A new preview is being read: controls wait, the old preview stays visible under it. */
  busy: boolean;
  onSource: (review: Review, source: ImportSource) => void;
  onCommit: (review: Review, validOnly: boolean) => void;
  onOtherFile: () => void;
}

const ADVICE_LOOK: Record<Advice['tone'], { color: string; icon: ReactNode }> = {
  ready: { color: 'teal', icon: <IconCircleCheck size={20} /> },
  warning: { color: 'teal', icon: <IconCircleCheck size={20} /> },
  partial: { color: 'orange', icon: <IconAlertTriangle size={20} /> },
  blocked: { color: 'red', icon: <IconCircleX size={20} /> },
};

/**
 * The preview: where the data was found, the counts, what to do next, the problems, a sample of
 * the rows and the column mapping, and the two ways to commit. Memoised: progress events of a
 * re-read arrive ten times a second and must not re-render thousands of problem rows.
 */
export const ImportReviewStep = memo(function ImportReviewStep({
  review,
  busy,
  onSource,
  onCommit,
  onOtherFile,
}: ImportReviewProps) {
  const { t, i18n } = useTranslation();
  const { preview, problemReport } = review.result;
  const problemCount = preview.errors.length + preview.warnings.length;
  const [tab, setTab] = useState<string | null>(problemCount > 0 ? 'problems' : 'sample');
  const advice = importAdvice(preview, problemReport !== null, t);
  const look = ADVICE_LOOK[advice.tone];
  const report = useSaveDownload();
  const mappingChanged = review.source.mapping !== undefined;

  const saveReport = async () => {
    if (!problemReport) return;
    const saved = await report.save(problemReport);
    if (saved && report.door === 'desktop') notifySuccess(t('rosterImport.commit.reportSaved', saved));
  };

  const tiles = [
    {
      id: 'rows',
      label: t('rosterImport.counts.rows'),
      value: preview.rows,
      hint: t('rosterImport.counts.rowsHint'),
    },
    {
      id: 'valid',
      label: t('rosterImport.counts.valid'),
      value: preview.valid,
      hint: t('rosterImport.counts.validHint'),
      color: 'teal.8',
    },
    {
      id: 'errors',
      label: t('rosterImport.counts.errors'),
      value: preview.errorRows,
      hint: t('rosterImport.counts.errorsHint'),
      color: 'red.8',
    },
    {
      id: 'warnings',
      label: t('rosterImport.counts.warnings'),
      value: preview.warningRows,
      hint: t('rosterImport.counts.warningsHint'),
      color: 'orange.8',
    },
    {
      id: 'new',
      label: t('rosterImport.counts.new'),
      value: preview.newCount,
      hint: t('rosterImport.counts.newHint'),
    },
    {
      id: 'updated',
      label: t('rosterImport.counts.updated'),
      value: preview.updatedCount,
      hint: t('rosterImport.counts.updatedHint'),
    },
  ];

  const canImportAll = preview.errorRows === 0 && preview.valid > 0;
  const canImportValid = preview.errorRows > 0 && preview.valid > 0;

  return (
    <Stack gap="sm" h="100%" style={{ minHeight: 0 }}>
      <Group justify="space-between" wrap="nowrap" gap="md" mih={36}>
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text fw={600} truncate title={preview.fileName} maw={360}>
            {preview.fileName}
          </Text>
          <Text c="dimmed" size="sm" style={{ flexShrink: 0 }} data-testid="import-source">
            {preview.headerRow > 0
              ? t('rosterImport.source.sheetAndHeader', {
                  sheet: preview.sheet,
                  headerRow: String(preview.headerRow),
                })
              : t('rosterImport.source.sheetNoHeader', { sheet: preview.sheet })}
          </Text>
          {mappingChanged && (
            <Badge variant="light" color="grape" style={{ flexShrink: 0 }}>
              {t('rosterImport.source.mappingChanged')}
            </Badge>
          )}
        </Group>
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          {preview.sheets.length > 1 && (
            <Select
              aria-label={t('rosterImport.source.sheetLabel')}
              leftSection={
                <Text size="xs" c="dimmed" pl={6}>
                  {t('rosterImport.source.sheet')}
                </Text>
              }
              leftSectionWidth={58}
              data={preview.sheets}
              value={preview.sheet}
              allowDeselect={false}
              disabled={busy}
              w={240}
              onChange={(sheet) => sheet && sheet !== preview.sheet && onSource(review, { sheet })}
            />
          )}
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={18} />}
            onClick={onOtherFile}
            disabled={busy}
          >
            {t('rosterImport.source.otherFile')}
          </Button>
        </Group>
      </Group>

      <CountTiles tiles={tiles} language={i18n.language} />

      {review.notice && (
        <Alert
          color={review.notice.tone === 'error' ? 'red' : 'gray'}
          variant="light"
          icon={<IconInfoCircle size={20} />}
          role="alert"
          py="xs"
        >
          {review.notice.message}
        </Alert>
      )}
      <Alert
        color={look.color}
        variant="light"
        icon={look.icon}
        py="xs"
        role="status"
        data-testid="import-advice"
      >
        <Text size="sm">
          {advice.text}{' '}
          <Text span size="sm" c="dimmed">
            {t('rosterImport.advice.nothingSaved')}
          </Text>
        </Text>
      </Alert>

      <Tabs value={tab} onChange={setTab} keepMounted={false} className={classes.tabs}>
        <Tabs.List>
          <Tabs.Tab value="problems">
            {t('rosterImport.tabs.problems')}{' '}
            <Badge
              size="sm"
              variant="light"
              color={preview.errors.length > 0 ? 'red' : problemCount > 0 ? 'orange' : 'gray'}
            >
              {new Intl.NumberFormat(i18n.language).format(problemCount)}
            </Badge>
          </Tabs.Tab>
          <Tabs.Tab value="sample">{t('rosterImport.tabs.sample')}</Tabs.Tab>
          <Tabs.Tab value="columns">{t('rosterImport.tabs.columns')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="problems" className={classes.panel}>
          <ImportProblems errors={preview.errors} warnings={preview.warnings} />
        </Tabs.Panel>
        <Tabs.Panel value="sample" className={classes.panel}>
          <ImportSample preview={preview} />
        </Tabs.Panel>
        <Tabs.Panel value="columns" className={classes.panel} style={{ overflowY: 'auto' }}>
          <ImportMapping
            columns={preview.columns}
            changed={mappingChanged}
            disabled={busy}
            onChange={(mapping: Mapping) => onSource(review, { sheet: preview.sheet, mapping })}
            onReset={() => onSource(review, { sheet: preview.sheet })}
          />
        </Tabs.Panel>
      </Tabs>

      <Group justify="space-between" wrap="nowrap" gap="md" pt="xs" className={classes.footer}>
        <Box>
          {problemReport && (
            <Button
              variant="default"
              leftSection={<IconDownload size={18} />}
              loading={report.busy}
              onClick={() => void saveReport()}
            >
              {t('rosterImport.commit.report')}
            </Button>
          )}
        </Box>
        <Group gap="sm" wrap="nowrap">
          {canImportAll ? (
            <Button
              leftSection={<IconFileImport size={18} />}
              disabled={busy}
              onClick={() => onCommit(review, false)}
            >
              {t('rosterImport.commit.all', { count: preview.valid })}
            </Button>
          ) : (
            <Tooltip
              label={preview.errorRows > 0 ? t('rosterImport.commit.allBlockedWhy') : advice.text}
              multiline
              w={340}
            >
              {/* A disabled button gets no pointer events: the wrapper carries the explanation. */}
              <span tabIndex={0}>
                <Button disabled leftSection={<IconFileImport size={18} />} style={{ pointerEvents: 'none' }}>
                  {t('rosterImport.commit.allBlocked')}
                </Button>
              </span>
            </Tooltip>
          )}
          {canImportValid && (
            <Button
              color="orange"
              leftSection={<IconFileImport size={18} />}
              disabled={busy}
              onClick={() => onCommit(review, true)}
            >
              {t('rosterImport.commit.validOnly', { count: preview.valid })}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
});
