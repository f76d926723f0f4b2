import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { freePort } from './redis-server.js';

/** Where the server binaries are: TEST_PG_BINDIR, else the newest /usr/lib/postgresql/<v>/bin. */
function binDir(): string {
  if (process.env.TEST_PG_BINDIR) return process.env.TEST_PG_BINDIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const [newest] = versions;
  if (newest === undefined) {
    throw new Error('no PostgreSQL server binaries found: set TEST_PG_BINDIR');
  }
  return join(root, newest, 'bin');
}

/**
 * initdb and postgres refuse to run as root: as root, the cluster belongs to the `postgres` system
 * user (or `nobody`), and the server runs as that user.
 */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n');
  for (const name of ['postgres', 'nobody']) {
    const fields = passwd.find((line) => line.startsWith(`${name}:`))?.split(':');
    if (fields) return { uid: Number(fields[2]), gid: Number(fields[3]) };
  }
  throw new Error('running as root and no postgres or nobody user to run PostgreSQL as');
}

export type StopMode = 'fast' | 'immediate';

/**
 * A private PostgreSQL cluster in a temporary directory on its own port, for tests that stop and
 * restart the database under load. The shared server on 5432 is never touched. Trust
 * authentication for local TCP connections, like the shared one.
 */
export class PrivatePostgres {
  private process?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly bin: string,
    private readonly user: { uid: number; gid: number } | undefined,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'candor-pg-'));
    const user = serverUser();
    if (user) chownSync(dir, user.uid, user.gid);
    const bin = binDir();
    execFileSync(
      join(bin, 'initdb'),
      ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'],
      { stdio: 'ignore', ...user },
    );
    const server = new PrivatePostgres(await freePort(), dir, bin, user);
    await server.resume();
    return server;
  }

  /** A URL as the superuser for `database`. */
  url(database: string, user = 'postgres'): string {
    return `postgres://${user}@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server (again) and resolves when it accepts connections. */
  async resume(): Promise<void> {
    const proc = spawn(
      join(this.bin, 'postgres'),
      [
        '-D',
        join(this.dir, 'data'),
        '-p',
        String(this.port),
        '-k',
        this.dir,
        '-c',
        'listen_addresses=127.0.0.1',
        // The data only has to survive the server process, not the machine: the kernel keeps what
        // was written. Commits stay synchronous, so an acknowledged report is on disk before the
        // answer, which is what a test of "nothing acknowledged is lost" needs.
        '-c',
        'fsync=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'max_connections=60',
      ],
      { stdio: 'ignore', ...this.user },
    );
    this.process = proc;
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`postgres exited with ${proc.exitCode}`);
      const probe = new Client({ connectionString: this.url('postgres') });
      try {
        await probe.connect();
        await probe.query('SELECT 1');
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(50);
      } finally {
        await probe.end().catch(() => undefined);
      }
    }
  }

  /**
   * Stops the server as `pg_ctl stop -m fast` (SIGINT: sessions are terminated, then a clean
   * shutdown) or `-m immediate` (SIGQUIT: everything ends at once, recovery on the next start).
   */
  async stop(mode: StopMode): Promise<void> {
    const proc = this.process;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill(mode === 'fast' ? 'SIGINT' : 'SIGQUIT');
    await exited;
  }

  /** Stops the server and deletes the cluster. */
  async destroy(): Promise<void> {
    await this.stop('immediate');
    rmSync(this.dir, { recursive: true, force: true });
  }
}
