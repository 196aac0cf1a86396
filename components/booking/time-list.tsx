import Link from 'next/link';
import type { SlotView } from '@/lib/appointments/views/types';
import {
  PART_OF_DAY_LABELS,
  formatSlotTime,
  localTime,
  partOfDay,
  type PartOfDay,
} from '@/lib/time/slot-format';

/** A day's open times grouped Morning / Afternoon / Evening; each time is a link to the next step. */
export function TimeList({
  slots,
  timeZone,
  selectedStart,
  slotHref,
}: {
  slots: readonly SlotView[];
  timeZone: string;
  selectedStart?: string;
  slotHref: (slot: SlotView) => string;
}) {
  const groups = new Map<PartOfDay, SlotView[]>();
  for (const slot of slots) {
    const part = partOfDay(localTime(slot.start, timeZone).minuteOfDay);
    groups.set(part, [...(groups.get(part) ?? []), slot]);
  }
  const selectedMs = selectedStart ? Date.parse(selectedStart) : Number.NaN;
  return (
    <div className="space-y-6">
      {(['morning', 'afternoon', 'evening'] as const).map((part) => {
        const list = groups.get(part);
        if (!list?.length) return null;
        const headingId = `times-${part}`;
        return (
          <section key={part} aria-labelledby={headingId}>
            <h3 id={headingId} className="mb-2 font-sans text-base font-semibold text-ink">
              {PART_OF_DAY_LABELS[part]}
            </h3>
            <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
              {list.map((slot) => {
                const selected = Date.parse(slot.start) === selectedMs;
                return (
                  <li key={`${slot.start}-${slot.practitionerId}`}>
                    <Link
                      href={slotHref(slot)}
                      prefetch={false}
                      aria-current={selected ? 'true' : undefined}
                      className={`flex min-h-12 items-center justify-center rounded-lg border px-1 text-[0.95rem] font-semibold whitespace-nowrap no-underline ${
                        selected
                          ? 'border-brand-800 bg-brand-800 text-white'
                          : 'border-brand-200 bg-white text-brand-900 hover:border-brand-700 hover:bg-brand-50'
                      }`}
                    >
                      {formatSlotTime(slot.start, timeZone)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
