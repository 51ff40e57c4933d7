import { Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/api-context';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorAlert } from '../../../components/error-alert';
import { formatMoment } from '../shared/format';

/** The key lives in this page already: saving it is a local blob, no round trip to the core. */
function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-pem-file' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** This installation's Ed25519 public key, to hand to whoever checks certificates elsewhere. */
export function PublicKeyCard() {
  const { t } = useTranslation();
  const api = useApi();
  const key = useApiQuery('certificates:public-key', {});
  const data = key.data;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group gap="xs">
          <IconKey size={18} />
          <Title order={3} size="h5">
            {t('certificates.verify.publicKey.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('certificates.verify.publicKey.text')}
        </Text>
        {key.error && <ErrorAlert error={key.error} onRetry={key.refresh} />}
        {data && (
          <>
            <Stack gap={2}>
              <Text size="sm">
                {t('certificates.verify.publicKey.keyId')}:{' '}
                <Text span ff="monospace" fw={600} data-testid="public-key-id">
                  {data.keyId}
                </Text>
              </Text>
              <Text size="sm" c="dimmed">
                {t('certificates.verify.publicKey.createdAt')}: {formatMoment(data.createdAt)}
              </Text>
            </Stack>
            <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {data.publicKeyPem.trim()}
            </Code>
            <Group gap="sm">
              <CopyButton value={data.publicKeyPem}>
                {({ copied, copy }) => (
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                    onClick={copy}
                  >
                    {copied
                      ? t('certificates.verify.publicKey.copied')
                      : t('certificates.verify.publicKey.copy')}
                  </Button>
                )}
              </CopyButton>
              {api.door === 'browser' && (
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconDownload size={14} />}
                  onClick={() => downloadText(`asesa-kunci-publik-${data.keyId}.pem`, data.publicKeyPem)}
                >
                  {t('certificates.verify.publicKey.download')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
