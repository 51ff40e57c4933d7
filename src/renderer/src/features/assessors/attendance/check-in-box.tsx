import { Alert, Anchor, Box, Button, Group, Kbd, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle, IconCircleCheck, IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AttendanceRow,
  AttendanceStatus,
  CandidateGroup,
  Program,
  ScheduleSession,
} from '../../../../../shared/contract';
import { formatNip } from '../../../../../shared/domain/nip';
import { toApiError } from '../../../api/api-error';
import { useApiQuery } from '../../../api/use-api-query';
import { formatClock } from '../shared/format';
import { ScrollPane } from '../shared/scroll-pane';
import { sessionLabel } from '../schedule/session-label';
import { StatusBadge } from './attendance-columns';
import { indexRows, matchSession } from './match';
import { STATUS_COLORS } from './status';
import classes from './check-in-box.module.css';

/** What the last Enter did, shown big enough to read from a step away. */
type Feedback =
  | { kind: 'marked'; row: AttendanceRow; previous: AttendanceStatus | null }
  | { kind: 'already'; row: AttendanceRow }
  | { kind: 'undone'; row: AttendanceRow }
  | { kind: 'choose'; count: number }
  | { kind: 'error'; message: string };

const SHOWN = 8;

interface CheckInBoxProps {
  program: Program;
  session: ScheduleSession;
  rows: AttendanceRow[];
  groups: CandidateGroup[];
  sessions: ScheduleSession[];
  onMark: (row: AttendanceRow, status: AttendanceStatus | null) => Promise<AttendanceRow>;
}

/**
 * The door desk: type a name, NIP or participant number; Enter marks the person hadir,
 * Shift+Enter terlambat. The field keeps the focus and empties itself, ready for the next one.
 * Several matches wait for ↑/↓ so a common name never marks the wrong person.
 */
export function CheckInBox({ program, session, rows, groups, sessions, onMark }: CheckInBoxProps) {
  const { t, i18n } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [nav, setNav] = useState<{ query: string; index: number } | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState(false);

  const index = useMemo(() => indexRows(rows), [rows]);
  const matches = useMemo(() => matchSession(rows, index, query), [rows, index, query]);
  const navigated = nav !== null && nav.query === query;
  // The row Enter would mark, or -1: several names match and none was chosen with ↑/↓ yet.
  const highlight = navigated
    ? Math.min(nav.index, matches.rows.length - 1)
    : matches.exact || matches.rows.length === 1
      ? 0
      : -1;

  // Nobody in this session answers to it: ask the whole programme, to say where they belong.
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const askProgramme = debounced.length >= 2 && matches.rows.length === 0 && debounced === query.trim();
  const lookup = useApiQuery(
    'attendance:lookup',
    askProgramme ? { programId: program.id, query: debounced, limit: 5 } : null,
    { refreshOn: () => false },
  );

  const focus = () => inputRef.current?.focus();

  // The field empties at once, so the next person can be typed while this mark is saved;
  // marks never wait for each other.
  const mark = async (row: AttendanceRow, status: AttendanceStatus) => {
    setQuery('');
    focus();
    if (row.status === status) {
      setFeedback({ kind: 'already', row });
      return;
    }
    try {
      const saved = await onMark(row, status);
      setFeedback({ kind: 'marked', row: saved, previous: row.status });
    } catch (error) {
      setFeedback({
        kind: 'error',
        message: `${row.participantNo} · ${row.name}: ${toApiError(error).message}`,
      });
    }
  };

  const undo = async (row: AttendanceRow, previous: AttendanceStatus | null) => {
    setBusy(true);
    try {
      const saved = await onMark(row, previous);
      setFeedback({ kind: 'undone', row: saved });
    } catch (error) {
      setFeedback({ kind: 'error', message: toApiError(error).message });
    } finally {
      setBusy(false);
      focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = Math.min(matches.rows.length, SHOWN);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const from = highlight >= 0 ? highlight : step === 1 ? -1 : 0;
      setNav({ query, index: (from + step + count) % count });
    } else if (event.key === 'Escape') {
      setQuery('');
      setFeedback(null);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (query.trim() === '') return;
      const target = highlight >= 0 ? matches.rows[highlight] : undefined;
      if (target) void mark(target, event.shiftKey ? 'terlambat' : 'hadir');
      else if (matches.rows.length > 1) setFeedback({ kind: 'choose', count: matches.rows.length });
    }
  };

  const groupSessions = (groupId: number | null) => {
    const group = groups.find((g) => g.id === groupId);
    return (group?.sessionIds ?? [])
      .map((id) => sessions.find((s) => s.id === id))
      .filter((s): s is ScheduleSession => s !== undefined)
      .map((s) => sessionLabel(s, t, i18n.language));
  };

  return (
    <Paper withBorder p="md" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <TextInput
        ref={inputRef}
        size="lg"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        label={t('assessors.attendance.checkInLabel')}
        placeholder={t('assessors.attendance.checkInPlaceholder')}
        leftSection={<IconSearch size={20} />}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          if (feedback?.kind === 'choose' || feedback?.kind === 'error') setFeedback(null);
        }}
        onKeyDown={onKeyDown}
        aria-describedby="check-in-keys"
        aria-controls="check-in-matches"
      />
      <Stack gap={2} mt={6} id="check-in-keys">
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Enter</Kbd> {t('assessors.attendance.status.hadir')} · <Kbd size="xs">Shift</Kbd> +{' '}
          <Kbd size="xs">Enter</Kbd> {t('assessors.attendance.status.terlambat')}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('assessors.attendance.keyChoose')} ·{' '}
          <Kbd size="xs">Esc</Kbd> {t('assessors.attendance.keyClear')}
        </Text>
      </Stack>

      <Box mt="sm" aria-live="polite" data-testid="check-in-feedback">
        {feedback && <FeedbackLine feedback={feedback} busy={busy} onUndo={undo} />}
      </Box>

      <ScrollPane mt="sm" label={t('assessors.attendance.matchesLabel')}>
        {highlight < 0 && matches.rows.length > 1 && (
          <Text size="xs" c="dimmed" mb={4}>
            {t('assessors.attendance.chooseHint', { count: matches.rows.length })}
          </Text>
        )}
        <Stack
          gap={4}
          id="check-in-matches"
          role="listbox"
          aria-label={t('assessors.attendance.matchesLabel')}
        >
          {matches.rows.slice(0, SHOWN).map((row, i) => (
            <div
              key={row.candidateId}
              role="option"
              aria-selected={i === highlight}
              className={classes.match}
              data-active={i === highlight || undefined}
              data-testid="check-in-match"
              onMouseEnter={() => setNav({ query, index: i })}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate>
                    <Text span c="dimmed" fw={500} mr={6} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {row.participantNo}
                    </Text>
                    {row.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatNip(row.nip)} · {row.groupName}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                  <StatusBadge row={row} />
                </Group>
              </Group>
              <Group gap={4} mt={4}>
                {(['hadir', 'terlambat', 'tidak-hadir'] as const).map((status) => (
                  <Button
                    key={status}
                    size="compact-xs"
                    variant={row.status === status ? 'filled' : 'light'}
                    color={STATUS_COLORS[status]}
                    onClick={() => void mark(row, status)}
                  >
                    {t(`assessors.attendance.status.${status}`)}
                  </Button>
                ))}
              </Group>
            </div>
          ))}
          {matches.rows.length > SHOWN && (
            <Text size="xs" c="dimmed" ta="center">
              {t('assessors.attendance.moreMatches', { count: matches.rows.length - SHOWN })}
            </Text>
          )}
          {query.trim() !== '' && matches.rows.length === 0 && (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertCircle />}
              title={t('assessors.attendance.notInSession')}
            >
              {lookup.data && lookup.data.length > 0 ? (
                <Stack gap={6}>
                  <Text size="sm">{t('assessors.attendance.foundElsewhere')}</Text>
                  {lookup.data.map((hit) => {
                    const where = groupSessions(hit.groupId);
                    return (
                      <div key={hit.candidateId}>
                        <Text size="sm" fw={600}>
                          {hit.participantNo} · {hit.name}
                        </Text>
                        <Text size="xs">
                          {hit.groupName
                            ? where.length > 0
                              ? t('assessors.attendance.groupIn', {
                                  group: hit.groupName,
                                  sessions: where.join('; '),
                                })
                              : t('assessors.attendance.groupUnscheduled', { group: hit.groupName })
                            : t('assessors.attendance.noGroup')}
                        </Text>
                      </div>
                    );
                  })}
                </Stack>
              ) : (
                <Text size="sm">
                  {askProgramme && lookup.data
                    ? t('assessors.attendance.notFound')
                    : t('assessors.attendance.checking')}
                </Text>
              )}
            </Alert>
          )}
          {query.trim() === '' && !feedback && (
            <Text size="sm" c="dimmed" ta="center" mt="lg">
              {t('assessors.attendance.startHint', { session: sessionLabel(session, t, i18n.language) })}
            </Text>
          )}
        </Stack>
      </ScrollPane>
    </Paper>
  );
}

function FeedbackLine({
  feedback,
  busy,
  onUndo,
}: {
  feedback: Feedback;
  busy: boolean;
  onUndo: (row: AttendanceRow, previous: AttendanceStatus | null) => Promise<void>;
}) {
  const { t } = useTranslation();
  switch (feedback.kind) {
    case 'marked': {
      const { row, previous } = feedback;
      const status = row.status ?? 'hadir';
      return (
        <Alert color={STATUS_COLORS[status]} variant="filled" icon={<IconCircleCheck />} p="sm" role="status">
          <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Text size="lg" fw={700} c="white" lh={1.3}>
                {t(`assessors.attendance.status.${status}`)} · {formatClock(row.at)}
              </Text>
              <Text size="sm" fw={500} c="white">
                {row.participantNo} · {row.name}
              </Text>
            </div>
            <Anchor
              component="button"
              type="button"
              c="white"
              size="sm"
              underline="always"
              disabled={busy}
              onClick={() => void onUndo(row, previous)}
              style={{ flexShrink: 0 }}
              mt={4}
            >
              {t('assessors.attendance.undo')}
            </Anchor>
          </Group>
        </Alert>
      );
    }
    case 'already':
      return (
        <Alert color="blue" variant="light" icon={<IconInfoCircle />} p="sm" role="status">
          <Text size="sm">
            {t('assessors.attendance.already', {
              name: `${feedback.row.participantNo} · ${feedback.row.name}`,
              status: t(`assessors.attendance.status.${feedback.row.status ?? 'none'}`),
              time: formatClock(feedback.row.at),
            })}
          </Text>
        </Alert>
      );
    case 'undone':
      return (
        <Alert color="gray" variant="light" icon={<IconInfoCircle />} p="sm" role="status">
          <Text size="sm">
            {t('assessors.attendance.undone', {
              name: `${feedback.row.participantNo} · ${feedback.row.name}`,
              status: t(`assessors.attendance.status.${feedback.row.status ?? 'none'}`),
            })}
          </Text>
        </Alert>
      );
    case 'choose':
      return (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle />} p="sm" role="status">
          <Text size="sm">{t('assessors.attendance.choose', { count: feedback.count })}</Text>
        </Alert>
      );
    case 'error':
      return (
        <Alert color="red" variant="light" icon={<IconAlertCircle />} p="sm" role="alert">
          <Text size="sm">{feedback.message}</Text>
        </Alert>
      );
  }
}
