// The Node flags the API and the worker run with, wherever they are started from this repository
// (`npm start`, the benchmarks; package.json's start:api and start:worker and docker/entrypoint.sh
// spell the same flags out). A small young generation and a capped heap keep the API near 150 MB
// and the worker near 120 MB under load (bench/README.md, memory scenario); uploads are Buffers,
// outside the heap.
export const HEAP_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=128'];

// The CLI's: the small young generation only (an operator's command may need a large heap).
// `audit:verify` allocates a little garbage per entry, and with V8's default young generation
// growing up to 48 MB under that rate its RSS grew with the length of the walk (115 MB over 1M
// entries; 89 MB with this, and no slower). package.json's cli script and docker/entrypoint.sh
// spell it out too.
export const CLI_HEAP_FLAGS = ['--max-semi-space-size=2'];
