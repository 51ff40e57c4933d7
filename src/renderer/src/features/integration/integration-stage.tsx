import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { IconChecks, IconLock } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateResult, Program } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { Screen } from '../../components/screen';
import { notifySuccess } from '../../lib/notify';
import { buildTextIndex, filterTextIndex } from '../../lib/text-filter';
import { resultSearchText } from '../results/result-format';
import { byParticipantNo } from '../results/results-view';
import { CandidateIntegration } from './candidate-integration';
import { CandidateQueue, type QueueFilter } from './candidate-queue';
import { useQueueResults } from './use-queue-results';
import classes from './integration.module.css';

/** Still something for the meeting: a competency without an agreed level (absent ones have nothing). */
const needsMeeting = (candidate: CandidateResult) => candidate.status !== 'absent' && candidate.pending > 0;

/**
 * Integrasi: the assessor meeting. The queue on the left holds every candidate in participant
 * order; the candidate on the right is agreed competency by competency.
 */
export function IntegrationStage({ program }: { program: Program }) {
  const { t } = useTranslation();
  const api = useApi();
  const results = useQueueResults(program.id);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [filter, setFilter] = useState<QueueFilter>('pending');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // Candidates agreed in this sitting stay in the "to discuss" list until another is picked,
  // so the list does not jump under the mouse after each save.
  const [kept, setKept] = useState<number | null>(null);
  const [acceptAllOpen, setAcceptAllOpen] = useState(false);

  const all = results.candidates;
  const ordered = useMemo(() => byParticipantNo(all), [all]);
  const index = useMemo(() => buildTextIndex(ordered, resultSearchText), [ordered]);
  const matching = useMemo(() => filterTextIndex(index, deferredQuery), [index, deferredQuery]);
  const shown = useMemo(() => {
    const positions = matching ?? ordered.map((_, position) => position);
    return positions
      .map((position) => ordered[position] as CandidateResult)
      .filter((c) => filter === 'all' || needsMeeting(c) || c.candidateId === kept);
  }, [ordered, matching, filter, kept]);
  const select = (candidateId: number) => {
    setSelectedId(candidateId);
    setKept(candidateId);
  };
  const pendingCount = useMemo(() => ordered.filter(needsMeeting).length, [ordered]);

  // Until one is picked, the first candidate of the list is on the table (and stays there).
  const first = shown[0];
  if (selectedId === null && first) select(first.candidateId);
  const currentId = selectedId ?? first?.candidateId ?? null;
  const position = shown.findIndex((c) => c.candidateId === currentId);
  const previous = position > 0 ? shown[position - 1] : undefined;
  const next = position >= 0 ? shown[position + 1] : undefined;

  const acceptAll = async () => {
    const { accepted } = await api.invoke('results:accept-suggestions', { programId: program.id });
    results.refresh();
    notifySuccess(
      accepted > 0 ? t('integration.accepted', { count: accepted }) : t('integration.nothingAccepted'),
    );
  };
  const finalized = results.data?.finalized ?? false;
  const rule = results.data?.settings.reconciliation;

  return (
    <Screen
      title={t('integration.title')}
      description={
        rule
          ? t('integration.description', { code: program.code, rule: t(`results.settings.rules.${rule}`) })
          : undefined
      }
      actions={
        !finalized &&
        all.length > 0 && (
          <Button
            variant="default"
            leftSection={<IconChecks size={18} />}
            onClick={() => setAcceptAllOpen(true)}
          >
            {t('integration.acceptAll')}
          </Button>
        )
      }
    >
      {results.error ? (
        <ErrorAlert error={results.error} onRetry={results.refresh} />
      ) : results.loading ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : (
        <>
          {finalized && (
            <Alert
              color="blue"
              variant="light"
              icon={<IconLock />}
              title={t('integration.finalBanner.title')}
              mb="sm"
              data-testid="final-banner"
            >
              {t('integration.finalBanner.text')}
            </Alert>
          )}
          <div className={classes.layout}>
            <div className={classes.pane}>
              <CandidateQueue
                candidates={shown}
                pendingCount={pendingCount}
                totalCount={ordered.length}
                selectedId={currentId}
                query={query}
                filter={filter}
                onQuery={setQuery}
                onFilter={setFilter}
                onSelect={select}
              />
            </div>
            <div className={classes.pane}>
              {currentId === null ? (
                <Center h="100%" p="xl">
                  <Text c="dimmed">
                    {ordered.length === 0 ? t('integration.queue.empty') : t('integration.candidate.pick')}
                  </Text>
                </Center>
              ) : (
                <CandidateIntegration
                  key={currentId}
                  programId={program.id}
                  candidateId={currentId}
                  scoreKind={results.data?.scoreKind ?? 'jpm'}
                  onResult={results.patch}
                  onPrevious={previous ? () => select(previous.candidateId) : null}
                  onNext={next ? () => select(next.candidateId) : null}
                />
              )}
            </div>
          </div>
        </>
      )}
      <ConfirmDialog
        opened={acceptAllOpen}
        title={t('integration.acceptAllConfirm.title')}
        message={t('integration.acceptAllConfirm.message')}
        confirmLabel={t('integration.acceptAllConfirm.confirm')}
        onConfirm={acceptAll}
        onClose={() => setAcceptAllOpen(false)}
      />
    </Screen>
  );
}
