import { Badge, Group, Text, Textarea, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCloudUpload, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetCompetency } from '../../../../shared/contract';
import { formatTime, isExtreme } from './format';
import classes from './scoring.module.css';
import type { RowSaveState } from './use-sheet-saver';

export interface RowValue {
  level: number | null;
  evidence: string;
}

interface CompetencyRowProps {
  competency: SheetCompetency;
  value: RowValue;
  save: RowSaveState | undefined;
  readOnly: boolean;
  active: boolean;
  cardRef: Ref<HTMLDivElement>;
  onFocus: () => void;
  onLevel: (level: number | null) => void;
  onEvidence: (evidence: string) => void;
  /** Moves the focus to the competency `step` rows away (−1 up, +1 down). */
  onMove: (step: number) => void;
}

const NOTE_DELAY_MS = 600;

/** Where this row's save stands, in words: "Tersimpan 10.42", "Menyimpan…", a failure. */
function SaveMark({ save }: { save: RowSaveState | undefined }) {
  const { t } = useTranslation();
  if (!save) return null;
  switch (save.status) {
    case 'saving':
      return (
        <Group gap={4} c="dimmed" wrap="nowrap">
          <IconCloudUpload size={14} />
          <Text size="xs">{t('scoring.sheet.saving')}</Text>
        </Group>
      );
    case 'saved':
      return (
        <Group gap={4} c="teal.8" wrap="nowrap">
          <IconCheck size={14} />
          <Text size="xs">{t('scoring.sheet.savedAt', { time: formatTime(save.savedAt) })}</Text>
        </Group>
      );
    case 'retrying':
      return (
        <Group gap={4} c="red.7" wrap="nowrap" role="alert">
          <IconRefresh size={14} />
          <Text size="xs" fw={600}>
            {t('scoring.sheet.saveFailed')}
          </Text>
        </Group>
      );
    case 'refused':
      return (
        <Tooltip label={save.error?.message} multiline w={320} withinPortal>
          <Group gap={4} c="red.7" wrap="nowrap" role="alert">
            <IconAlertTriangle size={14} />
            <Text size="xs" fw={600}>
              {t('scoring.sheet.saveRefused')}: {save.error?.message}
            </Text>
          </Group>
        </Tooltip>
      );
  }
}

/**
 * One competency: its five levels as buttons (title shown, behaviour on hover), the note, and
 * the save state. The row itself takes the focus; digits typed on it set its level.
 */
export function CompetencyRow({
  competency,
  value,
  save,
  readOnly,
  active,
  cardRef,
  onFocus,
  onLevel,
  onEvidence,
  onMove,
}: CompetencyRowProps) {
  const { t } = useTranslation();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState(value.evidence);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSent = useRef(value.evidence);

  // A note typed here wins over the server's copy; a fresh sheet from the server replaces it.
  useEffect(() => {
    if (timer.current === null) {
      setNote(value.evidence);
      lastSent.current = value.evidence;
    }
  }, [value.evidence]);
  useEffect(() => () => flushNote(), []); // eslint-disable-line react-hooks/exhaustive-deps -- flush once on unmount

  function flushNote(text = noteRef.current?.value ?? note) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (text.trim() !== lastSent.current.trim()) {
      lastSent.current = text;
      onEvidence(text);
    }
  }

  const selected = competency.levels.find((l) => l.level === value.level);
  const missingNote = isExtreme(value.level) && note.trim() === '';
  const unrated = value.level === null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'TEXTAREA') {
      if (event.key === 'Escape') {
        event.preventDefault();
        flushNote();
        event.currentTarget.focus();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (/^[1-5]$/.test(key)) {
      event.preventDefault();
      if (readOnly) return;
      const level = Number(key);
      onLevel(level);
      // Extreme levels stay put: their note is the next thing to write (N).
      if (!isExtreme(level)) onMove(1);
    } else if (key === '0' || key === 'Backspace' || key === 'Delete') {
      event.preventDefault();
      if (!readOnly) onLevel(null);
    } else if (key === 'ArrowDown') {
      event.preventDefault();
      onMove(1);
    } else if (key === 'ArrowUp') {
      event.preventDefault();
      onMove(-1);
    } else if (key === 'n' || key === 'N') {
      event.preventDefault();
      noteRef.current?.focus();
    }
  };

  return (
    <div
      ref={cardRef}
      className={classes.card}
      tabIndex={0}
      role="group"
      aria-label={`${competency.code} ${competency.name}`}
      aria-describedby={`level-of-${competency.id}`}
      data-active={active || undefined}
      data-unrated={unrated || undefined}
      data-failed={save?.status === 'retrying' || save?.status === 'refused' || undefined}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <Group justify="space-between" wrap="nowrap" mb={8} gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text fw={700} size="sm" c="petrol.9" style={{ flex: 'none' }}>
            {competency.code}
          </Text>
          <Text fw={600} size="sm" truncate>
            {competency.name}
          </Text>
          <span id={`level-of-${competency.id}`}>
            {unrated ? (
              <span className={classes.unrated}>{t('scoring.sheet.unrated')}</span>
            ) : (
              <Badge color="petrol" variant="filled" size="md">
                {t('scoring.sheet.level', { level: String(value.level) })}
              </Badge>
            )}
          </span>
        </Group>
        <SaveMark save={save} />
      </Group>
      <div className={classes.levels}>
        {competency.levels.map((level) => {
          const isSelected = level.level === value.level;
          return (
            <Tooltip
              key={level.level}
              label={level.description}
              multiline
              w={300}
              openDelay={350}
              withinPortal
              disabled={!level.description}
            >
              <button
                type="button"
                tabIndex={-1}
                className={classes.level}
                data-selected={isSelected || undefined}
                aria-pressed={isSelected}
                aria-label={`${t('scoring.sheet.level', { level: String(level.level) })}: ${level.title}`}
                disabled={readOnly}
                onClick={() => onLevel(isSelected ? null : level.level)}
              >
                <span className={classes.levelNumber}>{level.level}</span>
                <span className={classes.levelTitle}>{level.title}</span>
              </button>
            </Tooltip>
          );
        })}
      </div>
      <Textarea
        ref={noteRef}
        mt={8}
        tabIndex={-1}
        aria-label={`${t('scoring.sheet.note')} ${competency.code}`}
        placeholder={t('scoring.sheet.notePlaceholder')}
        value={note}
        readOnly={readOnly}
        autosize
        minRows={1}
        maxRows={4}
        maxLength={2000}
        size="xs"
        error={missingNote ? t('scoring.sheet.extremeNeedsNote') : undefined}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setNote(text);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => flushNote(text), NOTE_DELAY_MS);
        }}
        onBlur={() => flushNote()}
      />
      {selected === undefined ? null : (
        <Text size="xs" c="dimmed" mt={4} lineClamp={1}>
          {selected.description}
        </Text>
      )}
    </div>
  );
}
