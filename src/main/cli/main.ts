import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../version';
import { assessorCommand } from './commands/assessor.command';
import { assignCommand } from './commands/assign.command';
import { certificatesCommand } from './commands/certificates.command';
import { demoCommand } from './commands/demo.command';
import { exportCommand } from './commands/export.command';
import { infoCommand } from './commands/info.command';
import { programCommand } from './commands/program.command';
import { reportCommand } from './commands/report.command';
import { resultsCommands } from './commands/results.command';
import { rosterCommand } from './commands/roster.command';
import { scoresCommand } from './commands/scores.command';
import { serveCommand } from './commands/serve.command';
import { EXIT_OK, EXIT_USAGE, reportFailure, type Output } from './output';
import type { GlobalOptions } from './session';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function buildProgram(io: CliIo): Command {
  const root = new Command('asesa')
    .description('Asesa — asesmen kompetensi ASN: program, peserta, penilaian, sertifikat, dan rekap.')
    .version(APP_VERSION, '-v, --version', 'versi aplikasi')
    .option('--data <folder>', 'folder data (bawaan: ASESA_DATA atau folder data aplikasi desktop)')
    .option('--json', 'keluaran JSON untuk skrip')
    .option('--verbose', 'tampilkan log teknis di stderr')
    .helpOption('-h, --help', 'tampilkan bantuan')
    .helpCommand('help [perintah]', 'tampilkan bantuan sebuah perintah')
    .showHelpAfterError('(lihat "asesa --help")')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`asesa: ${text.replace(/^error: /, 'perintah tidak valid: ')}`),
    });
  const globals = () => root.opts<GlobalOptions>();
  for (const command of [
    programCommand,
    rosterCommand,
    assessorCommand,
    assignCommand,
    scoresCommand,
    certificatesCommand,
    reportCommand,
    exportCommand,
    demoCommand,
    serveCommand,
    infoCommand,
  ]) {
    root.addCommand(command(globals, io));
  }
  for (const command of resultsCommands(globals, io)) root.addCommand(command);
  // Every sub-command behaves like the root: usage errors throw instead of exiting.
  const configure = (command: Command, path: string) => {
    command
      .exitOverride()
      .helpOption('-h, --help', 'tampilkan bantuan')
      .showHelpAfterError(`(lihat "${path} --help")`)
      .configureOutput(root.configureOutput());
    if (command.commands.length > 0)
      command.helpCommand('help [perintah]', 'tampilkan bantuan sebuah perintah');
    command.commands.forEach((sub) => configure(sub, `${path} ${sub.name()}`));
  };
  root.commands.forEach((command) => configure(command, `asesa ${command.name()}`));
  return root;
}

/** Runs one CLI invocation and returns its exit code (0 ok, 1 user error, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return ok ? EXIT_OK : EXIT_USAGE;
    }
    const out: Output = { json: program.opts<GlobalOptions>().json === true, ...io };
    return reportFailure(out, error);
  }
}
