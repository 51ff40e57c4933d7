import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/main/app';
import { API_BODY_LIMIT, startWebServer, type WebServer } from '../../src/main/web/server';

let dataDir: string;
let rendererDir: string;
let app: App;
let server: WebServer;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'asesa-web-'));
  rendererDir = mkdtempSync(join(tmpdir(), 'asesa-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Asesa</title>');
  writeFileSync(join(rendererDir, 'app.js'), 'console.log(1)');
  app = await createApp({ dataDir });
  server = await startWebServer({ app, rendererDir, port: 0 });
});

afterEach(async () => {
  await server.close();
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(rendererDir, { recursive: true, force: true });
});

async function openSession(): Promise<string> {
  const page = await fetch(`${server.url}/`);
  const cookie = page.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0] ?? '';
}

function call(operation: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('web door', () => {
  it('listens on the loopback address only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('hands out its page with an HttpOnly, SameSite=Strict session cookie and a strict CSP', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    const cookie = page.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^asesa_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    const asset = await fetch(`${server.url}/app.js`);
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses an API call without the session cookie', async () => {
    const response = await call('program:list', {});
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('refuses a forged session cookie', async () => {
    const response = await call('program:list', {}, { cookie: 'asesa_session=made-up-token' });
    expect(response.status).toBe(401);
  });

  it('answers a call from its own page through the operations table', async () => {
    const cookie = await openSession();
    const response = await call('app:info', {}, { cookie });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; value: { door: string; role: string } };
    expect(body).toMatchObject({ ok: true, value: { door: 'browser', role: 'admin' } });
  });

  it('refuses a call whose Origin is another site', async () => {
    const cookie = await openSession();
    const response = await call(
      'program:create',
      { code: 'X-1', name: 'Program' },
      { cookie, origin: 'http://evil.example' },
    );
    expect(response.status).toBe(403);
    const list = await call('program:list', {}, { cookie });
    expect(((await list.json()) as { value: unknown[] }).value).toHaveLength(0);
  });

  it('reports an unknown operation and an invalid payload with stable codes', async () => {
    const cookie = await openSession();
    const unknown = await call('program:explode', {}, { cookie });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'unknown-operation' } });
    const invalid = await call('program:create', { code: '!', name: '' }, { cookie });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: 'invalid-input' } });
    const broken = await call('program:create', '{not json', { cookie });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid-input' } });
  });

  it('refuses a body over the size limit and writes nothing', async () => {
    const cookie = await openSession();
    const huge = JSON.stringify({ code: 'BIG-1', name: 'x'.repeat(API_BODY_LIMIT) });
    const response = await call('program:create', huge, { cookie });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload-too-large' } });
    const list = await call('program:list', {}, { cookie });
    expect(((await list.json()) as { value: unknown[] }).value).toHaveLength(0);
  });

  it('streams a data:changed event to the page after a write', async () => {
    const cookie = await openSession();
    const controller = new AbortController();
    const events = await fetch(`${server.url}/api/events`, {
      headers: { cookie },
      signal: controller.signal,
    });
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    const reader = events.body!.getReader();
    await call('program:create', { code: 'TA-2023', name: 'Talent Academy' }, { cookie });
    let text = '';
    while (!text.includes('event: data:changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: data:changed');
    expect(text).toContain('"operation":"program:create"');
  });

  it('refuses the event stream without a session', async () => {
    const response = await fetch(`${server.url}/api/events`);
    expect(response.status).toBe(401);
  });
});

describe('web door files', () => {
  function upload(body: Buffer, headers: Record<string, string>) {
    return fetch(`${server.url}/api/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...headers },
      body,
    });
  }

  it('stores an upload under an id and keeps only the last part of its name', async () => {
    const cookie = await openSession();
    const response = await upload(Buffer.from('NIP;NAMA\n'), {
      cookie,
      'x-file-name': encodeURIComponent('..\\..\\daftar peserta.csv'),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: { id: string; fileName: string; size: number } };
    expect(body.value.fileName).toBe('daftar peserta.csv');
    expect(body.value.size).toBe(9);
    expect(app.files.upload(body.value.id).path.startsWith(dataDir)).toBe(true);
  });

  it('refuses an upload without a session', async () => {
    const response = await upload(Buffer.from('x'), {});
    expect(response.status).toBe(401);
  });

  it('refuses an upload over the limit while it streams and keeps nothing of it', async () => {
    const stored = app.files;
    const original = stored.addUpload.bind(stored);
    stored.addUpload = (source, name) => original(source, name, 1024);
    const cookie = await openSession();
    const response = await upload(Buffer.alloc(64 * 1024, 1), { cookie, 'x-file-name': 'besar.xlsx' });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'file-too-large' } });
  });

  it('hands out a generated file as a download with its Indonesian name', async () => {
    const cookie = await openSession();
    const created = await call('roster:template', {}, { cookie });
    const ref = ((await created.json()) as { value: { id: string; fileName: string } }).value;
    const download = await fetch(`${server.url}/api/download/${ref.id}`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''templat-daftar-peserta-asesa.xlsx",
    );
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const missing = await fetch(`${server.url}/api/download/..%2F..%2Fasesa.db`, { headers: { cookie } });
    expect(missing.status).toBe(404);
    const noSession = await fetch(`${server.url}/api/download/${ref.id}`);
    expect(noSession.status).toBe(401);
  });
});
