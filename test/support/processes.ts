import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Spawned {
  readonly proc: ChildProcess;
  output(): string;
  exited(): Promise<number | null>;
}

/** Runs a built entry point (`dist/apps/<app>/src/main.js`) with the given environment. */
export function spawnApp(
  app: 'api' | 'worker' | 'cli',
  args: string[],
  env: Record<string, string>,
): Spawned {
  const proc = spawn(
    process.execPath,
    [join(ROOT, 'dist', 'apps', app, 'src', 'main.js'), ...args],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, output: () => output, exited: () => exit };
}

export async function runToEnd(
  app: 'api' | 'worker' | 'cli',
  args: string[],
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<{ code: number | null; output: string }> {
  const spawned = spawnApp(app, args, env);
  const timer = setTimeout(() => spawned.proc.kill('SIGKILL'), timeoutMs);
  const code = await spawned.exited();
  clearTimeout(timer);
  return { code, output: spawned.output() };
}

/** Resolves when `predicate` holds, polling; rejects with `what` after the timeout. */
export async function eventually<T>(
  what: string,
  fn: () => Promise<T | undefined | false>,
  timeoutMs = 10_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}${lastError ? `: ${lastError instanceof Error ? lastError.message : JSON.stringify(lastError)}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
