import { Center, Loader } from '@mantine/core';
import { assertNever } from '../../../shared/errors';
import { ErrorAlert } from '../components/error-alert';
import { AssessorsStage } from '../features/assessors/assessors-stage';
import { ExportStage } from '../features/export/export-stage';
import { CertificatesStage } from '../features/certificates/certificates-stage';
import { VerifyScreen } from '../features/certificates/verify/verify-screen';
import { IntegrationStage } from '../features/integration/integration-stage';
import { NeedsProgram } from '../features/programs/needs-program';
import { useProgramSelection } from '../features/programs/program-selection';
import { ProgramsScreen } from '../features/programs/programs-screen';
import { ResultsStage } from '../features/results/results-stage';
import { RosterScreen } from '../features/roster/roster-screen';
import { ScoringStage } from '../features/scoring/scoring-stage';
import { SettingsScreen } from '../features/settings/settings-screen';
import { StagePlaceholder } from '../features/placeholder/stage-placeholder';
import type { Stage } from './stages';

/** The screen of one stage. Stages that work on a programme wait for one to be chosen. */
export function StageContent({ stage }: { stage: Stage }) {
  const { program, loading, error } = useProgramSelection();

  switch (stage) {
    case 'programs':
      return <ProgramsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'verify':
      // Checking a certificate needs no active programme: any certificate of this installation.
      return <VerifyScreen />;
    case 'roster':
    case 'assessors':
    case 'scoring':
    case 'integration':
    case 'results':
    case 'certificates':
    case 'export':
      if (error) return <ErrorAlert error={error} />;
      if (loading)
        return (
          <Center h="100%">
            <Loader />
          </Center>
        );
      if (!program) return <NeedsProgram />;
      if (stage === 'assessors') return <AssessorsStage key={program.id} program={program} />;
      if (stage === 'scoring') return <ScoringStage key={program.id} program={program} />;
      if (stage === 'export') return <ExportStage key={program.id} program={program} />;
      if (stage === 'integration') return <IntegrationStage key={program.id} program={program} />;
      if (stage === 'results') return <ResultsStage key={program.id} program={program} />;
      if (stage === 'certificates') return <CertificatesStage key={program.id} program={program} />;
      return stage === 'roster' ? (
        <RosterScreen key={program.id} program={program} />
      ) : (
        <StagePlaceholder stage={stage} />
      );
    default:
      return assertNever(stage);
  }
}
