import { Command } from 'commander';
import { createApp } from '../../app';
import { defaultDataDir } from '../../paths';
import { defaultRendererDir } from '../../web/renderer-dir';
import { startWebServer } from '../../web/server';
import { CliUserError, printResult, type Output } from '../output';
import { parsePort } from '../parse';
import { outputFor, type GlobalOptions } from '../session';

/** Runs the browser version until Ctrl+C (or SIGTERM), then closes the database cleanly. */
export function serveCommand(globals: () => GlobalOptions, io: Pick<Output, 'stdout' | 'stderr'>): Command {
  return new Command('serve')
    .description('menjalankan Asesa versi peramban di http://127.0.0.1')
    .option('--port <n>', 'port (0 = pilih otomatis)', parsePort, 4780)
    .action(async (flags: { port: number }) => {
      const options = globals();
      const out = outputFor(options, io);
      const app = await createApp({
        dataDir: options.data ?? defaultDataDir(),
        log: options.verbose ? (line) => out.stderr(`${line}\n`) : undefined,
      });
      let server;
      try {
        server = await startWebServer({ app, rendererDir: defaultRendererDir(), port: flags.port });
      } catch (error) {
        await app.close();
        if ((error as { code?: string }).code === 'EADDRINUSE') {
          throw new CliUserError(
            'port-in-use',
            `Port ${flags.port} sudah dipakai program lain. Pakai --port lain.`,
          );
        }
        throw error;
      }
      printResult(
        out,
        { url: server.url, dataDir: app.dataDir },
        () => `Asesa berjalan di ${server.url}\nFolder data: ${app.dataDir}\nTekan Ctrl+C untuk berhenti.`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await app.close();
    });
}
