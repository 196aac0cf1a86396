import type { Metadata } from 'next';
import Link from 'next/link';
import { formatSlotDateTime } from '@/lib/time/slot-format';
import { PageHeading } from '@/components/staff/page-heading';
import { StaffPagination, pageParam, stringParam } from '@/components/staff/pagination';
import { buttonClasses } from '@/components/ui/button';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listCallbackRequests, type InboxRow } from '@/db/queries/messages';
import { requireStaff } from '@/lib/auth/guard';
import { CALLBACK_STATUS_LABELS } from '@/lib/messages/callback-status';
import { displayPhone } from '@/lib/phone';
import { PREFERRED_TIMES } from '@/lib/validations/callback';
import { CallbackStepForm } from './callback-step-form';

export const metadata: Metadata = { title: 'Messages' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MessagesPage({ searchParams }: Props) {
  await requireStaff(['admin', 'front_desk']);
  const params = await searchParams;
  const tab = stringParam(params.status) === 'done' ? 'done' : 'open';
  const page = pageParam(params.page);
  const [inbox, zone] = await Promise.all([
    listCallbackRequests({ tab, page }),
    getClinicTimeZone(),
  ]);
  const when = (d: Date) => formatSlotDateTime(d.toISOString(), zone);
  const tabLink = (value: 'open' | 'done', label: string) => (
    <Link
      href={value === 'open' ? '/dashboard/messages' : '/dashboard/messages?status=done'}
      aria-current={tab === value ? 'page' : undefined}
      className={`rounded-full px-4 py-1.5 font-semibold no-underline ${tab === value ? 'bg-brand-800 text-white' : 'border border-brand-800 text-brand-800'}`}
    >
      {label}
    </Link>
  );

  return (
    <>
      <PageHeading title="Messages">
        Call-back requests from the contact page. We promise a call within one working day, during
        opening hours.
      </PageHeading>
      <nav aria-label="Message status" className="mb-4 flex gap-2">
        {tabLink('open', 'To do')}
        {tabLink('done', 'Booked or closed')}
      </nav>
      <p role="status" className="mb-3 text-[0.95rem] text-muted">
        {inbox.total} request{inbox.total === 1 ? '' : 's'}
        {tab === 'open' ? ' to do, oldest first' : ' booked or closed, most recent first'}
      </p>
      {inbox.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-center text-muted">
          {tab === 'open' ? 'Nothing waiting.' : 'No booked or closed requests yet.'}
        </p>
      ) : (
        <ul className="space-y-3">
          {inbox.rows.map((r) => (
            <li key={r.id} className="rounded-xl border border-sand-200 bg-white p-4">
              <CallbackCard r={r} when={when} />
            </li>
          ))}
        </ul>
      )}
      <StaffPagination
        basePath="/dashboard/messages"
        params={{ status: tab === 'done' ? 'done' : undefined }}
        page={page}
        total={inbox.total}
        pageSize={inbox.pageSize}
      />
    </>
  );
}

function CallbackCard({ r, when }: { r: InboxRow; when: (d: Date) => string }) {
  return (
    <article aria-labelledby={`msg-${r.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 basis-72">
          <h2 id={`msg-${r.id}`} className="font-sans text-lg font-semibold text-ink">
            {r.name}{' '}
            <span
              className={`ml-1 inline-block rounded-full border px-2 py-0.5 align-middle text-xs font-semibold ${r.status === 'new' ? 'border-clay-700 bg-clay-50 text-clay-800' : 'border-sand-300 bg-sand-50 text-ink'}`}
            >
              {CALLBACK_STATUS_LABELS[r.status]}
            </span>
          </h2>
          <p className="text-sm text-muted">Received {when(r.createdAt)}</p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-[0.95rem] sm:grid-cols-[auto_1fr]">
            {r.phone ? (
              <>
                <dt className="text-muted">Phone</dt>
                <dd>
                  <a href={`tel:${r.phone.replace(/[^0-9+]/g, '')}`}>{displayPhone(r.phone)}</a>
                </dd>
              </>
            ) : null}
            {r.email ? (
              <>
                <dt className="text-muted">E-mail</dt>
                <dd className="break-all">
                  <a href={`mailto:${r.email}`}>{r.email}</a>
                </dd>
              </>
            ) : null}
            <dt className="text-muted">Best time</dt>
            <dd>{PREFERRED_TIMES[r.preferredTime]}</dd>
          </dl>
          {r.message ? (
            <p className="mt-2 rounded-lg bg-sand-50 p-3 whitespace-pre-wrap">{r.message}</p>
          ) : null}
        </div>
        <div className="flex flex-col items-end gap-2">
          {r.appointmentId ? (
            <Link href={`/dashboard/appointments/${r.appointmentId}`} prefetch={false}>
              Open the booking
            </Link>
          ) : (
            <Link
              href={`/dashboard/schedule?caller=${r.id}`}
              prefetch={false}
              className={buttonClasses({ variant: 'cta', size: 'sm' })}
            >
              Book this caller
            </Link>
          )}
          {!r.appointmentId && r.status !== 'closed' ? (
            <Link href={`/dashboard/waitlist?caller=${r.id}`} prefetch={false}>
              Add to the waitlist
            </Link>
          ) : null}
        </div>
      </div>
      {r.history.length > 0 ? (
        <ol
          aria-label={`What happened with ${r.name}’s request`}
          className="mt-3 space-y-1 text-sm"
        >
          {r.history.map((h) => (
            <li key={h.id}>
              <span className="text-muted">{when(h.createdAt)}</span> ·{' '}
              <span className="font-semibold">{h.staffName ?? 'A former staff member'}</span>
              {h.status ? ` set it to ${CALLBACK_STATUS_LABELS[h.status].toLowerCase()}` : ' noted'}
              {h.body ? (
                <>
                  : <span className="whitespace-pre-wrap">{h.body}</span>
                </>
              ) : (
                '.'
              )}
            </li>
          ))}
        </ol>
      ) : null}
      <CallbackStepForm requestId={r.id} status={r.status} name={r.name} />
    </article>
  );
}
