import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ApiClient } from '../api/api-client';
import { ApiProvider } from '../api/api-context';
import { ProgramSelectionProvider } from '../features/programs/program-selection';
import { AppLayout } from './app-layout';
import { BootGate } from './boot-gate';
import { theme } from './theme';

export function App({ client }: { client: ApiClient }) {
  return (
    <MantineProvider theme={theme} forceColorScheme="light">
      <Notifications position="bottom-right" />
      <ApiProvider client={client}>
        <BootGate>
          <ProgramSelectionProvider>
            <AppLayout />
          </ProgramSelectionProvider>
        </BootGate>
      </ApiProvider>
    </MantineProvider>
  );
}
