import { processOutput } from './cli-output.js';
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2), processOutput).then(
  (code) => process.exit(code),
  (error: unknown) => {
    processOutput.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
