import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { AppError, toErrorData, type ErrorData } from '../../shared/errors';
import type { App } from '../app';
import { statusForError } from './http-status';
import { SECURITY_HEADERS } from './security-headers';
import { createSessionStore, SESSION_COOKIE, type Session } from './sessions';

/** API bodies are small JSON documents; file uploads will get their own route and limit. */
export const API_BODY_LIMIT = 1024 * 1024;
const SSE_HEARTBEAT_MS = 25_000;

export interface WebServerOptions {
  app: App;
  /** Folder with the built renderer (index.html + assets). */
  rendererDir: string;
  port?: number;
  /** Loopback only until LAN mode exists. */
  host?: string;
  log?: (line: string) => void;
}

export interface WebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

function sendError(reply: FastifyReply, error: ErrorData): FastifyReply {
  return reply.code(statusForError(error.code)).send({ ok: false, error });
}

/** A browser sends Origin on POST; it must be this server, never another site. */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://${request.headers.host}`;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { app } = options;
  const log = options.log ?? (() => {});
  const indexFile = join(options.rendererDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`web: renderer not built (${indexFile} missing)`);
  const indexHtml = readFileSync(indexFile, 'utf8');
  const sessions = createSessionStore();

  const server = Fastify({ bodyLimit: API_BODY_LIMIT, logger: false });
  await server.register(cookie);
  await server.register(fastifyStatic, {
    root: options.rendererDir,
    index: false,
    wildcard: true,
    setHeaders: (reply) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    },
  });

  server.setErrorHandler((error: Error & { code?: string; statusCode?: number }, _request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendError(reply, new AppError('payload-too-large').toData());
    if (error.statusCode === 400 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendError(reply, new AppError('invalid-input').toData());
    }
    log(`web: request failed: ${error.message}`);
    return sendError(reply, new AppError('internal').toData());
  });

  function sessionOf(request: FastifyRequest): Session | null {
    return sessions.get(request.cookies[SESSION_COOKIE]);
  }

  // The page itself: handing it out is what opens a session for this browser.
  const servePage = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!sessionOf(request)) {
      const token = sessions.open({ role: 'admin', actor: 'admin' });
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/' });
    }
    return reply
      .headers({ ...SECURITY_HEADERS, 'cache-control': 'no-store' })
      .type('text/html; charset=utf-8')
      .send(indexHtml);
  };
  server.get('/', servePage);
  server.get('/index.html', servePage);

  server.post<{ Params: { operation: string } }>('/api/:operation', async (request, reply) => {
    const session = sessionOf(request);
    if (!session) return sendError(reply, new AppError('unauthenticated').toData());
    if (!sameOrigin(request)) return sendError(reply, new AppError('forbidden').toData());
    const result = await app.dispatcher.dispatch(request.params.operation, request.body ?? {}, {
      role: session.role,
      actor: session.actor,
      ...(session.assessorId !== undefined && { assessorId: session.assessorId }),
      door: 'browser',
      session: { become: (identity) => sessions.become(session.token, identity) },
    });
    if (!result.ok) return sendError(reply, result.error);
    return reply.send(result);
  });

  // Uploads are raw bodies (no multipart parsing); the files service enforces the size limit
  // while streaming, so a huge file never sits in memory.
  await server.register(async (scope) => {
    scope.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
    scope.post('/api/upload', { bodyLimit: Number.MAX_SAFE_INTEGER }, async (request, reply) => {
      if (!sessionOf(request)) return sendError(reply, new AppError('unauthenticated').toData());
      if (!sameOrigin(request)) return sendError(reply, new AppError('forbidden').toData());
      if (!(request.body instanceof Readable))
        return sendError(reply, new AppError('invalid-input').toData());
      const name = decodeURIComponent(String(request.headers['x-file-name'] ?? 'berkas'));
      try {
        const stored = await app.files.addUpload(request.body, name);
        return reply.send({
          ok: true,
          value: { id: stored.id, fileName: stored.fileName, size: stored.size },
        });
      } catch (error) {
        return sendError(reply, toErrorData(error));
      }
    });
  });

  server.get<{ Params: { id: string } }>('/api/download/:id', async (request, reply) => {
    if (!sessionOf(request)) return sendError(reply, new AppError('unauthenticated').toData());
    let file;
    try {
      file = app.files.download(request.params.id);
    } catch (error) {
      return sendError(reply, toErrorData(error));
    }
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
    return reply
      .header('content-type', contentTypeOf(file.fileName))
      .header('content-length', file.size)
      .header(
        'content-disposition',
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      )
      .header('cache-control', 'no-store')
      .send(createReadStream(file.path));
  });

  server.get('/api/events', (request, reply) => {
    if (!sessionOf(request)) return sendError(reply, new AppError('unauthenticated').toData());
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': asesa\n\n');
    const unsubscribe = app.events.subscribe((event) => {
      res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), SSE_HEARTBEAT_MS);
    heartbeat.unref();
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });

  const address = await server.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const port = (server.server.address() as { port: number }).port;
  log(`web: listening on ${address}`);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    async close() {
      // Open SSE streams would keep close() waiting forever.
      server.server.closeAllConnections();
      await server.close();
    },
  };
}
