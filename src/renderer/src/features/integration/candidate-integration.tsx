import { Badge, Button, Center, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconChecks, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateResult, IntegrationView } from '../../../../shared/contract';
import { CATEGORY_LABELS } from '../../../../shared/domain/categories';
import { formatNip } from '../../../../shared/domain/nip';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { notifyError, notifySuccess } from '../../lib/notify';
import { CategoryBadge, formatScore, STATUS_COLORS } from '../results/result-format';
import { AgreeCard } from './agree-card';
import classes from './integration.module.css';
import { useIntegrationView } from './use-integration-view';

interface CandidateIntegrationProps {
  programId: number;
  candidateId: number;
  scoreKind: 'jpm' | 'rubric';
  /** The candidate's new result after each save, for the queue. */
  onResult: (result: CandidateResult) => void;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
}

/** The candidate on the table: who, where the result stands now, and every competency to agree. */
export function CandidateIntegration({
  programId,
  candidateId,
  scoreKind,
  onResult,
  onPrevious,
  onNext,
}: CandidateIntegrationProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { view, error, loading, refresh, agree } = useIntegrationView(programId, candidateId, onResult);
  const [activeIndex, setActiveIndex] = useState(0);
  const [accepting, setAccepting] = useState(false);
  const cardRefs = useRef<(HTMLDivElement | null)[]>([]);

  const count = view?.competencies.length ?? 0;
  const focusCard = (index: number) => {
    const clamped = Math.max(0, Math.min(count - 1, index));
    setActiveIndex(clamped);
    const card = cardRefs.current[clamped];
    card?.focus();
    card?.scrollIntoView({ block: 'nearest' });
  };

  // A new candidate starts at the first competency that still needs the meeting.
  const firstOpen = view
    ? Math.max(
        0,
        view.competencies.findIndex((c) => c.agreed === null),
      )
    : 0;
  const ready = view !== undefined;
  // Focusing the card also makes it the active one (its onFocus).
  useEffect(() => {
    if (ready) cardRefs.current[firstOpen]?.focus();
    // Only on arriving at a candidate; later saves move the focus themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [candidateId, ready]);

  if (error) return <ErrorAlert error={error} onRetry={refresh} />;
  if (loading || !view)
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );

  const acceptSuggestions = async () => {
    setAccepting(true);
    try {
      const { accepted } = await api.invoke('results:accept-suggestions', { programId, candidateId });
      notifySuccess(
        accepted > 0 ? t('integration.accepted', { count: accepted }) : t('integration.nothingAccepted'),
      );
      refresh();
    } catch (caught) {
      notifyError(caught);
    } finally {
      setAccepting(false);
    }
  };
  const readOnly = view.finalized;
  const open = view.competencies.filter((c) => c.agreed === null && c.suggested !== null).length;

  const buttons = (
    <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
      {!readOnly && (
        <Tooltip label={t('integration.candidate.acceptHint')} multiline w={280} withinPortal>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconChecks size={16} />}
            onClick={() => void acceptSuggestions()}
            loading={accepting}
            disabled={open === 0}
          >
            {t('integration.candidate.acceptSuggestions')}
          </Button>
        </Tooltip>
      )}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconChevronLeft size={16} />}
        onClick={onPrevious ?? undefined}
        disabled={!onPrevious}
      >
        {t('integration.candidate.previous')}
      </Button>
      <Button
        size="xs"
        variant="default"
        rightSection={<IconChevronRight size={16} />}
        onClick={onNext ?? undefined}
        disabled={!onNext}
      >
        {t('integration.candidate.next')}
      </Button>
    </Group>
  );

  return (
    <Stack gap={0} h="100%" style={{ minHeight: 0 }}>
      <ResultSummary view={view} scoreKind={scoreKind} actions={buttons} />
      <div className={classes.candidateScroll}>
        {view.result.status === 'absent' ? (
          <Text c="dimmed">{t('integration.candidate.absent')}</Text>
        ) : view.competencies.length === 0 ? (
          <Text c="dimmed">
            {scoreKind === 'rubric'
              ? t('integration.candidate.rubricOnly')
              : t('integration.candidate.noCompetencies')}
          </Text>
        ) : (
          <Stack gap="sm">
            {view.competencies.map((competency, index) => (
              <AgreeCard
                key={competency.competencyId}
                competency={competency}
                rule={view.rule}
                extraAssessorSpread={view.extraAssessorSpread}
                readOnly={readOnly}
                active={index === activeIndex}
                cardRef={(element) => {
                  cardRefs.current[index] = element;
                }}
                onFocus={() => setActiveIndex(index)}
                onMove={(step) => focusCard(index + step)}
                onSave={(level, rationale) => agree(competency.competencyId, level, rationale)}
              />
            ))}
          </Stack>
        )}
      </div>
      {!readOnly && view.competencies.length > 0 && (
        <Text size="xs" c="dimmed" className={classes.keys}>
          {t('integration.candidate.keys')}
        </Text>
      )}
    </Stack>
  );
}

function Figure({ label, children, testId }: { label: string; children: React.ReactNode; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <div className={classes.figure} data-testid={testId}>
        {children}
      </div>
    </div>
  );
}

/** The candidate and their result as it stands after the last save. */
function ResultSummary({
  view,
  scoreKind,
  actions,
}: {
  view: IntegrationView;
  scoreKind: 'jpm' | 'rubric';
  actions: React.ReactNode;
}) {
  const { t } = useTranslation();
  const result: CandidateResult = view.result;
  return (
    <div className={classes.summary}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="lg">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text fw={700} size="lg" truncate data-testid="integration-name">
            {result.name}
          </Text>
          <Text size="sm" c="dimmed" truncate title={`${result.position} · ${result.unit}`}>
            {result.participantNo} · {formatNip(result.nip)} · {result.position} · {result.unit}
          </Text>
        </div>
        <Group gap="lg" wrap="nowrap" style={{ flex: 'none' }}>
          <Figure
            label={scoreKind === 'jpm' ? t('integration.candidate.jpm') : t('integration.candidate.score')}
            testId="integration-score"
          >
            {formatScore(result.score, scoreKind)}
          </Figure>
          <Figure label={t('integration.candidate.category')} testId="integration-category">
            {result.category ? (
              <Tooltip label={CATEGORY_LABELS[result.category]} withinPortal>
                <CategoryBadge category={result.category} size="lg" />
              </Tooltip>
            ) : (
              '—'
            )}
          </Figure>
          <Figure label={t('integration.candidate.rank')} testId="integration-rank">
            {result.rank ?? '—'}
          </Figure>
        </Group>
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="md" mt={8}>
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Badge
            color={STATUS_COLORS[result.status]}
            variant="light"
            style={{ flex: 'none' }}
            data-testid="integration-status"
          >
            {t(`results.status.${result.status}`)}
          </Badge>
          <Text size="sm" c={result.pending > 0 ? 'orange.8' : 'teal.8'} fw={500} truncate>
            {result.pending > 0
              ? t('integration.candidate.pendingCount', { count: result.pending })
              : t('integration.candidate.allAgreed')}
          </Text>
        </Group>
        {actions}
      </Group>
    </div>
  );
}
