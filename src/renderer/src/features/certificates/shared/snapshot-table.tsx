import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateSnapshot } from '../../../../../shared/contract';
import { formatMoment } from './format';

interface SnapshotTableProps {
  snapshot: CertificateSnapshot;
  number: string;
  shortCode: string;
  issuedAt: string;
}

/** The fields a certificate froze at issue, as printed: what a verifier compares with the paper. */
export function SnapshotTable({ snapshot, number, shortCode, issuedAt }: SnapshotTableProps) {
  const { t } = useTranslation();
  const { fields } = snapshot;
  const result =
    fields.predikat || fields.jpm
      ? t('certificates.verify.resultLine', { predikat: fields.predikat || '—', jpm: fields.jpm || '—' })
      : t('certificates.verify.noResult');
  const rows: Array<[string, string, boolean?]> = [
    [t('certificates.verify.field.name'), fields.nama],
    [t('certificates.verify.field.nip'), fields.nip, true],
    [t('certificates.verify.field.number'), number, true],
    [t('certificates.verify.field.program'), fields.program],
    [t('certificates.verify.field.date'), fields.tanggal],
    [t('certificates.verify.field.result'), result],
    [t('certificates.verify.field.issuedAt'), formatMoment(issuedAt)],
    [t('certificates.verify.field.shortCode'), shortCode, true],
  ];
  return (
    <Table withTableBorder withColumnBorders={false} verticalSpacing={6} data-testid="snapshot-table">
      <Table.Tbody>
        {rows.map(([label, value, mono]) => (
          <Table.Tr key={label}>
            <Table.Th w={160} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
              {label}
            </Table.Th>
            <Table.Td>
              <Text size="sm" fw={label === rows[0]?.[0] ? 700 : 500} ff={mono ? 'monospace' : undefined}>
                {value || '—'}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
