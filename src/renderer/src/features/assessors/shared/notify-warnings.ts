import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { SetupWarning } from '../../../../../shared/contract';

const SHOWN = 3;

/**
 * The core's "went through, but look at this" messages; they stay until the operator closes
 * them. A long list is cut after a few, so the screen is not buried under notices.
 */
export function notifyWarnings(warnings: readonly SetupWarning[], t: TFunction): void {
  for (const warning of warnings.slice(0, SHOWN)) {
    notifications.show({ color: 'yellow', message: warning.message, autoClose: false });
  }
  if (warnings.length > SHOWN) {
    notifications.show({
      color: 'yellow',
      message: t('assessors.common.moreWarnings', { count: warnings.length - SHOWN }),
      autoClose: false,
    });
  }
}
