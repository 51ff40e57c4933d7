import {
  ActionIcon,
  Button,
  ColorInput,
  Divider,
  Group,
  Input,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signatory } from '../../../../../shared/contract';
import { AssetField } from './asset-field';
import { BodyField } from './body-field';
import { SignatureFields } from './signature-fields';
import type { NextNumberExample, TemplateDraft } from './template-draft';

const MAX_HEADER_LINES = 4;
const SWATCHES = ['#1f3a68', '#0b5394', '#134f5c', '#7f6000', '#660000', '#1a1a1a', '#38761d', '#4c1130'];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <Divider
        label={
          <Title order={3} size="h6" c="dark.6">
            {title}
          </Title>
        }
        labelPosition="left"
      />
      {children}
    </Stack>
  );
}

interface TemplateFormProps {
  draft: TemplateDraft;
  onChange: (draft: TemplateDraft) => void;
  /** Problems by path inside the template (`numberPattern`, `signatures.0.nip`). */
  errors: Record<string, string | undefined>;
  nextNumber: NextNumberExample;
}

/** Every part of a certificate template, top of the page to the bottom. */
export function TemplateForm({ draft, onChange, errors, nextNumber }: TemplateFormProps) {
  const { t } = useTranslation();
  const set = <K extends keyof TemplateDraft>(key: K, value: TemplateDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const setHeader = (index: number, value: string) =>
    set(
      'headerLines',
      draft.headerLines.map((line, i) => (i === index ? value : line)),
    );
  const setSignature = (index: number, value: Signatory) =>
    set(
      'signatures',
      draft.signatures.map((s, i) => (i === index ? value : s)),
    );
  const signatureErrors = (index: number) => ({
    name: errors[`signatures.${index}.name`],
    position: errors[`signatures.${index}.position`],
    rank: errors[`signatures.${index}.rank`],
    nip: errors[`signatures.${index}.nip`],
  });
  const first = draft.signatures[0];

  return (
    <Stack gap="lg" pb="md">
      <Section title={t('certificates.template.sections.page')}>
        <Input.Wrapper label={t('certificates.template.orientation')}>
          <div>
            <SegmentedControl
              mt={4}
              value={draft.orientation}
              onChange={(value) => set('orientation', value === 'portrait' ? 'portrait' : 'landscape')}
              data={[
                { value: 'landscape', label: t('certificates.template.landscape') },
                { value: 'portrait', label: t('certificates.template.portrait') },
              ]}
            />
          </div>
        </Input.Wrapper>
      </Section>

      <Section title={t('certificates.template.sections.header')}>
        <Stack gap={6}>
          <Text size="xs" c="dimmed">
            {t('certificates.template.headerHint')}
          </Text>
          {draft.headerLines.map((line, index) => (
            <Group key={index} gap={6} wrap="nowrap" align="flex-start">
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('certificates.template.headerLine', { no: String(index + 1) })}
                placeholder={t('certificates.template.headerLine', { no: String(index + 1) })}
                value={line}
                onChange={(event) => setHeader(index, event.currentTarget.value)}
                error={errors[`headerLines.${index}`]}
                fw={index === 0 ? 600 : undefined}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('certificates.template.removeHeaderLine', { no: String(index + 1) })}
                onClick={() =>
                  set(
                    'headerLines',
                    draft.headerLines.filter((_, i) => i !== index),
                  )
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {draft.headerLines.length < MAX_HEADER_LINES && (
            <div>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => set('headerLines', [...draft.headerLines, ''])}
              >
                {t('certificates.template.addHeaderLine')}
              </Button>
            </div>
          )}
        </Stack>
        <AssetField
          label={t('certificates.template.logo')}
          hint={t('certificates.template.logoHint')}
          value={draft.logo}
          onChange={(value) => set('logo', value)}
          error={errors.logo}
        />
      </Section>

      <Section title={t('certificates.template.sections.texts')}>
        <TextInput
          label={t('certificates.template.title')}
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
        />
        <TextInput
          label={t('certificates.template.intro')}
          description={t('certificates.template.introHint')}
          value={draft.intro}
          onChange={(event) => set('intro', event.currentTarget.value)}
          error={errors.intro}
        />
        <BodyField value={draft.body} onChange={(value) => set('body', value)} error={errors.body} />
        <Switch
          label={t('certificates.template.showResult')}
          description={t('certificates.template.showResultHint')}
          checked={draft.showResult}
          onChange={(event) => set('showResult', event.currentTarget.checked)}
        />
        <TextInput
          label={t('certificates.template.place')}
          description={t('certificates.template.placeHint')}
          value={draft.place}
          onChange={(event) => set('place', event.currentTarget.value)}
          error={errors.place}
        />
      </Section>

      <Section title={t('certificates.template.sections.signatures')}>
        {draft.signatures.map((signature, index) => (
          <SignatureFields
            key={index}
            no={index + 1}
            value={signature}
            onChange={(value) => setSignature(index, value)}
            onRemove={
              index > 0
                ? () =>
                    set(
                      'signatures',
                      draft.signatures.filter((_, i) => i !== index),
                    )
                : undefined
            }
            errors={signatureErrors(index)}
          />
        ))}
        {draft.signatures.length < 2 && first && (
          <div>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                set('signatures', [
                  ...draft.signatures,
                  { name: '', position: '', rank: '', nip: '', acting: false },
                ])
              }
            >
              {t('certificates.template.addSignature')}
            </Button>
          </div>
        )}
      </Section>

      <Section title={t('certificates.template.sections.look')}>
        <SimpleGrid cols={2} spacing="sm">
          <ColorInput
            label={t('certificates.template.primaryColour')}
            format="hex"
            swatches={SWATCHES}
            swatchesPerRow={8}
            value={draft.colours.primary}
            onChange={(value) => set('colours', { ...draft.colours, primary: value })}
            error={errors['colours.primary']}
          />
          <ColorInput
            label={t('certificates.template.textColour')}
            format="hex"
            swatches={SWATCHES}
            swatchesPerRow={8}
            value={draft.colours.text}
            onChange={(value) => set('colours', { ...draft.colours, text: value })}
            error={errors['colours.text']}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-6}>
          {t('certificates.template.primaryHint')}
        </Text>
        <AssetField
          label={t('certificates.template.background')}
          hint={t('certificates.template.backgroundHint')}
          value={draft.background}
          onChange={(value) => set('background', value)}
          error={errors.background}
        />
      </Section>

      <Section title={t('certificates.template.sections.number')}>
        <TextInput
          label={t('certificates.template.numberPattern')}
          description={t('certificates.template.numberHint')}
          value={draft.numberPattern}
          onChange={(event) => set('numberPattern', event.currentTarget.value)}
          error={nextNumber.problem ?? errors.numberPattern}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        {nextNumber.number && (
          <Paper withBorder radius="sm" px="sm" py={6} bg="blue.0">
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {t('certificates.template.nextNumber')}
              </Text>
              <Text size="sm" fw={700} ff="monospace" data-testid="next-number">
                {nextNumber.number}
              </Text>
            </Group>
          </Paper>
        )}
      </Section>
    </Stack>
  );
}
