import {
  Badge,
  Box,
  Button,
  Center,
  Group,
  Kbd,
  Loader,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconLockOpen, IconPlayerTrackNext, IconSend } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreSheet, SheetCounts, SheetCriterion } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../lib/notify';
import { CompetencyRow, type RowValue } from './competency-row';
import { formatTime, isExtreme } from './format';
import { ReopenDialog, SubmitDialog } from './sheet-dialogs';
import type { RowSaveState, SavePatch } from './use-sheet-saver';

export const rowKey = (assignmentId: number, kind: 'c' | 'k', id: number) => `${assignmentId}:${kind}:${id}`;

interface SheetEditorProps {
  assignmentId: number;
  /** Saves still on their way: submitting waits for them. */
  unsaved: number;
  saves: Record<string, RowSaveState>;
  save: (key: string, patch: SavePatch) => void;
  canReopen: boolean;
  /** The sheet's counts changed (submitted, reopened): the list follows. */
  onCounts: (counts: SheetCounts) => void;
  onSubmitted: () => void;
  /** Ctrl+→ / Ctrl+←. */
  onStep: (step: number) => void;
}

/** A rubric criterion (panel judging): a score within the rubric's scale and a note. */
function CriterionRow({
  criterion,
  sheet,
  readOnly,
  onScore,
}: {
  criterion: SheetCriterion;
  sheet: ScoreSheet;
  readOnly: boolean;
  onScore: (score: number | null) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | number>(criterion.score ?? '');
  const commit = () => onScore(value === '' ? null : Number(value));
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            {criterion.name}
          </Text>
          <Text size="xs" c="dimmed">
            {t('scoring.sheet.weight', { weight: String(criterion.weight) })} · {criterion.description}
          </Text>
        </div>
        <NumberInput
          w={120}
          aria-label={`${t('scoring.sheet.score')} ${criterion.name}`}
          min={sheet.rubric?.scaleMin}
          max={sheet.rubric?.scaleMax}
          value={value}
          onChange={setValue}
          onBlur={commit}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
          readOnly={readOnly}
        />
      </Group>
    </Paper>
  );
}

export function SheetEditor({
  assignmentId,
  unsaved,
  saves,
  save,
  canReopen,
  onCounts,
  onSubmitted,
  onStep,
}: SheetEditorProps) {
  const { t } = useTranslation();
  const api = useApi();
  // Refetched only on purpose: a save echoes through data:changed, and this sheet is the source.
  const query = useApiQuery('scoring:get-sheet', { assignmentId }, { refreshOn: () => false });
  const sheet = query.data;
  const [edits, setEdits] = useState<Record<number, RowValue>>({});
  const [active, setActive] = useState(0);
  const [submitOpen, setSubmitOpen] = useState(false);
  const [reopenOpen, setReopenOpen] = useState(false);
  const cards = useRef<(HTMLDivElement | null)[]>([]);

  const competencies = sheet?.competencies ?? [];
  const values: RowValue[] = competencies.map(
    (c) => edits[c.id] ?? { level: c.rating.level, evidence: c.rating.evidence },
  );
  const readOnly = sheet?.status === 'submitted';

  // A fresh sheet: the first competency without a level takes the focus, ready for a digit.
  const loadedId = sheet?.assignmentId;
  useEffect(() => {
    if (loadedId === undefined || !sheet) return;
    const first = sheet.competencies.findIndex((c) => c.rating.level === null);
    const index = first === -1 ? 0 : first;
    cards.current[index]?.focus(); // onFocus marks it active
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when another sheet arrives
  }, [loadedId]);

  // A row that grows (a note or a warning appears) stays whole in view while it has the focus.
  const bareCount = values.filter((v) => isExtreme(v.level) && v.evidence.trim() === '').length;
  useEffect(() => {
    cards.current[active]?.scrollIntoView({ block: 'nearest' });
  }, [active, bareCount]);

  if (query.error) return <ErrorAlert error={query.error} onRetry={query.refresh} />;
  if (!sheet)
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );

  const rated = values.filter((v) => v.level !== null).length;
  const bare = values.filter((v) => isExtreme(v.level) && v.evidence.trim() === '').length;

  const setValue = (index: number, patch: Partial<RowValue>) => {
    const competency = competencies[index];
    const before = values[index];
    if (!competency || !before) return;
    setEdits((current) => ({
      ...current,
      [competency.id]: { ...before, ...current[competency.id], ...patch },
    }));
    save(rowKey(assignmentId, 'c', competency.id), patch);
  };

  const move = (index: number, step: number) => {
    const next = Math.max(0, Math.min(competencies.length - 1, index + step));
    cards.current[next]?.focus();
  };

  const submit = async () => {
    const result = await api.invoke('scores:submit', { assignmentId });
    notifySuccess(t('scoring.submit.done', { name: sheet.candidate.name }));
    onCounts({ assignmentId, status: result.status, rated, total: sheet.total, needsEvidence: 0 });
    query.refresh();
    onSubmitted();
  };
  const reopen = async (reason: string) => {
    const result = await api.invoke('scores:reopen', { assignmentId, reason });
    notifySuccess(t('scoring.reopen.done'));
    onCounts({ assignmentId, status: result.status, rated, total: sheet.total, needsEvidence: bare });
    query.refresh();
  };

  return (
    <Stack
      h="100%"
      gap={0}
      style={{ minHeight: 0 }}
      onKeyDown={(event) => {
        if (!(event.ctrlKey || event.metaKey)) return;
        // Modals render in a portal but their keys still bubble here through React.
        if (!event.currentTarget.contains(event.target as Node)) return;
        if (event.key === 'Enter') {
          event.preventDefault();
          if (!readOnly) setSubmitOpen(true);
        } else if (
          (event.key === 'ArrowRight' || event.key === 'ArrowLeft') &&
          (event.target as HTMLElement).tagName !== 'TEXTAREA'
        ) {
          event.preventDefault();
          onStep(event.key === 'ArrowRight' ? 1 : -1);
        }
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" px="md" pt="md" pb="sm" gap="md">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Text ff="monospace" c="dimmed" fw={600}>
              {sheet.candidate.participantNo}
            </Text>
            <Title order={2} size="h4" lineClamp={1}>
              {sheet.candidate.name}
            </Title>
          </Group>
          <Text size="sm" c="dimmed" lineClamp={1}>
            {sheet.candidate.unit} ·{' '}
            {t('scoring.sheet.position', {
              position: sheet.candidate.position,
              level: sheet.candidate.positionLevel,
            })}
          </Text>
          <Group gap="xs" mt={4}>
            <Badge variant="light" color="grape">
              {sheet.method.code} · {sheet.method.name}
            </Badge>
            <Text size="sm" c={rated === sheet.total ? 'teal.8' : undefined} fw={500}>
              {t('scoring.sheet.rated', { rated: String(rated), total: String(sheet.total) })}
            </Text>
            {bare > 0 && (
              <Text size="sm" c="orange.8" fw={500}>
                {t('scoring.sheet.needsEvidence', { count: bare })}
              </Text>
            )}
          </Group>
        </div>
        {readOnly ? (
          <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
            <Badge color="teal" size="lg" variant="filled">
              {t('scoring.sheet.submitted')}
            </Badge>
            <Text size="xs" c="dimmed">
              {t('scoring.sheet.submittedAt', { time: formatTime(sheet.submittedAt) })}
            </Text>
            <Group gap="xs">
              {canReopen && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconLockOpen size={14} />}
                  onClick={() => setReopenOpen(true)}
                >
                  {t('scoring.sheet.reopen')}
                </Button>
              )}
              <Button size="xs" leftSection={<IconPlayerTrackNext size={14} />} onClick={() => onStep(1)}>
                {t('scoring.sheet.nextSheet')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Button
            leftSection={<IconSend size={16} />}
            rightSection={
              <Group gap={2} wrap="nowrap" aria-hidden>
                <Kbd size="xs">Ctrl</Kbd>
                <Kbd size="xs">Enter</Kbd>
              </Group>
            }
            onClick={() => setSubmitOpen(true)}
            style={{ flexShrink: 0 }}
          >
            {t('scoring.sheet.submit')}
          </Button>
        )}
      </Group>
      <Box style={{ flex: 1, minHeight: 0, overflowY: 'auto' }} px="md" pb="md">
        <Stack gap="sm">
          {sheet.rubric && (
            <Text size="sm" fw={600}>
              {t('scoring.sheet.rubric', {
                name: sheet.rubric.name,
                min: String(sheet.rubric.scaleMin),
                max: String(sheet.rubric.scaleMax),
              })}
            </Text>
          )}
          {sheet.criteria.map((criterion) => (
            <CriterionRow
              key={criterion.id}
              criterion={criterion}
              sheet={sheet}
              readOnly={readOnly}
              onScore={(score) => save(rowKey(assignmentId, 'k', criterion.id), { score })}
            />
          ))}
          {competencies.map((competency, index) => (
            <CompetencyRow
              key={competency.id}
              competency={competency}
              value={values[index] ?? { level: null, evidence: '' }}
              save={saves[rowKey(assignmentId, 'c', competency.id)]}
              readOnly={readOnly}
              active={index === active}
              cardRef={(node) => {
                cards.current[index] = node;
              }}
              onFocus={() => setActive(index)}
              onLevel={(level) => setValue(index, { level })}
              onEvidence={(evidence) => setValue(index, { evidence })}
              onMove={(step) => move(index, step)}
            />
          ))}
        </Stack>
      </Box>
      <SubmitDialog
        sheet={sheet}
        values={values}
        opened={submitOpen}
        waiting={unsaved > 0}
        onClose={() => {
          setSubmitOpen(false);
          cards.current[active]?.focus();
        }}
        onConfirm={submit}
      />
      <ReopenDialog opened={reopenOpen} onClose={() => setReopenOpen(false)} onConfirm={reopen} />
    </Stack>
  );
}
