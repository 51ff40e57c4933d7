import { Alert, Stack, Text } from '@mantine/core';
import { IconFileAlert } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';

const TITLED = [
  'file-legacy-xls',
  'file-encrypted',
  'file-not-spreadsheet',
  'file-corrupt',
  'file-too-large',
  'file-too-many-rows',
  'file-bomb',
  'roster-no-header',
  'roster-sheet-not-found',
  'upload-not-found',
] as const;
type TitledCode = (typeof TITLED)[number];

function isTitled(code: string): code is TitledCode {
  return (TITLED as readonly string[]).includes(code);
}

/**
 * A refused file, said plainly: a title naming what is wrong, then the server's message, which
 * says what to do ("open it in Excel, Save As .xlsx …"). Unknown codes still show their message.
 */
export function RefusalAlert({ error, fileName }: { error: ApiError; fileName?: string }) {
  const { t } = useTranslation();
  // A file's own fault has a name; anything else (network, a crashed job) is a plain problem.
  const title = isTitled(error.code)
    ? t(`rosterImport.refused.titles.${error.code}`)
    : t('common.errorTitle');
  return (
    <Alert color="red" variant="light" icon={<IconFileAlert size={22} />} title={title} role="alert">
      <Stack gap={6}>
        <Text size="sm">{error.message}</Text>
        {fileName && (
          <Text size="xs" c="dimmed">
            {t('rosterImport.refused.fileLine', { fileName })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
