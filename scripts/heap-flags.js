// The Node flags the API and the worker run with, wherever they are started from this repository
// (`npm start`, the benchmarks; package.json's start:api and start:worker and docker/entrypoint.sh
// spell the same flags out). A small young generation and a capped heap keep the API near 150 MB
// and the worker near 120 MB under load (bench/README.md, memory scenario); uploads are Buffers,
// outside the heap.
export const HEAP_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=128'];
