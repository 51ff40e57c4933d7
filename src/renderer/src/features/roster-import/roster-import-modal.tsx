import { Box, Center, Container, Modal, Stepper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/contract';
import { ImportChooseStep } from './import-choose-step';
import { ImportDoneStep } from './import-done-step';
import { ImportProgress } from './import-progress';
import { ImportRefusedStep } from './import-refused-step';
import { ImportReviewStep } from './import-review-step';
import classes from './roster-import.module.css';
import { useRosterImport, type ImportWizard, type Review } from './use-roster-import';

interface RosterImportModalProps {
  opened: boolean;
  program: Program;
  onClose: () => void;
}

function activeStep(wizard: ImportWizard): number {
  switch (wizard.step) {
    case 'choose':
    case 'reading':
      return 0;
    case 'refused':
      return wizard.previous ? 1 : 0;
    case 'review':
      return 1;
    case 'importing':
      return 2;
    case 'done':
      return 3;
  }
}

function isWorking(wizard: ImportWizard): boolean {
  return (
    wizard.step === 'reading' || wizard.step === 'importing' || (wizard.step === 'review' && wizard.rereading)
  );
}

/**
 * The import wizard, over the whole window: 768 pixels of height are few, and the problem list
 * needs them. The modal's content is dropped when it closes, so every opening starts afresh.
 */
export function RosterImportModal({ opened, program, onClose }: RosterImportModalProps) {
  const { t } = useTranslation();
  // While a job runs the window cannot be closed: the way out is the job's own cancel button.
  const [working, setWorking] = useState(false);
  // Old notices ("programme created") would sit on the commit buttons, bottom right.
  useEffect(() => {
    if (opened) notifications.clean();
  }, [opened]);
  return (
    <Modal
      opened={opened}
      onClose={() => !working && onClose()}
      fullScreen
      title={t('rosterImport.title')}
      withCloseButton={!working}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      closeOnEscape={!working}
      transitionProps={{ transition: 'fade', duration: 150 }}
      styles={{ body: { paddingBottom: 0 } }}
    >
      <ImportWizardView program={program} onClose={onClose} onWorking={setWorking} />
    </Modal>
  );
}

function ImportWizardView({
  program,
  onClose,
  onWorking,
}: {
  program: Program;
  onClose: () => void;
  onWorking: (working: boolean) => void;
}) {
  const { t } = useTranslation();
  const flow = useRosterImport(program, {
    importCancelled: t('rosterImport.commit.cancelled'),
    readCancelled: t('rosterImport.choose.cancelled'),
  });
  const { wizard } = flow;
  const working = isWorking(wizard);
  useEffect(() => {
    onWorking(working);
    return () => onWorking(false);
  }, [working, onWorking]);
  const { reread } = flow;
  const onSheet = useCallback((review: Review, sheet: string) => reread(review, { sheet }), [reread]);

  let body;
  switch (wizard.step) {
    case 'choose':
      body = <ImportChooseStep notice={wizard.notice} onPicked={flow.choose} />;
      break;
    case 'reading':
      body = (
        <Center h="100%">
          <ImportProgress
            kind="preview"
            run={flow.previewRun}
            fileName={wizard.file.fileName}
            programCode={program.code}
            onCancel={() => void flow.cancelPreview()}
          />
        </Center>
      );
      break;
    case 'review':
      body = (
        <Box pos="relative" h="100%">
          <ImportReviewStep
            review={wizard.review}
            busy={wizard.rereading}
            onSource={flow.reread}
            onCommit={flow.commit}
            onOtherFile={flow.restart}
          />
          {wizard.rereading && (
            <div className={classes.overlay}>
              <ImportProgress
                kind="preview"
                run={flow.previewRun}
                fileName={wizard.review.file.fileName}
                programCode={program.code}
                onCancel={() => void flow.cancelPreview()}
              />
            </div>
          )}
        </Box>
      );
      break;
    case 'refused':
      body = (
        <ImportRefusedStep
          file={wizard.file}
          error={wizard.error}
          previous={wizard.previous}
          onOtherFile={flow.restart}
          onSheet={onSheet}
          onBack={flow.backTo}
        />
      );
      break;
    case 'importing':
      body = (
        <Center h="100%">
          <ImportProgress
            kind="import"
            run={flow.importRun}
            fileName={wizard.review.file.fileName}
            programCode={program.code}
            onCancel={() => void flow.cancelImport()}
          />
        </Center>
      );
      break;
    case 'done':
      body = (
        <ImportDoneStep
          result={wizard.result}
          programCode={program.code}
          onClose={onClose}
          onAnother={flow.restart}
        />
      );
      break;
  }

  return (
    <Container size={1280} px={0} className={classes.frame}>
      <Stepper active={activeStep(wizard)} size="xs" mb="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('rosterImport.steps.choose')} />
        <Stepper.Step label={t('rosterImport.steps.review')} />
        <Stepper.Step label={t('rosterImport.steps.import')} />
      </Stepper>
      <Box style={{ flex: 1, minHeight: 0 }} pb="md">
        {body}
      </Box>
    </Container>
  );
}
