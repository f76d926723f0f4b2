// Crypto floors, each in a process of its own (pinned like the server it is compared with):
//
//   node bench/crypto-baseline.js hmac SECONDS
//     HMAC-SHA-256 of a normalized receipt under a 32-byte pepper, in a tight loop: ops/s.
//   node bench/crypto-baseline.js sha DIST ENTRIES PASSES
//     Builds the canonical bytes of audit entries 1..ENTRIES (bench/fixtures.js, the same entries
//     the audit scenario seeds, encoded by the domain's canonicalEncode; not timed), then times
//     SHA-256 to lowercase hex over all of them, PASSES times: entries/s per pass. It hashes with
//     the one-shot crypto.hash, the fastest SHA-256 Node has and the one the verifier uses
//     (createHash/update/digest runs at about half its rate on these small inputs).
import { createHash, createHmac, hash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { auditEntryFields } from './fixtures.js';

const [mode, ...args] = process.argv.slice(2);

if (mode === 'hmac') {
  const seconds = Number(args[0]);
  const pepper = randomBytes(32);
  const receipts = Array.from({ length: 1024 }, () =>
    randomBytes(15).toString('base64url').toUpperCase().slice(0, 24).padEnd(24, '0'),
  );
  let ops = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let sink = 0;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i += 1) {
      sink ^= createHmac('sha256', pepper)
        .update(receipts[i & 1023])
        .digest()[0];
    }
    ops += 1000;
  }
  const elapsed = (performance.now() - start) / 1000;
  process.stdout.write(`${JSON.stringify({ opsPerSecond: ops / elapsed, ops, sink })}\n`);
} else if (mode === 'sha') {
  const [dist, entriesArg, passesArg] = args;
  const domain = await import(pathToFileURL(join(dist, 'libs/domain/src/index.js')).href);
  const entries = Number(entriesArg);
  const buffers = new Array(entries);
  let prevHash = domain.GENESIS_HASH;
  for (let seq = 1; seq <= entries; seq += 1) {
    const fields = auditEntryFields(seq);
    buffers[seq - 1] = domain.canonicalEncode(prevHash, fields);
    prevHash = createHash('sha256')
      .update(buffers[seq - 1])
      .digest('hex');
  }
  const passes = [];
  for (let pass = 0; pass < Number(passesArg); pass += 1) {
    const start = performance.now();
    let sink = 0;
    for (const buffer of buffers) {
      sink ^= hash('sha256', buffer, 'hex').charCodeAt(0);
    }
    const elapsed = (performance.now() - start) / 1000;
    passes.push({ entriesPerSecond: entries / elapsed, seconds: elapsed, sink });
  }
  const bytes = buffers.reduce((sum, b) => sum + b.length, 0);
  process.stdout.write(`${JSON.stringify({ entries, averageBytes: bytes / entries, passes })}\n`);
} else {
  process.stderr.write('usage: crypto-baseline.js hmac SECONDS | sha DIST ENTRIES PASSES\n');
  process.exit(2);
}
