import { Alert, Box, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useElementSize } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateTemplate } from '../../../../../shared/schemas/certificate-template';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { PdfCanvas } from './pdf-canvas';

/** Long enough that a typed word makes one request, short enough to feel live. */
const PREVIEW_DELAY_MS = 400;
/** Room under the page for the caption (two lines at most). */
const CAPTION_PX = 44;

interface Shown {
  bytes: Uint8Array;
  sampleName: string;
  landscape: boolean;
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

interface CertificatePreviewProps {
  programId: number;
  /** The draft as the core would read it; null while the form has a problem. */
  template: CertificateTemplate | null;
  /** Why there is no template to show (the form's first problem). */
  waitingFor: string;
}

/**
 * The live preview: the core renders the draft with the very renderer that prints certificates
 * (`certificates:preview`), and pdf.js draws the page. Requests wait until typing pauses; the
 * last good page stays up while a new one is made or while the draft has a problem.
 */
export function CertificatePreview({ programId, template, waitingFor }: CertificatePreviewProps) {
  const { t } = useTranslation();
  const api = useApi();
  const json = useMemo(() => (template ? JSON.stringify(template) : null), [template]);
  const [debounced] = useDebouncedValue(json, PREVIEW_DELAY_MS);
  const [shown, setShown] = useState<Shown | null>(null);
  // The draft the last answer (picture or failure) was for: any other draft is still on its way.
  const [answered, setAnswered] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [drawFailed, setDrawFailed] = useState(false);
  // The bytes on the canvas: a new answer is not shown until pdf.js has drawn it.
  const [drawn, setDrawn] = useState<Uint8Array | null>(null);
  const { ref: areaRef, ...area } = useElementSize<HTMLDivElement>();

  useEffect(() => {
    if (debounced === null) return;
    let current = true;
    const draft = JSON.parse(debounced) as CertificateTemplate;
    api.invoke('certificates:preview', { programId, template: draft }).then(
      (answer) => {
        if (!current) return;
        setShown({
          bytes: decodeBase64(answer.pdfBase64),
          sampleName: answer.sampleName,
          landscape: draft.orientation === 'landscape',
        });
        setFailure(null);
        setAnswered(debounced);
      },
      (error: unknown) => {
        if (!current) return;
        setFailure(toApiError(error).message);
        setAnswered(debounced);
      },
    );
    // An answer for an older draft is dropped: only the newest draft may reach the screen.
    return () => {
      current = false;
    };
  }, [api, programId, debounced]);

  const catchingUp =
    (json !== null && (json !== debounced || answered !== debounced)) ||
    (shown !== null && drawn !== shown.bytes && !drawFailed);

  // The page is as large as the area allows in both directions, so it is always seen whole.
  const aspect = shown?.landscape === false ? Math.SQRT1_2 : Math.SQRT2;
  const fitHeight = area.height - CAPTION_PX;
  const pageWidth = fitHeight > 0 ? Math.min(area.width, fitHeight * aspect) : area.width;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg="gray.1"
      h="100%"
      style={{ display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-sm)' }}
      aria-busy={catchingUp}
      data-testid="certificate-preview"
    >
      <Group justify="space-between" wrap="nowrap" mih={24}>
        <Title order={3} size="h5">
          {t('certificates.template.preview.title')}
        </Title>
        {catchingUp && (
          <Group gap={6} wrap="nowrap" aria-live="polite">
            <Loader size={14} />
            <Text size="xs" c="dimmed">
              {t('certificates.template.preview.updating')}
            </Text>
          </Group>
        )}
      </Group>
      {template === null && (
        <Alert color="yellow" variant="light" py="xs">
          {t('certificates.template.preview.waiting', { message: waitingFor })}
        </Alert>
      )}
      {failure && (
        <Alert color="red" variant="light" py="xs" role="alert">
          {t('certificates.template.preview.failed', { message: failure })}
        </Alert>
      )}
      {drawFailed && (
        <Alert color="red" variant="light" py="xs" role="alert">
          {t('certificates.template.preview.drawFailed')}
        </Alert>
      )}
      <Box ref={areaRef} style={{ flex: 1, minHeight: 0 }}>
        {shown ? (
          <Stack gap={6} w={pageWidth > 0 ? pageWidth : '100%'} mx="auto">
            <PdfCanvas
              bytes={shown.bytes}
              aspect={aspect}
              label={t('certificates.template.preview.label')}
              onDrawn={() => {
                setDrawn(shown.bytes);
                setDrawFailed(false);
              }}
              onError={() => setDrawFailed(true)}
            />
            <Text size="xs" c="dimmed" lineClamp={2}>
              {shown.sampleName === 'contoh'
                ? t('certificates.template.preview.sampleFictional')
                : t('certificates.template.preview.sample', { name: shown.sampleName })}
            </Text>
          </Stack>
        ) : (
          <Group justify="center" py="xl">
            <Loader />
          </Group>
        )}
      </Box>
    </Paper>
  );
}
