/**
 * Structured one-line JSON logs. Only pass identifiers and codes: never patient names, e-mails,
 * phone numbers, intake text or query parameters. Errors are reduced to their name, code and message.
 */
type Fields = Record<string, unknown>;

/**
 * A database message without the values some of them quote (`invalid input syntax for type uuid:
 * "…"`) and without the SQL and parameters drizzle puts in its own ("Failed query: … params: …").
 */
export function safeErrorText(message: string): string {
  const firstLine = message.startsWith('Failed query:')
    ? '[query text and parameters removed]'
    : (message.split('\n')[0] ?? '');
  return firstLine.replace(/:\s*".*$/s, ': "[value removed]"').slice(0, 200);
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error && 'code' in error ? error.code : undefined;
}

/** An error as log fields (`errorMessage`, so the log line's own `message` is never replaced). */
function describe(error: unknown): Fields {
  if (!(error instanceof Error)) return { error: safeErrorText(String(error)) };
  // Drizzle wraps driver errors and puts the SQL and its parameters in the message: keep the cause only.
  const cause = (error as { cause?: unknown }).cause;
  const shown = cause instanceof Error ? cause : error;
  return { error: shown.name, code: errorCode(shown), errorMessage: safeErrorText(shown.message) };
}

function write(level: 'info' | 'warn' | 'error', message: string, fields: Fields = {}): void {
  const { error, ...rest } = fields;
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    message,
    ...rest,
    ...(error === undefined ? {} : describe(error)),
  });
  if (level === 'error') console.error(line);
  else console.log(line);
}

export const logger = {
  info: (message: string, fields?: Fields) => write('info', message, fields),
  warn: (message: string, fields?: Fields) => write('warn', message, fields),
  error: (message: string, fields?: Fields) => write('error', message, fields),
};

const QUERY_TEXT = /Failed query:|params:/;

function carriesQuery(error: Error): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    if (QUERY_TEXT.test(e.message) || 'params' in e || 'query' in e) return true;
    e = e.cause;
  }
  return false;
}

/** An error as Next would print it, minus the SQL and its parameters: name, code, message, frames. */
function scrubbedError(error: Error): string {
  const { error: name, code, errorMessage: message } = describe(error);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const digest = (error as { digest?: unknown }).digest;
  return [
    `${String(name)}${code ? ` [${String(code)}]` : ''}: ${String(message)}${digest ? ` (digest ${String(digest)})` : ''}`,
    ...frames,
  ].join('\n');
}

function scrubArgument(arg: unknown): unknown {
  if (arg instanceof Error) return carriesQuery(arg) ? scrubbedError(arg) : arg;
  if (typeof arg === 'string' && QUERY_TEXT.test(arg))
    return arg.replace(
      /Failed query:[\s\S]*$|params:[\s\S]*$/,
      '[query text and parameters removed]',
    );
  return arg;
}

/**
 * Next.js prints errors from pages and routes itself (console.error with the whole error), and a
 * drizzle error's message holds the SQL and every parameter — patient names and e-mails included.
 * Installed once per server process (instrumentation.ts) so no console line ever carries them.
 */
export function installConsoleScrubber(): void {
  const marker = Symbol.for('clinic.consoleScrubbed');
  const target = console as unknown as Record<symbol, boolean | undefined>;
  if (target[marker]) return;
  target[marker] = true;
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => original(...args.map(scrubArgument));
  }
}
