import {
  EventSchemas,
  type AppEvent,
  type EventName,
  type OperationName,
  type OpInput,
  type OpOutput,
} from '../../../shared/contract';
import { unwrapResult, type ApiClient } from './api-client';
import { ApiError } from './api-error';
import { downloadOverHttp, uploadOverHttp } from './http-files';

const EVENT_NAMES = Object.keys(EventSchemas) as EventName[];

/**
 * The browser door: `POST /api/<operation>` and one shared EventSource on `/api/events`. The
 * session cookie travels by itself (same origin), so nothing secret lives in this code.
 */
export function createHttpClient(baseUrl = ''): ApiClient {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;

  function openEvents(): EventSource {
    const events = new EventSource(`${baseUrl}/api/events`);
    for (const name of EVENT_NAMES) {
      events.addEventListener(name, (message: MessageEvent<string>) => {
        let payload: unknown;
        try {
          payload = JSON.parse(message.data);
        } catch {
          return; // A torn message is dropped; the next data:changed refreshes the screen anyway.
        }
        const event = { name, payload } as AppEvent;
        for (const listener of listeners) listener(event);
      });
    }
    return events;
  }

  return {
    door: 'browser',

    async invoke<N extends OperationName>(operation: N, input: OpInput<N>): Promise<OpOutput<N>> {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/${operation}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw ApiError.client('network-unreachable');
      }
      // Errors come with 4xx/5xx statuses but always with a JSON body that says what happened.
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw ApiError.client('bad-response');
      }
      return unwrapResult<N>(body);
    },

    upload: (file) => uploadOverHttp(baseUrl, file),
    saveDownload: (file) => downloadOverHttp(baseUrl, file),

    subscribe(listener) {
      listeners.add(listener);
      source ??= openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
