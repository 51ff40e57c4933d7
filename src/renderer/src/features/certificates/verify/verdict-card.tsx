import { Alert, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleX,
  IconFileCheck,
  IconFileAlert,
  IconHelpCircle,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CertificateVerification, CertificateVerificationStatus } from '../../../../../shared/contract';
import { SnapshotTable } from '../shared/snapshot-table';

/** One colour and sign per answer, so it reads from across the desk. */
const LOOK: Record<CertificateVerificationStatus, { color: string; icon: Icon }> = {
  valid: { color: 'teal', icon: IconCircleCheck },
  revoked: { color: 'orange', icon: IconAlertTriangle },
  'not-issued-here': { color: 'gray', icon: IconHelpCircle },
  forged: { color: 'red', icon: IconCircleX },
};

/** The answer in large type, why, and what this installation recorded when it issued it. */
export function VerdictCard({ result }: { result: CertificateVerification }) {
  const { t } = useTranslation();
  const look = LOOK[result.status];
  const StatusIcon = look.icon;
  const stored = result.certificate;
  return (
    <Stack gap="md">
      <Paper
        radius="md"
        p="lg"
        bg={`${look.color}.0`}
        style={{ border: `2px solid var(--mantine-color-${look.color}-6)` }}
        role="status"
        aria-label={t('certificates.verify.verdictLabel')}
        data-testid="verify-verdict"
        data-status={result.status}
      >
        <Group gap="lg" wrap="nowrap" align="flex-start">
          <ThemeIcon color={look.color} size={64} radius="xl" variant="filled">
            <StatusIcon size={40} stroke={1.8} />
          </ThemeIcon>
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Title order={2} size={34} c={`${look.color}.9`} lh={1.1}>
              {t(`certificates.verify.status.${result.status}`)}
            </Title>
            <Text size="md">{result.explanation}</Text>
            <Text size="xs" c="dimmed" mt={4}>
              {t(`certificates.verify.via.${result.via}`)}
              {result.keyId ? ` · ${t('certificates.verify.keyId', { keyId: result.keyId })}` : ''}
            </Text>
          </Stack>
        </Group>
      </Paper>
      {result.pdfMatches !== null && (
        <Alert
          color={result.pdfMatches ? 'teal' : 'yellow'}
          variant="light"
          py="xs"
          icon={result.pdfMatches ? <IconFileCheck size={18} /> : <IconFileAlert size={18} />}
        >
          {result.pdfMatches ? t('certificates.verify.pdfMatches') : t('certificates.verify.pdfDiffers')}
        </Alert>
      )}
      {stored && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('certificates.verify.stored')}
          </Text>
          <SnapshotTable
            snapshot={stored.snapshot}
            number={stored.number}
            shortCode={stored.shortCode}
            issuedAt={stored.issuedAt}
          />
        </Stack>
      )}
    </Stack>
  );
}
