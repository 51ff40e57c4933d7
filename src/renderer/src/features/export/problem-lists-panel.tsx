import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProblemListSummary } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { DownloadButton } from '../../components/download-button';
import { ErrorAlert } from '../../components/error-alert';

/** The problem lists of the last roster and score-sheet imports, while the app keeps them. */
export function ProblemListsPanel({ programId }: { programId: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { data, error } = useApiQuery('export:problem-lists', { programId });
  const when = (at: string) =>
    new Date(at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const counts = (list: ProblemListSummary) =>
    list.kind === 'score-sheet'
      ? t('export.problems.countsConflicts', list)
      : t('export.problems.counts', list);

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconListDetails size={22} aria-hidden />
          <Title order={3} size="h4">
            {t('export.problems.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('export.problems.text')}
        </Text>
        {error && <ErrorAlert error={error} />}
        {data && data.lists.length === 0 && (
          <Alert color="gray" variant="light">
            {t('export.problems.empty')}
          </Alert>
        )}
        {data?.lists.map((list) => (
          <Group
            key={list.kind}
            justify="space-between"
            wrap="nowrap"
            data-testid={`problem-list-${list.kind}`}
          >
            <div style={{ minWidth: 0 }}>
              <Text fw={500}>{t(`export.problems.${list.kind}`)}</Text>
              <Text size="sm" c="dimmed" truncate>
                {list.fileName} · {when(list.at)} · {counts(list)}
              </Text>
            </div>
            <DownloadButton
              variant="default"
              leftSection={<IconDownload size={18} />}
              file={() => api.invoke('export:problem-list', { programId, kind: list.kind })}
            >
              {t('export.problems.download')}
            </DownloadButton>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
