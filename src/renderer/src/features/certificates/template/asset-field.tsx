import { Alert, Button, Group, Image, Input, Paper, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { useApiQuery } from '../../../api/use-api-query';
import { FilePickButton } from '../../../components/file-pick-button';
import { notifySuccess } from '../../../lib/notify';
import { formatBytes } from '../shared/format';

interface AssetFieldProps {
  label: string;
  hint: string;
  /** SHA-256 of the stored image, or null. */
  value: string | null;
  onChange: (sha256: string | null) => void;
  error?: string | undefined;
}

/**
 * One image of the template (logo or background): a thumbnail of the stored image, upload and
 * remove. The upload lands in the core's image store at once (`certificates:upload-asset`); the
 * template only names it by its hash, so saving the template is what puts it to use.
 */
export function AssetField({ label, hint, value, onChange, error }: AssetFieldProps) {
  const { t } = useTranslation();
  const api = useApi();
  const asset = useApiQuery('certificates:asset', value ? { sha256: value } : null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const store = async (uploadId: string) => {
    setUploading(true);
    setProblem(null);
    try {
      const info = await api.invoke('certificates:upload-asset', { uploadId });
      onChange(info.sha256);
      notifySuccess(t('certificates.template.uploaded'));
    } catch (caught) {
      setProblem(toApiError(caught).message);
    } finally {
      setUploading(false);
    }
  };

  const data = asset.data;
  return (
    <Input.Wrapper label={label} description={hint} error={error}>
      <Paper withBorder radius="sm" p="xs" mt={6}>
        <Group gap="sm" wrap="nowrap" align="center">
          <Paper
            w={72}
            h={72}
            radius="sm"
            bg="gray.1"
            style={{ display: 'grid', placeItems: 'center', flexShrink: 0, overflow: 'hidden' }}
          >
            {data ? (
              <Image
                src={`data:${data.mime};base64,${data.dataBase64}`}
                alt={label}
                fit="contain"
                w={72}
                h={72}
              />
            ) : (
              <IconPhoto size={28} stroke={1.4} color="var(--mantine-color-gray-5)" />
            )}
          </Paper>
          <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              {!value
                ? t('certificates.template.noImage')
                : data
                  ? t('certificates.template.imageInfo', {
                      width: String(data.width),
                      height: String(data.height),
                      size: formatBytes(data.size),
                    })
                  : asset.error
                    ? asset.error.message
                    : t('certificates.template.imageLoading')}
            </Text>
            <Group gap="xs">
              <FilePickButton
                purpose="image"
                accept="image/png,image/jpeg,.png,.jpg,.jpeg"
                inputLabel={t('certificates.template.uploadInput', { what: label })}
                size="xs"
                variant="default"
                leftSection={<IconUpload size={14} />}
                disabled={uploading}
                onPicked={(file) => void store(file.id)}
                onError={(caught) => setProblem(caught.message)}
              >
                {value ? t('certificates.template.replace') : t('certificates.template.upload')}
              </FilePickButton>
              {value && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  onClick={() => onChange(null)}
                >
                  {t('certificates.template.removeImage')}
                </Button>
              )}
            </Group>
          </Stack>
        </Group>
      </Paper>
      {problem && (
        <Alert color="red" variant="light" mt={6} py={6} role="alert">
          {problem}
        </Alert>
      )}
    </Input.Wrapper>
  );
}
