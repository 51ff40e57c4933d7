import { Center, Code, Drawer, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateDetail } from '../../../../../shared/contract';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorAlert } from '../../../components/error-alert';
import { formatMoment } from '../shared/format';
import { SnapshotTable } from '../shared/snapshot-table';
import { CertificateStateBadge } from './certificate-state-badge';

/** One certificate as issued: the frozen fields, the codes that verify it, and its print log. */
export function CertificateDrawer({
  certificateId,
  onClose,
}: {
  certificateId: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const detail = useApiQuery('certificates:get', certificateId === null ? null : { id: certificateId });
  const data = detail.data;
  return (
    <Drawer
      opened={certificateId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={data ? t('certificates.issued.detail.title', { number: data.number }) : ''}
    >
      {detail.error ? (
        <ErrorAlert error={detail.error} onRetry={detail.refresh} />
      ) : !data ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : (
        <DetailBody data={data} />
      )}
    </Drawer>
  );
}

function DetailBody({ data }: { data: CertificateDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Group gap="sm">
        <CertificateStateBadge item={data} />
        <Text size="sm" c="dimmed">
          {t('certificates.issued.detail.issued', { time: formatMoment(data.issuedAt), by: data.issuedBy })}
        </Text>
      </Group>
      {data.replacesId !== null && (
        <Text size="sm" c="dimmed">
          {t('certificates.issued.detail.replaces')}
        </Text>
      )}
      <div>
        <Text size="xs" c="dimmed" fw={600}>
          {t('certificates.issued.detail.shortCode')}
        </Text>
        <Text size="xl" fw={700} ff="monospace" data-testid="detail-short-code">
          {data.shortCode}
        </Text>
      </div>
      <Title order={3} size="h6">
        {t('certificates.issued.detail.fields')}
      </Title>
      <SnapshotTable
        snapshot={data.snapshot}
        number={data.number}
        shortCode={data.shortCode}
        issuedAt={data.issuedAt}
      />
      <div>
        <Text size="xs" c="dimmed" fw={600} mb={4}>
          {t('certificates.issued.detail.qrText')}
        </Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {data.qrText}
        </Code>
      </div>
      <div>
        <Text size="xs" c="dimmed" fw={600} mb={4}>
          {t('certificates.issued.detail.pdfSha256')}
        </Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {data.pdfSha256}
        </Code>
      </div>
      <Title order={3} size="h6">
        {t('certificates.issued.detail.prints')}
      </Title>
      {data.prints.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('certificates.issued.detail.noPrints')}
        </Text>
      ) : (
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Tbody>
            {data.prints.map((print) => (
              <Table.Tr key={print.id}>
                <Table.Td>
                  <Text size="sm">
                    {t('certificates.issued.detail.printRow', {
                      time: formatMoment(print.printedAt),
                      by: print.printedBy,
                      count: print.copies,
                    })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
