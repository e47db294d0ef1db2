import { promptSecret } from './prompt';
import { runCli } from './run';

// The `journal` executable: the same journal core as the app, no Electron.
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  prompt: promptSecret,
});
process.exitCode = code;
