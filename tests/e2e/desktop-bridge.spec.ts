import { test, expect } from './fixtures';

/**
 * Electron cannot start on every machine, but the renderer's IPC adapter can still be proven: a
 * stand-in `window.asesa` with the preload's exact shape relays to the web door, and the page must
 * use it (and only it) for calls and events. Plain JavaScript, because it runs in the page.
 */
const FAKE_PRELOAD = `
  window.__bridgeCalls = [];
  window.asesa = {
    door: 'desktop',
    async invoke(operation, input) {
      window.__bridgeCalls.push(operation);
      const response = await fetch('/api/' + operation, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return response.json();
    },
    // Like the real preload (one IPC channel), every subscriber shares one event stream; a stream
    // per subscriber would hit the browser's six-connections-per-host limit.
    onEvent(listener) {
      if (!window.__bridgeSource) {
        window.__bridgeListeners = new Set();
        window.__bridgeSource = new EventSource('/api/events');
        for (const name of ['job:progress', 'job:finished', 'data:changed', 'scores:changed']) {
          window.__bridgeSource.addEventListener(name, (message) => {
            const payload = JSON.parse(message.data);
            for (const each of window.__bridgeListeners) each({ name, payload });
          });
        }
      }
      window.__bridgeListeners.add(listener);
      return () => window.__bridgeListeners.delete(listener);
    },
  };
`;

test('inside the desktop app the screens talk through window.asesa', async ({ page, app }) => {
  await page.addInitScript({ content: FAKE_PRELOAD });
  await page.goto(app.url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');

  await page.getByRole('button', { name: 'Buat program' }).click();
  const form = page.getByRole('dialog', { name: 'Buat program' });
  await form.getByLabel('Kode program').fill('IPC-1');
  await form.getByLabel('Nama program').fill('Program lewat jembatan desktop');
  await form.getByRole('button', { name: 'Buat program' }).click();
  await expect(page.getByRole('row', { name: /IPC-1/ })).toBeVisible();

  const calls = await page.evaluate('window.__bridgeCalls');
  expect(calls).toEqual(expect.arrayContaining(['app:info', 'program:list', 'program:create']));
});
