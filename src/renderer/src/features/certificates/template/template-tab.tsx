import { Alert, Badge, Button, Center, Group, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateTemplateView, Program } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../lib/notify';
import { fieldErrorsOf } from '../../assessors/shared/field-errors';
import { formatMoment } from '../shared/format';
import { CertificatePreview } from './certificate-preview';
import { TemplateForm } from './template-form';
import { checkDraft, nextNumberExample, sameTemplate, type TemplateDraft } from './template-draft';

const FORM_WIDTH = 460;

/** The core names template fields `template.x`; the form knows them as `x`. */
function withoutPrefix(fields: Partial<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    if (message) out[path.replace(/^template\./, '')] = message;
  }
  return out;
}

/** Loads the programme's template, then hands it to the editor (keyed so a save starts afresh). */
export function TemplateTab({ program }: { program: Program }) {
  const view = useApiQuery(
    'certificates:template',
    { programId: program.id },
    { refreshOn: (change) => change.programId === null || change.programId === program.id },
  );
  if (view.error) return <ErrorAlert error={view.error} onRetry={view.refresh} />;
  if (!view.data)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  return <TemplateEditor program={program} view={view.data} />;
}

/**
 * The form on the left, the live preview on the right. The draft lives here until it is saved;
 * a refresh of the saved template (another window saved) replaces it only while nothing is edited.
 */
function TemplateEditor({ program, view }: { program: Program; view: CertificateTemplateView }) {
  const { t } = useTranslation();
  const api = useApi();
  const [base, setBase] = useState(view.template);
  const [draft, setDraft] = useState<TemplateDraft>(view.template);
  const [seen, setSeen] = useState(view.template);
  const [saveErrors, setSaveErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const dirty = !sameTemplate(draft, base);
  // The stored template changed (saved here or in another window): follow it unless this form
  // has unsaved edits.
  if (!sameTemplate(view.template, seen)) {
    setSeen(view.template);
    if (!dirty) {
      setBase(view.template);
      setDraft(view.template);
    }
  }

  const checked = useMemo(() => checkDraft(draft), [draft]);
  const nextNumber = nextNumberExample(
    draft.numberPattern,
    { pattern: view.template.numberPattern, nextNumber: view.nextNumber },
    program.code,
    new Date(),
  );
  const errors = { ...(checked.ok ? {} : checked.problems), ...saveErrors };

  const change = (next: TemplateDraft) => {
    setDraft(next);
    setSaveErrors({});
    setFormError(null);
  };

  const save = async () => {
    setSaving(true);
    setFormError(null);
    try {
      const saved = await api.invoke('certificates:save-template', {
        programId: program.id,
        template: draft,
      });
      setBase(saved.template);
      setDraft(saved.template);
      setSaveErrors({});
      notifySuccess(t('certificates.template.saved'));
    } catch (caught) {
      const { fields, form } = fieldErrorsOf(toApiError(caught));
      setSaveErrors(withoutPrefix(fields));
      setFormError(form ?? toApiError(caught).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Group align="stretch" gap="md" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
      <Stack gap="sm" w={FORM_WIDTH} style={{ flexShrink: 0, minHeight: 0 }}>
        <ScrollArea style={{ flex: 1 }} offsetScrollbars type="auto">
          <TemplateForm draft={draft} onChange={change} errors={errors} nextNumber={nextNumber} />
        </ScrollArea>
        {formError && (
          <Alert color="red" variant="light" py="xs" role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <div style={{ flex: 1, minWidth: 0 }}>
            {dirty ? (
              <Group gap={4} wrap="nowrap">
                <Badge color="orange" variant="light" tt="none" style={{ flexShrink: 0 }}>
                  {t('certificates.template.unsaved')}
                </Badge>
                <Button variant="subtle" size="compact-sm" onClick={() => change(base)} disabled={saving}>
                  {t('certificates.template.discard')}
                </Button>
              </Group>
            ) : (
              <Text size="xs" c="dimmed">
                {view.isDefault
                  ? t('certificates.template.isDefault')
                  : t('certificates.template.savedAt', { time: formatMoment(view.updatedAt) })}
              </Text>
            )}
          </div>
          <Button
            leftSection={<IconDeviceFloppy size={18} />}
            onClick={() => void save()}
            loading={saving}
            disabled={!dirty && !view.isDefault}
          >
            {t('certificates.template.save')}
          </Button>
        </Group>
      </Stack>
      <div style={{ flex: 1, minWidth: 0, minHeight: 0 }}>
        <CertificatePreview
          programId={program.id}
          template={checked.ok ? checked.template : null}
          waitingFor={checked.ok ? '' : checked.first}
        />
      </div>
    </Group>
  );
}
