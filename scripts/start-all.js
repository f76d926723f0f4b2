#!/usr/bin/env node
// Runs the built API and worker together for `npm start`. Ctrl-C (or SIGTERM) is passed to both,
// each shuts down gracefully, and this process exits when both have. If either dies, the other is
// stopped too, so a half-running portal never goes unnoticed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
// A small young generation and a capped heap keep the API near 150 MB and the worker near
// 120 MB under load (bench/README.md, memory scenario); uploads are Buffers, outside the heap.
const HEAP_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=128'];
const children = [
  ['api', join(root, 'dist/apps/api/src/main.js')],
  ['worker', join(root, 'dist/apps/worker/src/main.js')],
].map(([name, entry]) => ({
  name,
  proc: spawn(process.execPath, [...HEAP_FLAGS, entry], { cwd: root, stdio: 'inherit' }),
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
