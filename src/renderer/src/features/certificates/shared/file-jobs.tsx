import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import {
  ReportRenderResult,
  z,
  type CertificateRenderInput,
  type FileRef,
  type ReportRenderInput,
} from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { useJob } from '../../../api/use-job';
import { DownloadButton, useSaveDownload } from '../../../components/download-button';
import { JobProgress } from '../../../components/job-progress';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { reservePdfTab, usePdfDelivery } from './pdf-delivery';

/** Both file jobs answer a file and a count; certificate batches also say how many changed. */
const FileJobResult = ReportRenderResult.extend({ changedSinceIssue: z.number().int().default(0) });
type FileJobResult = z.infer<typeof FileJobResult>;

/**
 * What to make and what to do with it: `save` downloads it, `print` shows it for printing (and
 * records the printing), `offer` leaves the choice to the operator in the dialog.
 */
export type FileTask =
  | {
      kind: 'certificates';
      input: CertificateRenderInput;
      then: 'save' | 'print' | 'offer';
      /** The certificates in the file, for the print log. */
      printIds: number[];
      copies: number;
      /** The tab reserved in the click for `print` (browser). */
      tab?: Window | null;
    }
  | { kind: 'reports'; input: ReportRenderInput; then: 'save' | 'offer' };

/**
 * Runs the background jobs that make a PDF or ZIP (certificate batches, individual reports) and
 * delivers the file. One at a time; its dialog shows progress, failures and, for `offer`, the
 * ready file with its buttons.
 */
export function useFileJobs(programId: number): { start: (task: FileTask) => void; dialog: JSX.Element } {
  const { t } = useTranslation();
  const api = useApi();
  const { job, run, cancel, reset } = useJob(FileJobResult);
  const { save } = useSaveDownload();
  const delivery = usePdfDelivery();
  const [task, setTask] = useState<FileTask | null>(null);

  const close = useCallback(() => {
    setTask(null);
    reset();
  }, [reset]);

  const printAndLog = useCallback(
    async (file: FileRef, current: Extract<FileTask, { kind: 'certificates' }>, tab: Window | null) => {
      try {
        if (delivery.door === 'browser' && !tab) {
          notifications.show({ color: 'orange', message: t('certificates.issued.print.popupBlocked') });
          await save(file);
          return;
        }
        if (!(await delivery.show(file, tab))) return;
        const logged = await api.invoke('certificates:log-print', {
          programId,
          certificateIds: current.printIds,
          copies: current.copies,
        });
        notifySuccess(t('certificates.issued.print.logged', { count: logged.certificates.length }));
      } catch (error) {
        notifyError(error);
      }
    },
    [api, delivery, programId, save, t],
  );

  // `start` keeps its identity (tables memoise their columns on it); the helpers it calls are
  // new each render, so it reads the latest ones from here.
  const latest = useRef({ save, printAndLog });
  useEffect(() => {
    latest.current = { save, printAndLog };
  });

  const start = useCallback(
    (next: FileTask) => {
      const { save, printAndLog } = latest.current;
      setTask(next);
      void (async () => {
        const outcome = await run(() =>
          next.kind === 'certificates'
            ? api.invoke('certificates:render', next.input)
            : api.invoke('reports:render', next.input),
        );
        if (outcome.status !== 'done') {
          if (next.kind === 'certificates') next.tab?.close();
          // A cancelled job needs no words; a failed one stays in the dialog with its reason.
          if (outcome.status === 'cancelled') close();
          return;
        }
        if (next.then === 'offer') return;
        if (next.then === 'save') await save(outcome.result.file);
        else if (next.kind === 'certificates') await printAndLog(outcome.result.file, next, next.tab ?? null);
        close();
      })();
    },
    [api, close, run],
  );

  const reports = task?.kind === 'reports';
  const running = job.status === 'starting' || job.status === 'running';
  const progress = job.status === 'running' ? job : null;
  const texts = reports
    ? {
        title: t('certificates.issue.reportProgress.title'),
        label: t('certificates.issue.reportProgress.label'),
        barLabel: t('certificates.issue.reportProgress.barLabel'),
        detail: (done: number, count: number) =>
          t('certificates.issue.reportProgress.detail', { done, count }),
      }
    : {
        title: t('certificates.issued.print.progressTitle'),
        label: t('certificates.issued.print.progressLabel'),
        barLabel: t('certificates.issued.print.barLabel'),
        detail: (done: number, count: number) =>
          t('certificates.issued.print.progressDetail', { done, count }),
      };

  const dialog = (
    <Modal
      opened={task !== null}
      onClose={running ? () => undefined : close}
      withCloseButton={!running}
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      title={texts.title}
      centered
      size="lg"
    >
      {running && (
        <JobProgress
          label={texts.label}
          percent={progress && progress.total > 0 ? (100 * progress.done) / progress.total : null}
          detail={progress && progress.total > 0 ? texts.detail(progress.done, progress.total) : ''}
          barLabel={texts.barLabel}
          cancel={{
            onCancel: () => void cancel(),
            cancelling: progress?.cancelling ?? false,
            disabled: !progress,
            label: t('common.cancel'),
            cancellingLabel: t('common.loading'),
          }}
        />
      )}
      {job.status === 'failed' && (
        <Stack gap="md">
          <Alert color="red" variant="light" role="alert">
            {job.error.message}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      )}
      {job.status === 'done' && task?.then === 'offer' && (
        <ReadyFile
          result={job.result}
          task={task}
          onPrint={(file) => {
            if (task.kind !== 'certificates') return;
            const tab = reservePdfTab(delivery.door, t('common.loading'));
            void printAndLog(file, task, tab);
          }}
          onView={(file) => {
            const tab = reservePdfTab(delivery.door, t('common.loading'));
            void delivery.show(file, tab).catch(notifyError);
          }}
          onClose={close}
        />
      )}
    </Modal>
  );

  return { start, dialog };
}

interface ReadyFileProps {
  result: FileJobResult;
  task: FileTask;
  onPrint: (file: FileRef) => void;
  onView: (file: FileRef) => void;
  onClose: () => void;
}

/** The made file: what it holds, then download, and (for a PDF) open it for printing. */
function ReadyFile({ result, task, onPrint, onView, onClose }: ReadyFileProps) {
  const { t } = useTranslation();
  const delivery = usePdfDelivery();
  const isPdf = result.file.fileName.toLowerCase().endsWith('.pdf');
  const desktop = delivery.door === 'desktop';
  const certificates = task.kind === 'certificates';
  return (
    <Stack gap="md">
      <Text size="sm" data-testid="file-ready">
        {certificates
          ? t('certificates.issued.print.ready', { count: result.count, fileName: result.file.fileName })
          : t('certificates.issue.reportProgress.ready', {
              count: result.count,
              fileName: result.file.fileName,
            })}
      </Text>
      {result.changedSinceIssue > 0 && (
        <Alert color="yellow" variant="light" py="xs">
          {t('certificates.issued.print.changed', { count: result.changedSinceIssue })}
        </Alert>
      )}
      {isPdf && certificates && (
        <Text size="xs" c="dimmed">
          {desktop ? t('certificates.issued.print.viewerHint') : t('certificates.issued.print.openHint')}
        </Text>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
        <DownloadButton
          file={result.file}
          variant={isPdf ? 'default' : 'filled'}
          leftSection={<IconDownload size={18} />}
        >
          {t('certificates.issued.print.download')}
        </DownloadButton>
        {isPdf && certificates && (
          <Button leftSection={<IconPrinter size={18} />} onClick={() => onPrint(result.file)}>
            {desktop ? t('certificates.issued.print.openInViewer') : t('certificates.issued.print.open')}
          </Button>
        )}
        {isPdf && !certificates && !desktop && (
          <Button leftSection={<IconPrinter size={18} />} onClick={() => onView(result.file)}>
            {t('certificates.issued.print.open')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
