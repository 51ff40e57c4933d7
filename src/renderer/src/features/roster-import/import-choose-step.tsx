import { Alert, Center, Divider, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '../../../../shared/contract';
import type { ApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { DownloadButton } from '../../components/download-button';
import { FilePickButton } from '../../components/file-pick-button';
import { RefusalAlert } from './import-refusal';
import type { ReviewNotice } from './use-roster-import';

/** Offered in the browser's file dialog; .xls too, so its refusal can say how to convert it. */
export const ROSTER_ACCEPT =
  '.xlsx,.xlsm,.csv,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,application/vnd.ms-excel';

export function ImportChooseStep({
  notice,
  onPicked,
}: {
  notice: ReviewNotice | null;
  onPicked: (file: FileRef) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  // A refused upload (too large, network) is shown here, where the next pick happens.
  const [uploadError, setUploadError] = useState<ApiError | null>(null);

  return (
    <Center h="100%">
      <Stack gap="lg" w={680} maw="100%">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={48} radius="md" variant="light" aria-hidden>
            <IconFileSpreadsheet size={28} />
          </ThemeIcon>
          <div>
            <Title order={3} size="h4">
              {t('rosterImport.choose.heading')}
            </Title>
            <Text size="sm" mt={4}>
              {t('rosterImport.choose.text')}
            </Text>
          </div>
        </Group>

        {uploadError ? (
          <RefusalAlert error={uploadError} />
        ) : (
          notice && (
            <Alert color={notice.tone === 'error' ? 'red' : 'gray'} variant="light" role="status">
              {notice.message}
            </Alert>
          )
        )}

        <Group>
          <FilePickButton
            size="md"
            purpose="roster"
            accept={ROSTER_ACCEPT}
            inputLabel={t('rosterImport.choose.inputLabel')}
            leftSection={<IconFileSpreadsheet size={20} />}
            onPicked={(file) => {
              setUploadError(null);
              onPicked(file);
            }}
            onError={setUploadError}
          >
            {t('rosterImport.choose.pick')}
          </FilePickButton>
        </Group>

        <Paper withBorder p="md" radius="md" bg="gray.0">
          <Group gap={8} mb={6} wrap="nowrap">
            <IconInfoCircle size={18} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text size="sm" fw={600}>
              {t('rosterImport.choose.needsTitle')}
            </Text>
          </Group>
          <List size="sm" spacing={4} withPadding>
            <List.Item>{t('rosterImport.choose.needs.columns')}</List.Item>
            <List.Item>{t('rosterImport.choose.needs.nip')}</List.Item>
            <List.Item>{t('rosterImport.choose.needs.titles')}</List.Item>
          </List>
          <Divider my="sm" />
          <Group justify="space-between" wrap="nowrap" gap="md">
            <div>
              <Text size="sm" fw={600}>
                {t('rosterImport.choose.templateTitle')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('rosterImport.choose.templateText')}
              </Text>
            </div>
            <DownloadButton
              variant="default"
              leftSection={<IconDownload size={18} />}
              file={() => api.invoke('roster:template', {})}
              style={{ flexShrink: 0 }}
            >
              {t('rosterImport.choose.template')}
            </DownloadButton>
          </Group>
        </Paper>
      </Stack>
    </Center>
  );
}
