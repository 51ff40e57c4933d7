import { Badge, Box, Button, Center, Group, Loader, Text, ThemeIcon } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconClipboardCheck,
  IconCloudUpload,
  IconLock,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetCounts, SheetSummary } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { LanguageSwitch } from '../../app/language-switch';
import { ErrorAlert } from '../../components/error-alert';
import { notifyError } from '../../lib/notify';
import { useProgramSelection } from '../programs/program-selection';
import { KeyboardLegend } from './keyboard-legend';
import { useSession } from './session';
import { SheetEditor } from './sheet-editor';
import { SheetList, type SheetFilter } from './sheet-list';
import { useSheetSaver, type SavePatch } from './use-sheet-saver';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first open sheet after `fromId` in list order, wrapping round; null when all are done. */
function nextOpen(sheets: SheetSummary[], fromId: number | null): number | null {
  const start = sheets.findIndex((s) => s.assignmentId === fromId);
  for (let i = 1; i <= sheets.length; i++) {
    const sheet = sheets[(start + i + sheets.length) % sheets.length];
    if (sheet && sheet.status === 'open' && sheet.assignmentId !== fromId) return sheet.assignmentId;
  }
  return null;
}

function SaveIndicator({
  saving,
  failing,
  onRetry,
}: {
  saving: number;
  failing: number;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (failing > 0)
    return (
      <Group gap={6} c="red.7" wrap="nowrap" role="alert" data-testid="save-indicator">
        <IconAlertTriangle size={16} />
        <Text size="sm" fw={600}>
          {t('scoring.sheet.failedCount', { count: failing })}
        </Text>
        <Button size="compact-xs" color="red" variant="light" onClick={onRetry}>
          {t('scoring.sheet.retryNow')}
        </Button>
      </Group>
    );
  if (saving > 0)
    return (
      <Group gap={6} c="dimmed" wrap="nowrap" data-testid="save-indicator">
        <IconCloudUpload size={16} />
        <Text size="sm">{t('scoring.sheet.savingCount', { count: saving })}</Text>
      </Group>
    );
  return (
    <Group gap={6} c="teal.8" wrap="nowrap" data-testid="save-indicator">
      <IconCheck size={16} />
      <Text size="sm">{t('scoring.sheet.allSaved')}</Text>
    </Group>
  );
}

/**
 * Everything an assessor sees once signed in: their sheets on the left, the chosen sheet on the
 * right, and no way into the operator's stages. "Kunci layar" hands the laptop back.
 */
export function AssessorWorkspace() {
  const { t } = useTranslation();
  const api = useApi();
  const { session, apply } = useSession();
  const { programs } = useProgramSelection();
  const programId = session.programId;
  const program = programs.find((p) => p.id === programId);
  const mine = useApiQuery('scoring:my-sheets', programId === null ? null : { programId }, {
    refreshOn: () => false,
  });
  const [counts, setCounts] = useState<Record<number, SheetCounts>>({});
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<SheetFilter>('open');
  const [locking, setLocking] = useState(false);

  const updateCounts = (sheet: SheetCounts) =>
    setCounts((current) => ({ ...current, [sheet.assignmentId]: sheet }));
  const saver = useSheetSaver(
    (key: string, patch: SavePatch) => {
      const [assignment, kind, id] = key.split(':');
      const assignmentId = Number(assignment);
      if (kind === 'k') {
        const { score, evidence } = patch;
        return api.invoke('scores:save-criterion', {
          assignmentId,
          criterionId: Number(id),
          ...(score !== undefined && { score }),
          ...(evidence !== undefined && { evidence }),
        });
      }
      const { level, evidence } = patch;
      return api.invoke('scores:save', {
        assignmentId,
        competencyId: Number(id),
        ...(level !== undefined && { level }),
        ...(evidence !== undefined && { evidence }),
      });
    },
    (_key, result) => updateCounts(result.sheet),
  );

  const sheets = useMemo(
    () =>
      // Unchanged sheets keep their identity, so only the changed row of the list re-renders.
      (mine.data?.sheets ?? []).map((s) => {
        const update = counts[s.assignmentId];
        return update ? { ...s, ...update } : s;
      }),
    [mine.data, counts],
  );
  const visible = useMemo(() => {
    const words = query.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
    return sheets.filter((s) => {
      if (filter !== 'all' && s.status !== filter && s.assignmentId !== chosenId) return false;
      const text = `${s.participantNo} ${s.name} ${s.unit} ${s.method.code}`.toLocaleLowerCase('id');
      return words.every((word) => text.includes(word));
    });
  }, [sheets, query, filter, chosenId]);

  const selectedId =
    chosenId ?? sheets.find((s) => s.status === 'open')?.assignmentId ?? sheets[0]?.assignmentId ?? null;
  const nextId = nextOpen(sheets, selectedId);
  const done = sheets.filter((s) => s.status === 'submitted').length;

  const step = (by: number) => {
    const list = visible.length > 0 ? visible : sheets;
    const at = list.findIndex((s) => s.assignmentId === selectedId);
    const target = list[Math.max(0, Math.min(list.length - 1, at + by))];
    if (target) setChosenId(target.assignmentId);
  };

  const lock = async () => {
    setLocking(true);
    try {
      // Saves already sent must land before the door closes behind them.
      for (let tries = 0; saver.inFlight() && tries < 50; tries++) await delay(100);
      apply(await api.invoke('auth:lock', {}));
    } catch (error) {
      notifyError(error);
      setLocking(false);
    }
  };

  return (
    <Box h="100dvh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column' }}>
      <Group
        h={56}
        px="md"
        justify="space-between"
        wrap="nowrap"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', flex: 'none' }}
      >
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={32} radius="md" aria-hidden>
            <IconClipboardCheck size={18} />
          </ThemeIcon>
          <div>
            <Text fw={700} lh={1.1}>
              {t('app.name')} · {t('scoring.title')}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2}>
              {program ? `${program.code} — ${program.name}` : ''}
            </Text>
          </div>
        </Group>
        <Group gap="lg" wrap="nowrap">
          <SaveIndicator saving={saver.saving} failing={saver.failing} onRetry={saver.retryAll} />
          <div style={{ textAlign: 'right' }}>
            <Text size="xs" c="dimmed" lh={1.1}>
              {t('scoring.workspace.signedInAs')}
            </Text>
            <Group gap={6} wrap="nowrap">
              <Text fw={600} size="sm" data-testid="assessor-name">
                {session.assessorName}
              </Text>
              {session.role === 'lead-assessor' && (
                <Badge size="xs" variant="light">
                  {t('scoring.workspace.lead')}
                </Badge>
              )}
            </Group>
          </div>
          <Button
            leftSection={<IconLock size={16} />}
            variant="default"
            loading={locking}
            onClick={() => void lock()}
          >
            {t('scoring.workspace.lockScreen')}
          </Button>
          <LanguageSwitch />
        </Group>
      </Group>
      {programId === null ? (
        <Center style={{ flex: 1 }}>
          <Text c="dimmed">{t('scoring.workspace.noProgram')}</Text>
        </Center>
      ) : mine.error ? (
        <Box p="lg">
          <ErrorAlert error={mine.error} onRetry={mine.refresh} />
        </Box>
      ) : !mine.data ? (
        <Center style={{ flex: 1 }}>
          <Loader />
        </Center>
      ) : (
        <Box style={{ flex: 1, minHeight: 0, display: 'flex' }}>
          <Box
            w={380}
            bg="white"
            style={{ flex: 'none', borderRight: '1px solid var(--mantine-color-gray-3)' }}
          >
            <SheetList
              sheets={visible}
              total={sheets.length}
              done={done}
              selectedId={selectedId}
              nextId={nextId}
              query={query}
              filter={filter}
              onQuery={setQuery}
              onFilter={setFilter}
              onSelect={setChosenId}
            />
          </Box>
          <Box style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
            <Box style={{ flex: 1, minHeight: 0 }}>
              {selectedId === null ? (
                <Center h="100%">
                  <Text c="dimmed">{t('scoring.sheet.pick')}</Text>
                </Center>
              ) : (
                <SheetEditor
                  key={selectedId}
                  assignmentId={selectedId}
                  unsaved={saver.saving}
                  saves={saver.states}
                  save={saver.save}
                  canReopen={session.role === 'lead-assessor'}
                  onCounts={updateCounts}
                  onSubmitted={() => {
                    if (nextId !== null) setChosenId(nextId);
                  }}
                  onStep={step}
                />
              )}
            </Box>
            <Box bg="white" style={{ borderTop: '1px solid var(--mantine-color-gray-3)', flex: 'none' }}>
              <KeyboardLegend />
            </Box>
          </Box>
        </Box>
      )}
    </Box>
  );
}
