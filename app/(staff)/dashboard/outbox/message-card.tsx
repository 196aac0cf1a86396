import type { OutboxListRow } from '@/db/queries/outbox';
import type { OutboxKind, OutboxStatus } from '@/db/schema';
import { previewMessage } from '@/lib/email/preview';
import { RetryButton } from './retry-button';

export const KIND_LABELS: Record<OutboxKind, string> = {
  confirmation: 'Booking confirmation',
  reschedule: 'Reschedule',
  cancellation: 'Cancellation',
  reminder: 'Reminder',
  clinic_new_booking: 'New-booking notice (clinic)',
  staff_invitation: 'Staff invitation',
  staff_password_reset: 'Staff password reset',
  waitlist_joined: 'Waitlist: joined',
  waitlist_offer: 'Waitlist: time offered',
  care_plan: 'Care plan',
};

export const STATUS_LABELS: Record<OutboxStatus, string> = {
  pending: 'Waiting',
  sending: 'Sending',
  sent: 'Sent',
  dead: 'Failed',
  void: 'Not needed',
};

const STATUS_STYLES: Record<OutboxStatus, string> = {
  pending: 'border-sand-200 bg-sand-50 text-ink',
  sending: 'border-brand-200 bg-brand-50 text-ink',
  sent: 'border-brand-800 bg-brand-50 text-brand-900',
  dead: 'border-clay-700 bg-clay-50 text-clay-800',
  void: 'border-sand-200 bg-white text-muted',
};

/** One message: who it is to, what it is, where it stands, and what it says. */
export function MessageCard({ row, when }: { row: OutboxListRow; when: (d: Date) => string }) {
  const preview = previewMessage(row);
  const headingId = `outbox-${row.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-sand-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 flex-1 basis-80">
          <h2 id={headingId} className="font-sans text-lg font-semibold break-words text-ink">
            {row.subject}
          </h2>
          <p className="mt-1">
            <span
              className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STATUS_STYLES[row.status]}`}
            >
              {STATUS_LABELS[row.status]}
            </span>{' '}
            <span className="text-sm text-muted">{KIND_LABELS[row.kind]}</span>
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-[0.95rem] sm:grid-cols-[auto_1fr]">
            <dt className="text-muted">To</dt>
            <dd className="break-all">{row.recipient}</dd>
            <dt className="text-muted">Attempts</dt>
            <dd>
              {row.attempts} of {row.maxAttempts}
            </dd>
            <dt className="text-muted">Written</dt>
            <dd>{when(row.createdAt)}</dd>
            {row.sentAt ? (
              <>
                <dt className="text-muted">Sent at</dt>
                <dd>
                  {when(row.sentAt)}
                  {row.transport === 'local'
                    ? ' (local mailbox)'
                    : row.transport === 'smtp'
                      ? ' (SMTP)'
                      : ''}
                </dd>
              </>
            ) : null}
            {row.status === 'pending' ? (
              <>
                <dt className="text-muted">
                  {row.kind === 'reminder' && row.attempts === 0 ? 'Goes out' : 'Next attempt'}
                </dt>
                <dd>{when(row.nextAttemptAt)}</dd>
              </>
            ) : null}
            {row.lastError ? (
              <>
                <dt className="text-muted">{row.status === 'void' ? 'Why' : 'Last error'}</dt>
                <dd className="break-words">{row.lastError}</dd>
              </>
            ) : null}
          </dl>
          {preview.manageUrl ? (
            <p className="mt-2 text-[0.95rem]">
              <a href={preview.manageUrl} rel="noreferrer">
                {row.kind.startsWith('staff_')
                  ? 'Open the link in this e-mail'
                  : row.kind === 'care_plan'
                    ? 'Open the patient’s plan link'
                    : 'Open the patient’s manage link'}
              </a>
            </p>
          ) : null}
        </div>
        {row.status === 'dead' ? <RetryButton messageId={row.id} subject={row.subject} /> : null}
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-brand-800">Message text</summary>
        <pre className="mt-2 overflow-x-auto rounded-lg bg-sand-50 p-3 font-mono text-sm whitespace-pre-wrap">
          {preview.text}
        </pre>
        {row.ics ? (
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-800">Calendar invitation (.ics)</summary>
            <pre className="mt-2 overflow-x-auto rounded-lg bg-sand-50 p-3 font-mono text-xs">
              {row.ics}
            </pre>
          </details>
        ) : null}
      </details>
    </article>
  );
}
