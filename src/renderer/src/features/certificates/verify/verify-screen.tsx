import {
  Alert,
  Button,
  Divider,
  Grid,
  Group,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconFileTypePdf, IconShieldSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateVerification, CertificateVerifyInput } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { FilePickButton } from '../../../components/file-pick-button';
import { Screen } from '../../../components/screen';
import { PublicKeyCard } from './public-key-card';
import { VerdictCard } from './verdict-card';

type Check =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; result: CertificateVerification }
  | { state: 'failed'; message: string };

/**
 * Verifikasi: is this certificate genuine, and still valid? Takes the printed short code, the
 * text a phone read from the QR code, or the PDF itself, and answers in one word and one colour,
 * with what was recorded at issue for comparison with the paper in hand.
 */
export function VerifyScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const [code, setCode] = useState('');
  const [check, setCheck] = useState<Check>({ state: 'idle' });

  const verify = async (input: CertificateVerifyInput) => {
    setCheck({ state: 'checking' });
    try {
      setCheck({ state: 'done', result: await api.invoke('certificates:verify', input) });
    } catch (error) {
      setCheck({ state: 'failed', message: toApiError(error).message });
    }
  };
  const submitCode = () => {
    if (code.trim() !== '') void verify({ code: code.trim() });
  };

  return (
    <Screen title={t('certificates.verify.title')} description={t('certificates.verify.description')}>
      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        <Grid gap="lg" pb="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <Paper withBorder radius="md" p="md">
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    submitCode();
                  }}
                >
                  <Stack gap="sm">
                    <Textarea
                      label={t('certificates.verify.code')}
                      placeholder={t('certificates.verify.codePlaceholder')}
                      value={code}
                      onChange={(event) => setCode(event.currentTarget.value)}
                      onKeyDown={(event) => {
                        // Enter checks (a typed code is one line); Shift+Enter keeps a pasted QR text's lines.
                        if (event.key === 'Enter' && !event.shiftKey) {
                          event.preventDefault();
                          submitCode();
                        }
                      }}
                      autosize
                      minRows={2}
                      maxRows={6}
                      maxLength={400}
                      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 16 } }}
                      data-autofocus
                    />
                    <Group justify="flex-end">
                      <Button
                        type="submit"
                        leftSection={<IconShieldSearch size={18} />}
                        disabled={code.trim() === ''}
                        loading={check.state === 'checking'}
                      >
                        {t('certificates.verify.check')}
                      </Button>
                    </Group>
                  </Stack>
                </form>
                <Divider my="md" label={t('certificates.verify.or')} labelPosition="center" />
                <FilePickButton
                  purpose="pdf"
                  accept="application/pdf,.pdf"
                  inputLabel={t('certificates.verify.pdfInput')}
                  variant="default"
                  fullWidth
                  leftSection={<IconFileTypePdf size={18} />}
                  onPicked={(file) => void verify({ uploadId: file.id })}
                  onError={(error) => setCheck({ state: 'failed', message: error.message })}
                >
                  {t('certificates.verify.pdf')}
                </FilePickButton>
              </Paper>
              <PublicKeyCard />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {check.state === 'checking' && (
              <Group gap="sm" p="lg">
                <Loader size="sm" />
                <Text>{t('certificates.verify.checking')}</Text>
              </Group>
            )}
            {check.state === 'failed' && (
              <Alert color="red" variant="light" role="alert">
                {check.message}
              </Alert>
            )}
            {check.state === 'done' && <VerdictCard result={check.result} />}
          </Grid.Col>
        </Grid>
      </ScrollArea>
    </Screen>
  );
}
