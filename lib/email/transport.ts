import nodemailer from 'nodemailer';
import { assertRecipient } from './address';
import { smtpUrl } from './config';

export interface OutgoingMessage {
  /** The outbox id: also the Message-ID's local part, so a receiving server can spot a duplicate. */
  id: string;
  from: { name: string; address: string };
  replyTo: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  invite: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string } | null;
}

export interface Transport {
  /** 'smtp' or 'local' (the local mailbox: recorded as delivered, read in the dashboard). */
  readonly name: 'smtp' | 'local';
  send(message: OutgoingMessage): Promise<{ messageId: string }>;
  close(): void;
}

/** A refusal that a retry cannot fix (a 5xx answer, an address the server rejects). */
export class PermanentDeliveryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentDeliveryError';
  }
}

function compose(m: OutgoingMessage) {
  const domain = m.from.address.split('@')[1] ?? 'localhost';
  return {
    messageId: `<${m.id}@${domain}>`,
    // Address objects, never strings we glued together: nodemailer encodes the display name.
    from: { name: m.from.name, address: assertRecipient(m.from.address) },
    replyTo: assertRecipient(m.replyTo),
    to: assertRecipient(m.to),
    subject: m.subject.replace(/\p{Cc}+/gu, ' '),
    text: m.text,
    html: m.html,
    headers: { 'Auto-Submitted': 'auto-generated' },
    // nodemailer adds it both as a text/calendar alternative (what calendar-aware clients read)
    // and as an invite.ics attachment.
    ...(m.invite
      ? {
          icalEvent: { method: m.invite.method, filename: 'invite.ics', content: m.invite.content },
        }
      : {}),
  };
}

/** nodemailer's error for "the server said 5xx": permanent; anything else (no connection, 4xx) may pass later. */
function classify(error: unknown): Error {
  const code =
    typeof error === 'object' && error && 'responseCode' in error
      ? Number(error.responseCode)
      : NaN;
  const message = error instanceof Error ? error.message : String(error);
  if (code >= 500 && code < 600) return new PermanentDeliveryError(message, { cause: error });
  return error instanceof Error ? error : new Error(message);
}

export function smtpTransport(url: string): Transport {
  const mailer = nodemailer.createTransport({
    url,
    // Well inside the claim's lease (OUTBOX_LEASE_SECONDS), so a hung server fails an attempt
    // instead of leaving the message "sending" until the lease runs out.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    name: 'smtp',
    async send(m) {
      try {
        const info = await mailer.sendMail(compose(m));
        return { messageId: info.messageId };
      } catch (error) {
        throw classify(error);
      }
    },
    close: () => mailer.close(),
  };
}

/**
 * Without SMTP_URL: builds the same MIME message (so a message that could not be sent fails here
 * too) and records it as delivered; the dashboard's Outbox page is the mailbox.
 */
export function localMailboxTransport(): Transport {
  const mailer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  });
  return {
    name: 'local',
    async send(m) {
      const info = await mailer.sendMail(compose(m));
      return { messageId: info.messageId };
    },
    close: () => mailer.close(),
  };
}

export function defaultTransport(): Transport {
  const url = smtpUrl();
  return url ? smtpTransport(url) : localMailboxTransport();
}
