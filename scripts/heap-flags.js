// The Node flags the API and the worker run with, wherever they are started from this repository
// (`npm start`, the benchmarks; package.json's start:api and start:worker and docker/entrypoint.sh
// spell the same flags out; the API adds API_FLAGS' one, below). A small young generation and a
// capped heap keep the API near 150 MB and the worker near 120 MB under load (bench/README.md,
// memory scenario); uploads are Buffers, outside the heap. Each process runs its JavaScript on one thread and is meant to have one core
// (scale by running more of them): V8's collector threads would only take turns with it on that
// core, so the collector runs on the main thread. Measured with the bench pinning each process to
// its core, in alternating runs: the reporter pages 0.70–0.72× the bare route against 0.52–0.62×,
// a whole report through the pages 1.42–1.57× the JSON intake's p99 against 1.76–1.97×, the
// console's queue page 1.55–1.68× the JSON list against 1.79–1.83×, and the worker's RSS lower.
export const HEAP_FLAGS = [
  '--max-semi-space-size=2',
  '--max-old-space-size=128',
  '--single-threaded-gc',
];

// The API's: the same, and no memory reducer. After 8 s without work V8's memory reducer collects
// the heap and lowers its limit to what is live, and the next burst of requests pays for growing it
// again in extra collections. In the bench, whose baselines leave the API idle for 8 s between its
// measurements, the triage list's p95 in the measurement after such a pause was 11.2–18.7 ms
// against 4.4–8.2 ms in the one after a measurement of the API itself; without the reducer the
// three runs of each size were 6.3–6.4, 6.0–7.6 and 5.3–5.9 ms. The API's heap is capped
// (above), so what it keeps while idle is bounded (RSS after intake 144 MB with it off). The worker
// keeps the reducer: without it its RSS went over its 120 MB, and nobody waits on its first job.
// The bench's bare Nest+Fastify server, the API's floor, runs with these too.
export const API_FLAGS = [...HEAP_FLAGS, '--no-memory-reducer'];

// The CLI's: the small young generation only (an operator's command may need a large heap).
// `audit:verify` allocates a little garbage per entry, and with V8's default young generation
// growing up to 48 MB under that rate its RSS grew with the length of the walk (115 MB over 1M
// entries; 89 MB with this, and no slower). One thread, as the API's (above): a verify over 1M
// entries went 536k to 583k entries/s with it. package.json's cli script and docker/entrypoint.sh
// spell them out too.
export const CLI_HEAP_FLAGS = ['--max-semi-space-size=2', '--single-threaded-gc'];
