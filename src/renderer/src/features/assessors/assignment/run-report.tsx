import { Alert, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AssignAutoResult, AssignProblem } from '../../../../../shared/contract';
import { shortName } from '../shared/format';
import classes from './run-report.module.css';

interface ReasonGroup {
  reason: string;
  /** One entry per candidate, with the methods this reason applies to. */
  candidates: { candidateId: number; participantNo: string; candidateName: string; methods: string[] }[];
}

/**
 * Per candidate, grouped by reason: thirty candidates missing from the schedule read as one
 * reason with thirty names, not thirty copies of the same sentence.
 */
function byReason(problems: readonly AssignProblem[]): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  for (const problem of problems) {
    const reason = reasonOf(problem);
    const group = groups.get(reason) ?? { reason, candidates: [] };
    let entry = group.candidates.find((c) => c.candidateId === problem.candidateId);
    if (!entry) {
      entry = {
        candidateId: problem.candidateId,
        participantNo: problem.participantNo,
        candidateName: problem.candidateName,
        methods: [],
      };
      group.candidates.push(entry);
    }
    if (problem.methodCode) entry.methods.push(problem.methodCode);
    groups.set(reason, group);
  }
  return [...groups.values()];
}

/**
 * The core's message names the candidate and method first ("Peserta 007 (Nama), metode IT: …");
 * the list already shows both, so only the reason after them is repeated.
 */
export function reasonOf(problem: AssignProblem): string {
  const who = `Peserta ${problem.participantNo} (${problem.candidateName})`;
  let rest = problem.message;
  if (rest.startsWith(who)) {
    rest = rest.slice(who.length);
    const method = problem.methodCode ? `, metode ${problem.methodCode}` : '';
    if (method && rest.startsWith(method)) rest = rest.slice(method.length);
    rest = rest.replace(/^[:,]?\s*/, '');
  }
  return rest.charAt(0).toLocaleUpperCase('id') + rest.slice(1);
}

/** What the last automatic assignment did, and per candidate what it could not do and why. */
export function RunReport({
  result,
  perCandidate,
  onShow,
  onClose,
}: {
  result: AssignAutoResult;
  perCandidate: number;
  onShow: (participantNo: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const summary = t('assessors.assign.runSummary', {
    created: result.created,
    kept: result.kept,
    removed: result.removed,
  });

  if (result.problems.length === 0) {
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck />}
        title={t('assessors.assign.runOk', { count: perCandidate })}
        withCloseButton
        closeButtonLabel={t('common.close')}
        onClose={onClose}
        mb="sm"
        role="status"
        data-testid="run-report"
      >
        <Text size="sm">{summary}</Text>
      </Alert>
    );
  }

  const candidates = new Set(result.problems.map((p) => p.candidateId)).size;
  const reasons = byReason(result.problems);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle />}
      title={t('assessors.assign.runProblems', { count: candidates })}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      mb="sm"
      py="xs"
      role="alert"
      data-testid="run-report"
      styles={{ body: { minWidth: 0 } }}
    >
      <Text size="sm" mb={4}>
        {summary} {t('assessors.assign.runProblemsHint')}
      </Text>
      <ScrollArea.Autosize mah={104} type="auto" offsetScrollbars>
        <Stack gap={8} aria-label={t('assessors.assign.problemsLabel')}>
          {reasons.map((group) => (
            <div key={group.reason}>
              <Text size="sm" fw={500}>
                {group.reason}
              </Text>
              <Group gap={4} mt={4} role="list">
                {group.candidates.map((entry) => (
                  <UnstyledButton
                    key={entry.candidateId}
                    role="listitem"
                    data-testid="assign-problem"
                    className={classes.chip}
                    title={`${entry.participantNo} · ${entry.candidateName} — ${t('assessors.assign.showInTable')}`}
                    onClick={() => onShow(entry.participantNo)}
                  >
                    <Text span size="xs" fw={600}>
                      {entry.participantNo}
                    </Text>{' '}
                    <Text span size="xs">
                      {shortName(entry.candidateName)}
                    </Text>
                    {entry.methods.length > 0 && (
                      <Text span size="xs" c="orange.9" fw={600} ml={4}>
                        {entry.methods.join(', ')}
                      </Text>
                    )}
                  </UnstyledButton>
                ))}
              </Group>
            </div>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Alert>
  );
}
