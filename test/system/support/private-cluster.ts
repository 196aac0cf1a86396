import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

/**
 * A throwaway PostgreSQL cluster these tests may stop and start at will (never the shared server).
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, in a temporary
 * directory that user owns. Trust authentication, TCP on 127.0.0.1:`port`, socket in the temp dir.
 */
export class PrivateCluster {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'clinic-pg-'));
  private readonly data = path.join(this.dir, 'data');
  private readonly asRoot = process.getuid?.() === 0;

  constructor(readonly port: number) {}

  get serverUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private async tool(name: string, args: string[]): Promise<string> {
    const file = path.join(BIN, name);
    const [command, argv] = this.asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
    const { stdout } = await run(command, argv, { cwd: this.dir, timeout: 60_000 });
    return stdout;
  }

  async init(): Promise<void> {
    if (this.asRoot) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      chownSync(this.dir, Number(stdout.trim()), Number(gid.trim()));
    }
    chmodSync(this.dir, 0o700);
    await this.tool('initdb', ['-D', this.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    await this.start();
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    await this.tool('pg_ctl', ['-D', this.data, '-o', options, '-l', path.join(this.dir, 'server.log'), '-w', 'start']);
  }

  /** Fast shutdown: open sessions are cut off mid-transaction, as in a failover or an OOM kill. */
  async stop(): Promise<void> {
    await this.tool('pg_ctl', ['-D', this.data, '-m', 'fast', '-w', 'stop']);
  }

  async remove(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
