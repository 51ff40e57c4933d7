import { AppShell } from '@mantine/core';
import { AssessorWorkspace } from '../features/scoring/assessor-workspace';
import { isAssessorRole, useSession } from '../features/scoring/session';
import { AppHeader } from './app-header';
import { AppNavbar } from './app-navbar';
import { StageContent } from './stage-content';
import { useStage } from './use-hash-route';

const HEADER_HEIGHT = 64;

/** Header on top, the day's stages on the left, the current stage filling the rest. */
export function AppLayout() {
  const stage = useStage();
  // An assessor signed in with a PIN gets their own workspace and no way into other stages.
  const { session } = useSession();
  if (isAssessorRole(session.role)) return <AssessorWorkspace />;
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} navbar={{ width: 232, breakpoint: 0 }} padding={0}>
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      <AppShell.Navbar bg="gray.0">
        <AppNavbar active={stage} />
      </AppShell.Navbar>
      {/* The main area is exactly one window high so each screen scrolls inside itself. */}
      <AppShell.Main h="100dvh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ flex: 1, minHeight: 0 }}>
          <StageContent stage={stage} />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
