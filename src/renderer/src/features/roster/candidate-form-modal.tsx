import {
  Alert,
  Autocomplete,
  Button,
  Divider,
  Grid,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, Program } from '../../../../shared/contract';
import { formatNip } from '../../../../shared/domain/nip';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import { notifySuccess } from '../../lib/notify';
import {
  candidateInput,
  candidateValues,
  checkCandidate,
  emptyCandidateValues,
  FORM_FIELDS,
  rosterLookup,
  serverProblems,
  type CandidateField,
  type CandidateFormValues,
} from './candidate-form-values';
import { gradeOptions, levelOptions, useNipReading } from './candidate-form-options';

interface CandidateFormModalProps {
  opened: boolean;
  program: Program;
  /** The candidate to edit; null to add one. */
  candidate: Candidate | null;
  /** The programme's roster: taken NIPs and numbers are flagged while typing, units suggested. */
  roster: readonly Candidate[];
  onClose: () => void;
}

/** Mantine drops a modal's content once it has closed, so every opening starts a fresh form. */
export function CandidateFormModal({ opened, program, candidate, roster, onClose }: CandidateFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        candidate
          ? t('rosterEdit.form.editTitle', { participantNo: candidate.participantNo })
          : t('rosterEdit.form.addTitle')
      }
      size={880}
      yOffset="2vh"
      closeOnClickOutside={false}
    >
      <CandidateForm program={program} candidate={candidate} roster={roster} onDone={onClose} />
    </Modal>
  );
}

type Touched = ReadonlySet<CandidateField>;

/** An orange border: the value is saved, but it contradicts the NIP. */
const WARNING_INPUT = { input: { borderColor: 'var(--mantine-color-orange-6)' } };

function CandidateForm({
  program,
  candidate,
  roster,
  onDone,
}: Omit<CandidateFormModalProps, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<CandidateFormValues>(() =>
    candidate ? candidateValues(candidate) : emptyCandidateValues(),
  );
  // A field shows its problem once it was edited or left, or after "save": an empty form opens calm.
  const [touched, setTouched] = useState<Touched>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [focused, setFocused] = useState<CandidateField | null>(null);
  const [serverErrors, setServerErrors] = useState<Partial<Record<CandidateField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const lookup = useMemo(() => rosterLookup(roster, candidate?.id ?? null), [roster, candidate]);
  const units = useMemo(
    () => [...new Set(roster.map((c) => c.unit).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'id')),
    [roster],
  );
  const check = checkCandidate(values, lookup, {
    nipTaken: (other) =>
      t('rosterEdit.form.nipTaken', { name: other.name, participantNo: other.participantNo }),
    participantNoTaken: (other) => t('rosterEdit.form.participantNoTaken', { name: other.name }),
  });
  const reading = useNipReading(check.nip);

  const errorOf = (field: CandidateField): string | undefined => {
    if (serverErrors[field]) return serverErrors[field];
    const problem = check.errors[field];
    if (!problem || !(submitted || touched.has(field))) return undefined;
    // Still typing the NIP: "12 of 18 digits" is help, not an error yet.
    if (field === 'nip' && focused === 'nip' && !submitted && problem.code === 'nip-length') return undefined;
    return problem.message;
  };
  const errorCount = FORM_FIELDS.filter((field) => serverErrors[field] || check.errors[field]).length;
  const warnings = FORM_FIELDS.flatMap((field) => {
    const warning = check.warnings[field];
    return warning ? [warning.message] : [];
  });

  const set = <F extends CandidateField>(field: F, value: CandidateFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
    setServerErrors(({ [field]: _old, ...rest }) => rest);
    setFormError(null);
  };
  const leave = (field: CandidateField) => {
    setFocused(null);
    if (values[field] !== '') setTouched((current) => new Set(current).add(field));
    // The NIP is shown in its printed form once it is valid: the operator sees what is stored.
    if (field === 'nip' && check.nip)
      setValues((current) => ({ ...current, nip: formatNip(check.nip!.nip) }));
  };

  /** Props every input shares: value handling, a red border on error, one line of help below. */
  const field = (name: Exclude<CandidateField, 'gender' | 'grade' | 'positionLevel'>, hint?: ReactNode) => {
    const error = errorOf(name);
    return {
      value: values[name],
      onChange: (event: { currentTarget: { value: string } }) => set(name, event.currentTarget.value),
      onFocus: () => setFocused(name),
      onBlur: () => leave(name),
      error: Boolean(error),
      description: <Note error={error} hint={hint} />,
      inputWrapperOrder: ['label', 'input', 'description'] as ('label' | 'input' | 'description')[],
    };
  };

  const nipHint =
    focused === 'nip' && check.nipDigits > 0 && check.nipDigits < 18 ? (
      t('rosterEdit.form.nipTyping', { count: check.nipDigits })
    ) : reading ? (
      <Text span size="xs" c="teal.8" fw={500}>
        {reading}
      </Text>
    ) : (
      t('rosterEdit.form.nipHint')
    );
  const genderPlaceholder = check.nip
    ? t('rosterEdit.form.genderFromNip', { gender: t(`rosterEdit.form.genders.${check.nip.gender}`) })
    : t('rosterEdit.form.genderChoose');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(check.errors).length > 0) return;
    setBusy(true);
    setFormError(null);
    try {
      const input = candidateInput(values);
      const saved = candidate
        ? await api.invoke('roster:update', { id: candidate.id, candidate: input })
        : await api.invoke('roster:add', { programId: program.id, candidate: input });
      notifySuccess(
        candidate
          ? t('rosterEdit.updated', { name: saved.name })
          : t('rosterEdit.added', { name: saved.name, participantNo: saved.participantNo }),
      );
      onDone();
    } catch (caught) {
      const { fields, form } = serverProblems(toApiError(caught));
      setServerErrors(fields);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs">
        <Grid columnGap="md" rowGap="xs">
          <Grid.Col span={6}>
            <TextInput
              label={t('rosterEdit.form.nip')}
              placeholder={t('rosterEdit.form.nipPlaceholder')}
              withAsterisk
              data-autofocus
              autoComplete="off"
              inputMode="numeric"
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...field('nip', nipHint)}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <Select
              label={t('rosterEdit.form.gender')}
              placeholder={genderPlaceholder}
              data={(['L', 'P'] as const).map((g) => ({
                value: g,
                label: t(`rosterEdit.form.genders.${g}`),
              }))}
              value={values.gender || null}
              onChange={(value) => set('gender', value === 'L' || value === 'P' ? value : '')}
              clearable
              description={<Note hint={t('rosterEdit.form.genderHint')} />}
              inputWrapperOrder={['label', 'input', 'description']}
              styles={check.warnings.gender ? WARNING_INPUT : undefined}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput
              type="date"
              label={t('rosterEdit.form.birthDate')}
              {...field('birthDate', t('rosterEdit.form.birthDateHint'))}
              styles={check.warnings.birthDate ? WARNING_INPUT : undefined}
            />
          </Grid.Col>
          <Grid.Col span={9}>
            <TextInput
              label={t('rosterEdit.form.name')}
              placeholder={t('rosterEdit.form.namePlaceholder')}
              withAsterisk
              autoComplete="off"
              {...field('name', t('rosterEdit.form.nameHint'))}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput
              label={t('rosterEdit.form.participantNo')}
              placeholder={t('rosterEdit.form.participantNoPlaceholder')}
              maxLength={12}
              autoComplete="off"
              {...field('participantNo', t('rosterEdit.form.participantNoHint'))}
            />
          </Grid.Col>
          {warnings.length > 0 && (
            <Grid.Col span={12}>
              <Alert
                color="orange"
                variant="light"
                p="xs"
                icon={<IconAlertTriangle size={18} />}
                role="status"
              >
                <Stack gap={2}>
                  {warnings.map((message) => (
                    <Text size="sm" key={message}>
                      {message}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            </Grid.Col>
          )}
        </Grid>

        <Divider label={t('rosterEdit.form.positionSection')} labelPosition="left" />
        <Grid columnGap="md" rowGap="xs">
          <Grid.Col span={6}>
            <Select
              label={t('rosterEdit.form.grade')}
              placeholder={t('rosterEdit.form.gradePlaceholder')}
              data={gradeOptions}
              value={values.grade || null}
              onChange={(value) => set('grade', value ?? '')}
              searchable
              clearable
              // Typing "III/c" then Enter picks the first match instead of submitting the form.
              selectFirstOptionOnChange
              maxDropdownHeight={280}
              error={Boolean(errorOf('grade'))}
              description={<Note error={errorOf('grade')} hint={t('rosterEdit.form.gradeHint')} />}
              inputWrapperOrder={['label', 'input', 'description']}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Select
              label={t('rosterEdit.form.positionLevel')}
              placeholder={t('rosterEdit.form.positionLevelPlaceholder')}
              data={levelOptions(values.positionLevel, t)}
              value={values.positionLevel || null}
              onChange={(value) => set('positionLevel', value ?? '')}
              searchable
              clearable
              // Typing "III/c" then Enter picks the first match instead of submitting the form.
              selectFirstOptionOnChange
              maxDropdownHeight={280}
              description={<Note hint={t('rosterEdit.form.positionLevelHint')} />}
              inputWrapperOrder={['label', 'input', 'description']}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput
              label={t('rosterEdit.form.position')}
              placeholder={t('rosterEdit.form.positionPlaceholder')}
              {...field('position')}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Autocomplete
              label={t('rosterEdit.form.unit')}
              placeholder={t('rosterEdit.form.unitPlaceholder')}
              data={units}
              limit={8}
              value={values.unit}
              onChange={(value) => set('unit', value)}
              onBlur={() => setFocused(null)}
              description={<Note />}
              inputWrapperOrder={['label', 'input', 'description']}
            />
          </Grid.Col>
        </Grid>

        <Divider label={t('rosterEdit.form.contactSection')} labelPosition="left" />
        <Grid columnGap="md" rowGap="xs">
          <Grid.Col span={6}>
            <TextInput
              type="tel"
              label={t('rosterEdit.form.phone')}
              placeholder={t('rosterEdit.form.phonePlaceholder')}
              {...field('phone')}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput
              type="email"
              label={t('rosterEdit.form.email')}
              placeholder={t('rosterEdit.form.emailPlaceholder')}
              {...field('email')}
            />
          </Grid.Col>
        </Grid>

        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}

        <Group justify="space-between" wrap="nowrap" gap="md" mt="xs">
          <Text size="sm" c={submitted && errorCount > 0 ? 'red.8' : 'dimmed'} role="status">
            {submitted && errorCount > 0
              ? t('rosterEdit.form.blocked', { count: errorCount })
              : warnings.length > 0
                ? t('rosterEdit.form.warningsOnly')
                : ' '}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <Button variant="default" onClick={onDone} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {candidate ? t('rosterEdit.form.submitEdit') : t('rosterEdit.form.submitAdd')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** The one line under an input: its problem in red, or its hint. Always there, so nothing jumps. */
function Note({ error, hint }: { error?: string | undefined; hint?: ReactNode }) {
  if (error)
    return (
      <Text span size="xs" c="red.8" role="alert">
        {error}
      </Text>
    );
  return <>{hint ?? ' '}</>;
}
