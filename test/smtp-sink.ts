import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  raw: string;
  /** The outbox id from the Message-ID header (<id@domain>). */
  outboxId: string | null;
}

/**
 * A real SMTP server on 127.0.0.1 for tests: it keeps what it receives, can be stopped (the next
 * connection is refused) and started again on the same port, and can refuse recipients with 550.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Addresses answered with "550 mailbox unavailable". */
  readonly reject = new Set<string>();
  port = 0;
  private server: SMTPServer | null = null;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.reject.has(address.address.toLowerCase())) {
          const error = Object.assign(new Error('mailbox unavailable'), { responseCode: 550 });
          callback(error);
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const id = /^Message-ID:\s*<([0-9a-f-]{36})@/im.exec(raw)?.[1] ?? null;
          this.received.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            raw,
            outboxId: id,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** How many times each outbox id arrived. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mail of this.received)
      if (mail.outboxId) counts.set(mail.outboxId, (counts.get(mail.outboxId) ?? 0) + 1);
    return counts;
  }
}

/** Undoes quoted-printable (soft breaks and =XX) so tests can search a body for a link. */
export function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
