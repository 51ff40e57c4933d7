import { Button, Group, Modal, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const DEFAULT_FILE_NAME = '{nomor}_{nama}.pdf';

export interface BatchChoice {
  mode: 'merged' | 'zip';
  fileNamePattern: string;
  copies: number;
}

interface PrintBatchModalProps {
  opened: boolean;
  /** Valid certificates that the batch will hold. */
  count: number;
  onStart: (choice: BatchChoice) => void;
  onClose: () => void;
}

/** "Cetak semua": one merged PDF for the printer, or a ZIP of one PDF per person. */
export function PrintBatchModal({ opened, count, onStart, onClose }: PrintBatchModalProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<BatchChoice['mode']>('merged');
  const [fileNamePattern, setFileNamePattern] = useState(DEFAULT_FILE_NAME);
  const [copies, setCopies] = useState(1);
  const patternMissing = mode === 'zip' && fileNamePattern.trim() === '';

  return (
    <Modal opened={opened} onClose={onClose} title={t('certificates.issued.print.title')} centered size="lg">
      <Stack gap="md">
        <Text size="sm">{t('certificates.issued.print.intro', { count })}</Text>
        <Radio.Group
          label={t('certificates.issued.print.mode')}
          value={mode}
          onChange={(value) => setMode(value === 'zip' ? 'zip' : 'merged')}
        >
          <Stack gap="sm" mt="xs">
            <Radio
              value="merged"
              label={t('certificates.issued.print.merged')}
              description={t('certificates.issued.print.mergedHint')}
            />
            <Radio
              value="zip"
              label={t('certificates.issued.print.zip')}
              description={t('certificates.issued.print.zipHint')}
            />
          </Stack>
        </Radio.Group>
        {mode === 'zip' ? (
          <TextInput
            label={t('certificates.issued.print.fileName')}
            description={t('certificates.issued.print.fileNameHint')}
            value={fileNamePattern}
            onChange={(event) => setFileNamePattern(event.currentTarget.value)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            maxLength={120}
          />
        ) : (
          <NumberInput
            label={t('certificates.issued.print.copies')}
            description={t('certificates.issued.print.copiesHint')}
            value={copies}
            onChange={(value) => setCopies(typeof value === 'number' ? value : 1)}
            min={1}
            max={100}
            allowDecimal={false}
            w={220}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={count === 0 || patternMissing}
            onClick={() =>
              onStart({ mode, fileNamePattern: fileNamePattern.trim(), copies: Math.max(1, copies) })
            }
          >
            {t('certificates.issued.print.start')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
