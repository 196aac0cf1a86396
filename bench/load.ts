/**
 * A small closed-loop HTTP load generator: `concurrency` keep-alive connections, each sending GET
 * after GET for `seconds`, counting only complete 200 answers. The same code drives Next and the
 * static server, so their figures compare like with like. Given several URLs (the same page on
 * several instances), connection i sends to URL i mod n: a loopback round robin.
 */
import http from 'node:http';
import { percentile } from './report';

export interface LoadFigures {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  bytes: number;
}

export async function load(
  url: string | readonly string[],
  options: { concurrency: number; seconds: number; warmupSeconds?: number },
): Promise<LoadFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  try {
    if (options.warmupSeconds) await loop(url, agent, options.concurrency, options.warmupSeconds);
    return await loop(url, agent, options.concurrency, options.seconds);
  } finally {
    agent.destroy();
  }
}

async function loop(
  url: string | readonly string[],
  agent: http.Agent,
  concurrency: number,
  seconds: number,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const began = performance.now();
  const deadline = began + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, i) => {
      const target = typeof url === 'string' ? url : url[i % url.length]!;
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const answer = await get(target, agent).catch(() => null);
        if (answer?.status === 200) {
          latencies.push(performance.now() - t0);
          bytes = answer.bytes;
        } else errors++;
      }
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: Number((latencies.length / elapsed).toFixed(1)),
    p50Ms: Number(percentile(latencies, 50).toFixed(1)),
    p95Ms: Number(percentile(latencies, 95).toFixed(1)),
    bytes,
  };
}

function get(url: string, agent: http.Agent): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}
