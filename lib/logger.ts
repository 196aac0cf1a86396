/**
 * Structured one-line JSON logs. Only pass identifiers and codes: never patient names, e-mails,
 * phone numbers, intake text or query parameters. Errors are reduced to their name, code and message.
 */
type Fields = Record<string, unknown>;

function describe(error: unknown): Fields {
  if (!(error instanceof Error)) return { error: String(error) };
  const code = (error as { code?: unknown }).code;
  // Drizzle wraps driver errors and puts the SQL and its parameters in the message: keep the cause only.
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) return { error: cause.name, code: (cause as { code?: unknown }).code, message: cause.message };
  return { error: error.name, code, message: error.message.split('\n')[0]?.slice(0, 200) };
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
