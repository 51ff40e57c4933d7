import { Button, Center, Group, Select, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '../../../../shared/contract';
import type { ApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { DownloadButton } from '../../components/download-button';
import { RefusalAlert } from './import-refusal';
import type { Review } from './use-roster-import';

interface ImportRefusedStepProps {
  file: FileRef;
  error: ApiError;
  /** The preview before this attempt (another sheet or mapping was tried), if there was one. */
  previous: Review | null;
  onOtherFile: () => void;
  onSheet: (review: Review, sheet: string) => void;
  onBack: (review: Review) => void;
}

/** The file could not be read: what is wrong, what to do, and the ways on from here. */
export function ImportRefusedStep({
  file,
  error,
  previous,
  onOtherFile,
  onSheet,
  onBack,
}: ImportRefusedStepProps) {
  const { t } = useTranslation();
  const api = useApi();
  const sheets = previous?.result.preview.sheets ?? [];
  const offerSheets = previous && sheets.length > 1 && error.code.startsWith('roster-');

  return (
    <Center h="100%">
      <Stack gap="md" w={680} maw="100%">
        <RefusalAlert error={error} fileName={file.fileName} />
        <Text size="sm">{t('rosterImport.refused.next')}</Text>
        {offerSheets && (
          <Group gap="sm" align="center">
            <Text size="sm">{t('rosterImport.refused.trySheet')}</Text>
            <Select
              aria-label={t('rosterImport.source.sheetLabel')}
              data={sheets}
              placeholder={t('rosterImport.source.sheet')}
              w={240}
              onChange={(sheet) => sheet && onSheet(previous, sheet)}
            />
          </Group>
        )}
        <Group justify="space-between">
          <Group gap="sm">
            <Button leftSection={<IconFileSpreadsheet size={18} />} onClick={onOtherFile}>
              {t('rosterImport.source.otherFile')}
            </Button>
            <DownloadButton
              variant="default"
              leftSection={<IconDownload size={18} />}
              file={() => api.invoke('roster:template', {})}
            >
              {t('rosterImport.choose.template')}
            </DownloadButton>
          </Group>
          {previous && (
            <Button
              variant="subtle"
              leftSection={<IconArrowBackUp size={18} />}
              onClick={() => onBack(previous)}
            >
              {t('rosterImport.refused.back')}
            </Button>
          )}
        </Group>
      </Stack>
    </Center>
  );
}
