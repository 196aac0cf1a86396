/**
 * The baseline for page serving: a plain node:http server answering each path with fixed bytes
 * (the HTML Next rendered for it), no framework, no database. Run as its own process by
 * bench/pages.ts, which passes the port as the first argument, sends the pages as JSON on stdin
 * (path → base64 bytes) and waits for the line `listening`.
 */
import http from 'node:http';

async function main(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const pages = new Map(
    Object.entries(JSON.parse(input) as Record<string, string>).map(([p, html]) => [
      p,
      Buffer.from(html, 'base64'),
    ]),
  );
  const server = http.createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
    });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.argv[2]), '127.0.0.1', () => process.stdout.write('listening\n'));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

void main();
