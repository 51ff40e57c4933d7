import { Button, Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RosterImportResult } from '../../../../shared/contract';
import { useSaveDownload } from '../../components/download-button';
import { notifySuccess } from '../../lib/notify';
import { CountTiles } from './count-tiles';

interface ImportDoneStepProps {
  result: RosterImportResult;
  programCode: string;
  onClose: () => void;
  onAnother: () => void;
}

/** What the import did, in counts and one sentence, and what to do with the rows left out. */
export function ImportDoneStep({ result, programCode, onClose, onAnother }: ImportDoneStepProps) {
  const { t, i18n } = useTranslation();
  const report = useSaveDownload();
  const { problemReport } = result;
  // Rows whose NIP was known and whose data was the same: the import leaves them untouched.
  const unchanged = Math.max(0, result.preview.valid - result.imported - result.updated);

  const saveReport = async () => {
    if (!problemReport) return;
    const saved = await report.save(problemReport);
    if (saved && report.door === 'desktop') notifySuccess(t('rosterImport.commit.reportSaved', saved));
  };

  return (
    <Center h="100%">
      <Stack gap="lg" w={820} maw="100%" align="stretch">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={48} radius="xl" color="teal" variant="light" aria-hidden>
            <IconCheck size={28} />
          </ThemeIcon>
          <div>
            <Title order={3} size="h3">
              {t('rosterImport.done.title')}
            </Title>
            <Text size="sm" role="status" data-testid="import-summary">
              {t('rosterImport.done.summary', {
                imported: result.imported,
                updated: result.updated,
                code: programCode,
              })}
            </Text>
          </div>
        </Group>
        <CountTiles
          language={i18n.language}
          tiles={[
            {
              id: 'imported',
              label: t('rosterImport.done.imported'),
              value: result.imported,
              hint: t('rosterImport.done.importedHint'),
              color: 'teal.8',
            },
            {
              id: 'updated',
              label: t('rosterImport.done.updated'),
              value: result.updated,
              hint: t('rosterImport.done.updatedHint'),
            },
            {
              id: 'unchanged',
              label: t('rosterImport.done.unchanged'),
              value: unchanged,
              hint: t('rosterImport.done.unchangedHint'),
            },
            {
              id: 'skipped',
              label: t('rosterImport.done.skipped'),
              value: result.skipped,
              hint: t('rosterImport.done.skippedHint'),
              color: 'orange.8',
            },
          ]}
        />
        <Stack gap={4}>
          {unchanged > 0 && <Text size="sm">{t('rosterImport.done.unchangedText', { unchanged })}</Text>}
          <Text size="sm">
            {result.skipped > 0
              ? t('rosterImport.done.skippedText', { skipped: result.skipped })
              : t('rosterImport.done.allIn')}
          </Text>
        </Stack>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {result.skipped > 0 && problemReport && (
              <Button
                variant="default"
                leftSection={<IconDownload size={18} />}
                loading={report.busy}
                onClick={() => void saveReport()}
              >
                {t('rosterImport.commit.report')}
              </Button>
            )}
            <Button variant="default" leftSection={<IconFileSpreadsheet size={18} />} onClick={onAnother}>
              {t('rosterImport.done.another')}
            </Button>
          </Group>
          <Button onClick={onClose} data-autofocus>
            {t('rosterImport.done.close')}
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}
