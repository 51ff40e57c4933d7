import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemoJob } from './use-demo-job';

interface DemoProgressModalProps {
  job: DemoJob;
  onCancel: () => void;
  onClose: () => void;
}

/** Open while the demo job runs and when it stopped early; a finished job closes it. */
export function DemoProgressModal({ job, onCancel, onClose }: DemoProgressModalProps) {
  const { t } = useTranslation();
  const opened = job.status === 'starting' || job.status === 'running' || job.status === 'stopped';
  const working = job.status === 'starting' || job.status === 'running';

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('demo.title')}
      centered
      withCloseButton={!working}
      closeOnClickOutside={!working}
      closeOnEscape={!working}
    >
      {job.status === 'stopped' ? (
        <Stack gap="md">
          <Alert
            color={job.cancelled ? 'gray' : 'red'}
            variant="light"
            title={job.cancelled ? t('demo.cancelledTitle') : t('demo.failedTitle')}
            role="alert"
          >
            {job.message}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <DemoProgress job={job} onCancel={onCancel} />
      )}
    </Modal>
  );
}

const PHASES = ['peserta', 'selesai'] as const;
function isKnownPhase(phase: string): phase is (typeof PHASES)[number] {
  return (PHASES as readonly string[]).includes(phase);
}

function DemoProgress({ job, onCancel }: { job: DemoJob; onCancel: () => void }) {
  const { t } = useTranslation();
  const running = job.status === 'running' ? job : null;
  const known = running !== null && running.total > 0;
  const percent = known ? Math.round((running.done / running.total) * 100) : 0;
  const phase = !running?.phase
    ? t('demo.preparing')
    : isKnownPhase(running.phase)
      ? t(`demo.phase.${running.phase}`)
      : running.phase; // A phase added to the job later still shows, untranslated.

  return (
    <Stack gap="md">
      <Text size="sm">{phase}</Text>
      {/* Before the first count arrives the bar runs full width in grey: busy, amount unknown. */}
      <Progress
        value={known ? percent : 100}
        color={known ? undefined : 'gray.4'}
        size="lg"
        striped
        animated
        aria-label={t('demo.title')}
        transitionDuration={200}
      />
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          {known ? t('demo.progress', { done: running.done, count: running.total }) : ' '}
        </Text>
        <Button
          variant="default"
          onClick={onCancel}
          disabled={!running || running.cancelling}
          loading={running?.cancelling}
        >
          {running?.cancelling ? t('demo.cancelling') : t('demo.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
