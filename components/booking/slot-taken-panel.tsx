import Link from 'next/link';
import type { SlotView } from '@/lib/appointments/views/types';
import { flowHref, type FlowState } from './flow-url';
import { formatSlotDateTime } from '@/lib/time/slot-format';

/** "Sorry, that time was just taken": the next open times as buttons, nothing to retype. */
export function SlotTakenPanel({
  title = 'Sorry, that time was just taken by someone else',
  message,
  alternatives,
  practitioners,
  flow,
  timeZone,
  pending,
  onPick,
}: {
  title?: string;
  /** Why, when it is not simply taken (too soon, the clinic closed …). */
  message?: string;
  alternatives: readonly SlotView[];
  practitioners: ReadonlyArray<{ id: string; slug: string; name: string }>;
  flow: FlowState;
  timeZone: string;
  pending: boolean;
  onPick: (slot: SlotView) => void;
}) {
  return (
    <div className="rounded-card border-2 border-clay-700 bg-clay-50 p-4 sm:p-6">
      <h2 className="font-sans text-xl font-bold text-clay-800">{title}</h2>
      {message ? <p className="mt-2 text-ink">{message}</p> : null}
      {alternatives.length > 0 ? (
        <>
          <p className="mt-2 text-ink">
            These times are still free. Pick one and check it again before you confirm: your details
            are kept.
          </p>
          <ul className="mt-4 grid gap-2 sm:grid-cols-2">
            {alternatives.map((slot) => {
              const who = practitioners.find((p) => p.id === slot.practitionerId);
              return (
                <li key={`${slot.start}-${slot.practitionerId}`}>
                  <button
                    type="button"
                    onClick={() => onPick(slot)}
                    disabled={pending}
                    className="flex min-h-12 w-full cursor-pointer flex-col items-start justify-center rounded-lg border border-brand-700 bg-white px-4 py-2 text-left font-semibold text-brand-900 hover:bg-brand-50 disabled:cursor-wait"
                  >
                    {formatSlotDateTime(slot.start, timeZone, false)}
                    {who && flow.practitioner !== 'any' && who.slug !== flow.practitioner ? (
                      <span className="text-[0.95rem] font-normal text-muted">with {who.name}</span>
                    ) : null}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-ink">No other times are free nearby. Please choose another day.</p>
      )}
      <Link
        href={flowHref({ ...flow, start: undefined, step: undefined })}
        className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
      >
        See all open times
      </Link>
    </div>
  );
}
