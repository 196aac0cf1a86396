import type { ReactNode } from 'react';
import { CalendarIcon, ClockIcon, MapPinIcon, PhoneIcon } from '@/components/ui/icons';
import type { BookingView } from '@/lib/appointments/views/types';
import { formatDuration, formatPhone, formatPrice, telHref } from '@/lib/format';
import { formatSlotDateTime, formatSlotTime, zoneName } from '@/lib/time/slot-format';

const STATUS_LABELS: Record<BookingView['status'], string> = {
  booked: 'Booked',
  confirmed: 'Confirmed',
  arrived: 'Checked in',
  completed: 'Completed',
  no_show: 'Missed',
  cancelled: 'Cancelled',
};

/** What, who, when, where and price of one appointment, as a description list. */
export function AppointmentDetails({ booking, city }: { booking: BookingView; city: string }) {
  const cancelled = booking.status === 'cancelled';
  return (
    <dl className="divide-y divide-sand-200 rounded-card border border-sand-200 bg-white shadow-card">
      <Row term="What">
        {booking.service.name}
        <span className="block text-[0.95rem] font-normal text-muted">
          {formatDuration(booking.service.durationMinutes)}
        </span>
      </Row>
      <Row term="With">
        {booking.practitioner.name}
        <span className="block text-[0.95rem] font-normal text-muted">
          {booking.practitioner.title}
        </span>
      </Row>
      <Row term="When">
        <span className={`inline-flex items-start gap-2 ${cancelled ? 'line-through' : ''}`}>
          <CalendarIcon className="mt-0.5 size-5 text-brand-700" />
          <span>
            {formatSlotDateTime(booking.start, booking.timeZone)}
            <span className="block text-[0.95rem] font-normal text-muted">
              until {formatSlotTime(booking.end, booking.timeZone)}, {zoneName(booking.timeZone)} (
              {city})
            </span>
          </span>
        </span>
      </Row>
      <Row term="Where">
        <span className="inline-flex items-start gap-2">
          <MapPinIcon className="mt-0.5 size-5 text-brand-700" />
          <span>
            {booking.clinic.name}
            <span className="block font-normal">{booking.clinic.address}</span>
          </span>
        </span>
        <a
          href={telHref(booking.clinic.phone)}
          className="whitespace-nowrap mt-1 inline-flex min-h-11 items-center gap-2 font-semibold text-brand-800 underline underline-offset-4"
        >
          <PhoneIcon className="size-5" />
          {formatPhone(booking.clinic.phone)}
        </a>
      </Row>
      <Row term="Price">{formatPrice(booking.service.priceCents)}</Row>
      <Row term="Status">
        <span className="inline-flex items-center gap-2">
          <ClockIcon className="size-5 text-brand-700" />
          {STATUS_LABELS[booking.status]}
        </span>
      </Row>
    </dl>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-x-4 px-4 py-3 sm:grid-cols-[8rem_1fr] sm:px-5">
      <dt className="text-sm font-semibold text-muted sm:text-base">{term}</dt>
      <dd className="min-w-0 font-semibold text-ink">{children}</dd>
    </div>
  );
}

/** Practical notes for the visit. */
export function WhatToBring() {
  return (
    <section
      aria-labelledby="bring-heading"
      className="rounded-card border border-sand-200 bg-white p-4 sm:p-6"
    >
      <h2 id="bring-heading" className="text-xl">
        What to bring
      </h2>
      <ul className="mt-3 list-disc space-y-1.5 pl-5 text-ink">
        <li>Comfortable clothes you can move in (running kit is perfect)</li>
        <li>A list of any medicines you take</li>
        <li>Any scans, X-rays or reports about your back, hips or legs</li>
        <li>For a first visit, please arrive 10 minutes early to fill in a short form</li>
      </ul>
    </section>
  );
}
