import { useEffect, useEffectEvent } from 'react';
import type { AppEvent, EventName, EventPayload } from '../../../shared/contract';
import { useApi } from './api-context';

/**
 * Calls `listener` for each server event called `name`. The listener may change on every render
 * without re-subscribing.
 */
export function useAppEvent<E extends EventName>(
  name: E,
  listener: (payload: EventPayload<E>) => void,
): void {
  const api = useApi();
  const onEvent = useEffectEvent((event: AppEvent) => {
    if (event.name === name) listener(event.payload as EventPayload<E>);
  });
  useEffect(() => api.subscribe(onEvent), [api]);
}
