// Entry of the `asesa` command (built to out/main/cli.js; bin/asesa.js builds and loads it).
import { runCli } from './main';

process.exitCode = await runCli(process.argv.slice(2));
