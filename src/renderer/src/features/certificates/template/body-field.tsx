import { Alert, Badge, Group, List, Stack, Text, Textarea, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_PLACEHOLDERS, placeholderProblems } from '../../../../../shared/domain/certificate-text';
import { insertAt } from './template-draft';

interface BodyFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/**
 * The statement with its placeholders: a chip per placeholder inserts it where the caret is,
 * and a misspelt one (`{nma}`) is named under the field as it is typed, since it would otherwise
 * be printed as written.
 */
export function BodyField({ value, onChange, error }: BodyFieldProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const unknown = placeholderProblems(value);

  const insert = (name: string) => {
    const area = ref.current;
    const token = `{${name}}`;
    const next = insertAt(
      value,
      token,
      area?.selectionStart ?? value.length,
      area?.selectionEnd ?? value.length,
    );
    onChange(next.text);
    // After React has put the new text in, give the caret back right after the placeholder.
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <Stack gap={6}>
      <Textarea
        ref={ref}
        label={t('certificates.template.body')}
        description={t('certificates.template.bodyHint')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={8}
        error={error}
      />
      <Group gap={6} aria-label={t('certificates.template.placeholders')} role="group">
        {CERTIFICATE_PLACEHOLDERS.map((name) => {
          const meaning = t(`certificates.template.meaning.${name}`);
          return (
            <Tooltip key={name} label={meaning} openDelay={300} withinPortal>
              <UnstyledButton
                onClick={() => insert(name)}
                aria-label={t('certificates.template.insert', { placeholder: `{${name}}`, meaning })}
              >
                <Badge variant="light" color="blue" radius="sm" tt="none" style={{ cursor: 'pointer' }}>
                  {`{${name}}`}
                </Badge>
              </UnstyledButton>
            </Tooltip>
          );
        })}
      </Group>
      {unknown.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          py={6}
          icon={<IconAlertTriangle size={18} />}
          title={t('certificates.template.unknownPlaceholders')}
          data-testid="unknown-placeholders"
        >
          <Text size="xs">{t('certificates.template.unknownHint')}</Text>
          <List size="xs" mt={4}>
            {unknown.map((problem) => (
              <List.Item key={problem.placeholder}>
                <Text span ff="monospace" size="xs" fw={600}>
                  {problem.placeholder}
                </Text>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
