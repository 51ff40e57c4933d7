import { Button, type ButtonProps } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/notify';
import { useProgramSelection } from '../programs/program-selection';
import { DemoProgressModal } from './demo-progress-modal';
import { useDemoJob } from './use-demo-job';

/** "Muat data contoh": starts the demo job, shows its progress, then selects the new programme. */
export function LoadDemoButton(props: Pick<ButtonProps, 'variant' | 'size' | 'fullWidth'>) {
  const { t } = useTranslation();
  const { select } = useProgramSelection();
  const { job, start, cancel, reset } = useDemoJob((result) => {
    select(result.programId);
    notifySuccess(t('demo.done', result));
  });

  return (
    <>
      <Button
        leftSection={<IconDatabaseImport size={18} />}
        onClick={() => void start()}
        loading={job.status === 'starting'}
        {...props}
      >
        {t('demo.action')}
      </Button>
      <DemoProgressModal job={job} onCancel={() => void cancel()} onClose={reset} />
    </>
  );
}
