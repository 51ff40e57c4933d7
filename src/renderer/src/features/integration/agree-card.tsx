import { ActionIcon, Alert, Badge, Button, Group, List, Text, Textarea, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconEraser, IconUserPlus } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationCompetency } from '../../../../shared/contract';
import { rationaleReasons, type ReconciliationRule } from '../../../../shared/domain/reconcile';
import { toApiError, type ApiError } from '../../api/api-error';
import { formatTime } from '../scoring/format';
import { spreadColor } from './candidate-queue';
import classes from './integration.module.css';
import { RatingTiles } from './rating-tiles';

const LEVELS = [1, 2, 3, 4, 5] as const;

interface Draft {
  level: number | null;
  rationale: string;
}

/** What the card starts from: the agreed level, else the rule's suggestion. */
function draftOf(competency: IntegrationCompetency): Draft {
  return {
    level: competency.agreed?.level ?? competency.suggested,
    rationale: competency.agreed?.rationale ?? '',
  };
}

/** Changes when the server's copy changes; the card then drops its draft for the new copy. */
function serverKey(competency: IntegrationCompetency): string {
  const { agreed, suggested } = competency;
  return `${suggested}|${agreed?.level}|${agreed?.rationale}|${agreed?.decidedAt}`;
}

interface AgreeCardProps {
  competency: IntegrationCompetency;
  rule: ReconciliationRule;
  extraAssessorSpread: number;
  readOnly: boolean;
  active: boolean;
  cardRef: Ref<HTMLDivElement>;
  onFocus: () => void;
  /** Moves the focus to the competency `step` cards away (−1 up, +1 down). */
  onMove: (step: number) => void;
  /** Records (or with null clears) the agreed level; rejects with the server's refusal. */
  onSave: (level: number | null, rationale: string) => Promise<void>;
}

/**
 * One competency in the meeting: the assessors' ratings side by side, how far they spread, the
 * rule's suggestion pre-filled, and the agreed level with its rationale. Whether a rationale is
 * required is worked out live with the same rule the server enforces (rationaleReasons).
 */
export function AgreeCard({
  competency,
  rule,
  extraAssessorSpread,
  readOnly,
  active,
  cardRef,
  onFocus,
  onMove,
  onSave,
}: AgreeCardProps) {
  const { t } = useTranslation();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(competency));
  const [seen, setSeen] = useState(() => serverKey(competency));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [tried, setTried] = useState(false);

  // A fresh copy from the server (this save, or another laptop's) replaces the draft.
  const key = serverKey(competency);
  if (key !== seen) {
    setSeen(key);
    setDraft(draftOf(competency));
    setTried(false);
  }

  const submitted = competency.ratings
    .filter((r) => r.submitted && r.level !== null)
    .map((r) => r.level as number);
  const reasons = draft.level === null ? [] : rationaleReasons(draft.level, submitted, rule);
  const required = reasons.length > 0;
  const missing = required && draft.rationale.trim() === '';
  const agreed = competency.agreed;
  const dirty =
    draft.level !== (agreed?.level ?? null) || draft.rationale.trim() !== (agreed?.rationale ?? '').trim();
  const canSave = !readOnly && !busy && draft.level !== null && dirty;

  const setLevel = (level: number | null) => {
    if (readOnly) return;
    setError(null);
    setDraft((current) => ({ ...current, level }));
  };

  const save = async () => {
    if (readOnly || busy) return;
    if (!dirty) {
      if (agreed) onMove(1);
      return;
    }
    if (draft.level === null) return;
    if (missing) {
      setTried(true);
      noteRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(draft.level, draft.rationale.trim());
      onMove(1);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const clear = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(null, '');
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'TEXTAREA') {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.currentTarget.focus();
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void save();
      }
      return;
    }
    if (target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (/^[1-5]$/.test(key)) {
      event.preventDefault();
      setLevel(Number(key));
    } else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      event.preventDefault();
      const step = key === 'ArrowRight' ? 1 : -1;
      const from = draft.level ?? (step > 0 ? 0 : 6);
      setLevel(Math.min(5, Math.max(1, from + step)));
    } else if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      onMove(key === 'ArrowDown' ? 1 : -1);
    } else if (key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (key === 'a' || key === 'A') {
      event.preventDefault();
      noteRef.current?.focus();
    }
  };

  const wide = competency.spread >= 2;
  return (
    <div
      ref={cardRef}
      className={classes.card}
      tabIndex={0}
      role="group"
      aria-label={`${competency.code} ${competency.name}`}
      data-testid={`agree-${competency.code}`}
      data-active={active || undefined}
      data-pending={!agreed || undefined}
      data-wide={(wide && !agreed) || undefined}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm" mb={8}>
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          <Text fw={700} size="sm" c="petrol.9" style={{ flex: 'none' }}>
            {competency.code}
          </Text>
          <Text fw={600} size="sm" truncate>
            {competency.name}
          </Text>
          <Badge variant="outline" color="gray" size="sm" style={{ flex: 'none' }}>
            {competency.standard === null
              ? t('integration.card.noStandard')
              : t('integration.card.standard', { level: String(competency.standard) })}
          </Badge>
          {submitted.length > 1 && (
            <Badge
              variant={wide ? 'filled' : 'light'}
              color={spreadColor(competency.spread)}
              size="sm"
              style={{ flex: 'none' }}
            >
              {t('integration.card.spread', { spread: String(competency.spread) })}
            </Badge>
          )}
          {competency.needsExtraAssessor && (
            <Tooltip
              label={t('integration.card.extraAssessorHint', { threshold: String(extraAssessorSpread) })}
              multiline
              w={280}
              withinPortal
            >
              <Badge color="red" variant="outline" size="sm" leftSection={<IconUserPlus size={12} />}>
                {t('integration.card.extraAssessor')}
              </Badge>
            </Tooltip>
          )}
        </Group>
        <AgreedMark competency={competency} dirty={dirty} />
      </Group>

      <RatingTiles ratings={competency.ratings} />

      <Group gap="md" mt="sm" wrap="nowrap" align="center">
        <Text size="sm" fw={600} id={`agreed-label-${competency.competencyId}`} style={{ flex: 'none' }}>
          {t('integration.card.agreedLevel')}
        </Text>
        <div
          className={classes.levels}
          role="radiogroup"
          aria-labelledby={`agreed-label-${competency.competencyId}`}
        >
          {LEVELS.map((level) => {
            const selected = draft.level === level;
            const suggested = competency.suggested === level;
            return (
              <button
                key={level}
                type="button"
                role="radio"
                tabIndex={-1}
                aria-checked={selected}
                aria-label={`${t('integration.card.level', { level: String(level) })}${
                  suggested ? ` (${t('integration.card.suggested')})` : ''
                }`}
                title={suggested ? t('integration.card.suggestedHint', { level: String(level) }) : undefined}
                className={classes.level}
                data-selected={selected || undefined}
                data-suggested={suggested || undefined}
                disabled={readOnly}
                onClick={() => setLevel(level)}
              >
                {level}
              </button>
            );
          })}
        </div>
        <Text
          size="xs"
          c="dimmed"
          truncate
          style={{ flex: 1, minWidth: 0 }}
          title={
            competency.suggested === null
              ? undefined
              : t('integration.card.suggestedHint', { level: String(competency.suggested) })
          }
        >
          {competency.suggested === null
            ? t('integration.card.noSuggestion')
            : t('integration.card.suggestedShort', { level: String(competency.suggested) })}
        </Text>
        {!readOnly && (
          <Group gap={6} wrap="nowrap" style={{ flex: 'none' }}>
            {agreed && (
              <Tooltip label={t('integration.card.clearHint')} withinPortal>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`${t('integration.card.clear')} ${competency.code}`}
                  onClick={() => void clear()}
                  disabled={busy}
                >
                  <IconEraser size={16} />
                </ActionIcon>
              </Tooltip>
            )}
            <Button size="xs" onClick={() => void save()} loading={busy} disabled={!canSave}>
              {t('integration.card.save')}
            </Button>
          </Group>
        )}
      </Group>

      <Textarea
        ref={noteRef}
        mt="xs"
        size="xs"
        label={required ? t('integration.card.rationale') : t('integration.card.rationaleOptional')}
        withAsterisk={required}
        placeholder={t('integration.card.rationalePlaceholder')}
        value={draft.rationale}
        readOnly={readOnly}
        autosize
        minRows={1}
        maxRows={5}
        maxLength={2000}
        error={tried && missing ? t('integration.card.rationaleRequired') : undefined}
        onChange={(event) => {
          const rationale = event.currentTarget.value;
          setDraft((current) => ({ ...current, rationale }));
        }}
      />
      {required && !readOnly && (
        <List
          size="xs"
          mt={4}
          c={missing ? 'orange.9' : 'dimmed'}
          icon={<IconAlertTriangle size={12} />}
          spacing={0}
        >
          {reasons.map((reason) => (
            <List.Item key={reason}>{t(`integration.reasons.${reason}`)}</List.Item>
          ))}
        </List>
      )}
      {error && (
        <Alert color="red" variant="light" mt="xs" py={6} role="alert">
          <Text size="sm">{error.message}</Text>
        </Alert>
      )}
    </div>
  );
}

/** Where this competency stands: agreed (by whom, when, or by the rule), or still open. */
function AgreedMark({ competency, dirty }: { competency: IntegrationCompetency; dirty: boolean }) {
  const { t } = useTranslation();
  const { agreed } = competency;
  if (!agreed)
    return (
      <Badge color="orange" variant="light" size="md" style={{ flex: 'none' }}>
        {t('integration.card.notAgreed')}
      </Badge>
    );
  const who =
    agreed.source === 'rule'
      ? t('integration.card.agreedByRule')
      : agreed.decidedBy
        ? t('integration.card.agreedBy', { name: agreed.decidedBy, time: formatTime(agreed.decidedAt) })
        : null;
  return (
    <Group gap={6} wrap="nowrap" style={{ flex: 'none' }}>
      {dirty && (
        <Text size="xs" c="orange.8" fw={600}>
          {t('integration.card.unsaved')}
        </Text>
      )}
      {who && (
        <Text size="xs" c="dimmed">
          {who}
        </Text>
      )}
      <Badge color="teal" variant="filled" size="md" leftSection={<IconCheck size={12} />}>
        {t('integration.card.agreed', { level: String(agreed.level) })}
      </Badge>
    </Group>
  );
}
