import { DateTime } from 'luxon';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/staff/page-heading';
import { StaffPagination, pageParam, stringParam } from '@/components/staff/pagination';
import { getClinicTimeZone } from '@/db/queries/clinic';
import { listCallbackRequests } from '@/db/queries/messages';
import { requireStaff } from '@/lib/auth/guard';
import { PREFERRED_TIMES } from '@/lib/validations/callback';
import { HandledButton } from './handled-button';

export const metadata: Metadata = { title: 'Messages' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MessagesPage({ searchParams }: Props) {
  await requireStaff(['admin', 'front_desk']);
  const params = await searchParams;
  const status = stringParam(params.status) === 'handled' ? 'handled' : 'new';
  const page = pageParam(params.page);
  const [inbox, zone] = await Promise.all([
    listCallbackRequests({ status, page }),
    getClinicTimeZone(),
  ]);
  const when = (d: Date) => DateTime.fromJSDate(d, { zone }).toFormat('ccc d LLL, h:mm a');
  const tab = (value: 'new' | 'handled', label: string) => (
    <Link
      href={value === 'new' ? '/dashboard/messages' : '/dashboard/messages?status=handled'}
      aria-current={status === value ? 'page' : undefined}
      className={`rounded-full px-4 py-1.5 font-semibold no-underline ${status === value ? 'bg-brand-800 text-white' : 'border border-brand-800 text-brand-800'}`}
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
        {tab('new', 'New')}
        {tab('handled', 'Handled')}
      </nav>
      <p role="status" className="mb-3 text-[0.95rem] text-muted">
        {inbox.total} {status} request{inbox.total === 1 ? '' : 's'}
        {status === 'new' ? ', oldest first' : ', most recently handled first'}
      </p>
      {inbox.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-center text-muted">
          {status === 'new' ? 'Nothing waiting. ' : ''}No {status} requests.
        </p>
      ) : (
        <ul className="space-y-3">
          {inbox.rows.map((r) => (
            <li key={r.id} className="rounded-xl border border-sand-200 bg-white p-4">
              <article
                aria-labelledby={`msg-${r.id}`}
                className="flex flex-wrap items-start justify-between gap-4"
              >
                <div className="min-w-0 flex-1 basis-72">
                  <h2 id={`msg-${r.id}`} className="font-sans text-lg font-semibold text-ink">
                    {r.name}
                  </h2>
                  <p className="text-sm text-muted">Received {when(r.createdAt)}</p>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-[0.95rem] sm:grid-cols-[auto_1fr]">
                    {r.phone ? (
                      <>
                        <dt className="text-muted">Phone</dt>
                        <dd>
                          <a href={`tel:${r.phone.replace(/[^0-9+]/g, '')}`}>{r.phone}</a>
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
                    <p className="mt-2 whitespace-pre-wrap rounded-lg bg-sand-50 p-3">
                      {r.message}
                    </p>
                  ) : null}
                  {r.status === 'handled' && r.handledAt ? (
                    <p className="mt-2 text-sm">
                      Handled by {r.handledByName ?? 'a former staff member'} on {when(r.handledAt)}
                    </p>
                  ) : null}
                </div>
                <HandledButton requestId={r.id} handled={r.status === 'handled'} name={r.name} />
              </article>
            </li>
          ))}
        </ul>
      )}
      <StaffPagination
        basePath="/dashboard/messages"
        params={{ status: status === 'handled' ? 'handled' : undefined }}
        page={page}
        total={inbox.total}
        pageSize={inbox.pageSize}
      />
    </>
  );
}
