#!/usr/bin/env node
// Runs the built API and worker together for `npm start`. Ctrl-C (or SIGTERM) is passed to both,
// each shuts down gracefully, and this process exits when both have. If either dies, the other is
// stopped too, so a half-running portal never goes unnoticed.
//
// The children run in their own process group (detached): Ctrl-C in a terminal signals the whole
// foreground group, so children in it got the terminal's SIGINT and then the one forwarded here,
// and took the second as "SIGINT again: exiting now". Now each gets exactly one, from here.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { API_FLAGS, HEAP_FLAGS } from './heap-flags.js';

const root = join(import.meta.dirname, '..');
const children = [
  ['api', API_FLAGS, join(root, 'dist/apps/api/src/main.js')],
  ['worker', HEAP_FLAGS, join(root, 'dist/apps/worker/src/main.js')],
].map(([name, flags, entry]) => ({
  name,
  proc: spawn(process.execPath, [...flags, entry], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  }),
}));

let stopping = false;
let exitCode = 0;
let running = children.length;

function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const { proc } of children) if (proc.exitCode === null) proc.kill(signal);
}

for (const { name, proc } of children) {
  proc.on('exit', (code, signal) => {
    running -= 1;
    if (!stopping) {
      process.stderr.write(`candor: ${name} exited (${signal ?? code}); stopping the rest\n`);
      exitCode = code || 1;
      stopAll('SIGTERM');
    }
    if (running === 0) process.exit(exitCode);
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
// A closed terminal no longer reaches the children itself: stop them as on SIGTERM.
process.on('SIGHUP', () => stopAll('SIGTERM'));
// Should this process die of anything else, the children must not outlive it.
process.on('exit', () => {
  for (const { proc } of children) if (proc.exitCode === null) proc.kill('SIGTERM');
});
