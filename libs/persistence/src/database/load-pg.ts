// node-postgres for a process that starts, connects once and exits (`audit:verify`), where start-up
// is part of what the operator waits for.

type Pg = typeof import('pg').default;

/**
 * Imports node-postgres without its Cloudflare probe. When it loads, pg asks whether it runs in a
 * Cloudflare Worker: by `navigator.userAgent`, or where there is no `navigator` (Node 20) by
 * constructing a fetch `Response`, which makes Node load undici, about 30 ms of start-up spent on
 * nothing this process uses. So where Node has no `navigator`, one that names Node is defined for
 * the import and removed after it; on Node 21 and later Node's own answers the probe.
 */
export async function loadPg(): Promise<Pg> {
  const global = globalThis as { navigator?: unknown };
  if (global.navigator !== undefined) return (await import('pg')).default;
  Object.defineProperty(globalThis, 'navigator', {
    value: { userAgent: `Node.js/${process.versions.node}` },
    configurable: true,
    writable: true,
  });
  try {
    return (await import('pg')).default;
  } finally {
    delete global.navigator;
  }
}
