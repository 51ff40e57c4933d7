import { notifications } from '@mantine/notifications';
import { toApiError } from '../api/api-error';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 5000 });
}

/** Failures stay until dismissed: the operator may be looking elsewhere when one happens. */
export function notifyError(error: unknown): void {
  notifications.show({ color: 'red', message: toApiError(error).message, autoClose: false });
}
