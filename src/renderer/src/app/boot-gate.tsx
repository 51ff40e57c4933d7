import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { createContext, use, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpOutput } from '../../../shared/contract';
import { useApiQuery } from '../api/use-api-query';
import { SessionGate } from '../features/scoring/session';

export type AppInfo = OpOutput<'app:info'>;

const AppInfoContext = createContext<AppInfo | null>(null);

/** Version, data folder, door and role, known once the boot gate has opened. */
export function useAppInfo(): AppInfo {
  const info = use(AppInfoContext);
  if (!info) throw new Error('useAppInfo() is only available inside <BootGate>');
  return info;
}

/**
 * Shows the app only once the core has answered `app:info`. That first answer is also the
 * readiness signal end-to-end tests wait for (`body[data-ready=true]`).
 */
export function BootGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // Version and folder do not change while the app runs: no refresh on data changes.
  const { data: info, error, refresh } = useApiQuery('app:info', {}, { refreshOn: () => false });

  useEffect(() => {
    if (info) document.body.dataset.ready = 'true';
  }, [info]);

  if (info)
    return (
      <AppInfoContext value={info}>
        {/* Who sits at this door (operator, assessor, locked) decides what the app shows. */}
        <SessionGate>{children}</SessionGate>
      </AppInfoContext>
    );
  return (
    <Center h="100%" p="xl">
      {error ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle />}
          title={t('boot.failedTitle')}
          maw={520}
          role="alert"
        >
          <Stack gap="md" align="flex-start">
            <Text size="sm">{error.message}</Text>
            {/* A session the server no longer knows is renewed only by loading the page again. */}
            <Button
              variant="default"
              onClick={error.code === 'unauthenticated' ? () => window.location.reload() : refresh}
            >
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Stack align="center" gap="sm">
          <Loader />
          <Text c="dimmed">{t('boot.connecting')}</Text>
        </Stack>
      )}
    </Center>
  );
}
