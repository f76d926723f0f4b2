/** Where commands write: one JSON document per line on stdout, messages on stderr. */
export interface CliOutput {
  json(value: unknown): void;
  error(message: string): void;
}

export const processOutput: CliOutput = {
  json: (value) => process.stdout.write(`${JSON.stringify(value)}\n`),
  error: (message) => process.stderr.write(`${message}\n`),
};
