import { formatSlotDateTime } from '@/lib/time/slot-format';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/staff/page-heading';
import { StaffPagination, pageParam, stringParam } from '@/components/staff/pagination';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listOutbox, OUTBOX_FILTERS, type OutboxFilter } from '@/db/queries/outbox';
import { requireStaff } from '@/lib/auth/guard';
import { smtpUrl } from '@/lib/email/config';
import { MessageCard, STATUS_LABELS } from './message-card';
import { controlClass } from '@/components/forms/field';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Outbox' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function filterParam(value: string): OutboxFilter {
  return (OUTBOX_FILTERS as readonly string[]).includes(value) ? (value as OutboxFilter) : 'all';
}

function outboxHref(q: { status: OutboxFilter; to: string }): string {
  const query = new URLSearchParams();
  if (q.status !== 'all') query.set('status', q.status);
  if (q.to) query.set('to', q.to);
  const qs = query.toString();
  return qs ? `/dashboard/outbox?${qs}` : '/dashboard/outbox';
}

export default async function OutboxPage({ searchParams }: Props) {
  await requireStaff(['admin']);
  const params = await searchParams;
  const status = filterParam(stringParam(params.status));
  const to = stringParam(params.to, 254).trim();
  const page = pageParam(params.page);
  const [outbox, zone] = await Promise.all([
    listOutbox({ status, page, recipient: to }),
    getClinicTimeZone(),
  ]);
  // The dashboard's one format for dates and times (the schedule's and the patient record's).
  const when = (d: Date) => formatSlotDateTime(d.toISOString(), zone);
  const local = smtpUrl() === null;
  const tab = (value: OutboxFilter) => {
    const label = value === 'all' ? 'All' : STATUS_LABELS[value];
    const count = value === 'all' ? outbox.all : (outbox.byStatus[value] ?? 0);
    return (
      <Link
        key={value}
        href={outboxHref({ status: value, to })}
        aria-current={status === value ? 'page' : undefined}
        className={`rounded-full px-4 py-1.5 font-semibold no-underline ${status === value ? 'bg-brand-800 text-white' : 'border border-brand-800 text-brand-800'}`}
      >
        {label} ({count})
      </Link>
    );
  };

  return (
    <>
      <PageHeading title="Outbox">
        Every e-mail the clinic sends: confirmations, changes, reminders and new-booking notices.{' '}
        {local
          ? 'No SMTP server is configured, so messages are delivered to this local mailbox instead of being e-mailed.'
          : 'Messages are sent by SMTP.'}{' '}
        A message that keeps failing stops after its last attempt and waits here for a retry.
      </PageHeading>
      <form
        role="search"
        action="/dashboard/outbox"
        className="mb-4 flex flex-wrap items-end gap-3"
      >
        {status !== 'all' ? <input type="hidden" name="status" value={status} /> : null}
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="outbox-recipient" className="block font-semibold">
            Recipient e-mail
          </label>
          <input
            id="outbox-recipient"
            name="to"
            type="search"
            defaultValue={to}
            autoComplete="off"
            className={controlClass()}
          />
        </div>
        <button type="submit" className={buttonClasses({ variant: 'primary', size: 'sm' })}>
          Search
        </button>
      </form>
      <nav aria-label="Message status" className="mb-4 flex flex-wrap gap-2">
        {OUTBOX_FILTERS.map(tab)}
      </nav>
      <p role="status" className="mb-3 text-[0.95rem] text-muted">
        {outbox.total} message{outbox.total === 1 ? '' : 's'}
        {to ? ` to addresses containing “${to}”` : ''}, newest first
      </p>
      {outbox.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-center text-muted">
          No messages here.
        </p>
      ) : (
        <ul className="space-y-3">
          {outbox.rows.map((row) => (
            <li key={row.id}>
              <MessageCard row={row} when={when} />
            </li>
          ))}
        </ul>
      )}
      <StaffPagination
        basePath="/dashboard/outbox"
        params={{ status: status === 'all' ? undefined : status, to: to || undefined }}
        page={page}
        total={outbox.total}
        pageSize={outbox.pageSize}
      />
    </>
  );
}
