import { PhoneIcon } from '@/components/ui/icons';
import { formatPhone, telHref } from '@/lib/format';

/**
 * Shown instead of any way to book when a red-flag symptom is ticked (and when the server refuses
 * a booking for one). Plain markup, no hooks: server and client components both render it.
 */
export function RedFlagGuidance({ clinicPhone, id }: { clinicPhone: string; id?: string }) {
  return (
    <div
      id={id}
      role="alert"
      className="rounded-card border-2 border-clay-700 bg-clay-50 p-4 sm:p-6"
    >
      <h2 className="font-sans text-xl font-bold text-clay-800">
        These symptoms need to be checked today
      </h2>
      <p className="mt-2 text-ink">
        Please don’t wait for a chiropractic appointment: online booking is turned off for these
        symptoms.
      </p>
      <ul className="mt-3 list-disc space-y-2 pl-5 text-ink">
        <li>
          <strong>Call 911 or go to the nearest emergency department now</strong> if you have
          numbness in the groin or saddle area, new trouble controlling your bladder or bowel, or
          leg weakness that is getting worse.
        </li>
        <li>
          For <strong>fever with back pain</strong> or{' '}
          <strong>pain after a fall, crash or accident</strong>, go to an urgent care clinic or an
          emergency department today.
        </li>
      </ul>
      <div className="mt-4 flex flex-col gap-3 sm:flex-row">
        <a
          href="tel:911"
          className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-clay-700 px-6 py-3 font-semibold text-white no-underline hover:bg-clay-800"
        >
          <PhoneIcon className="size-5" /> Call 911
        </a>
        <a
          href={telHref(clinicPhone)}
          className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full border-2 border-brand-800 px-6 py-3 font-semibold text-brand-800 no-underline hover:bg-brand-50"
        >
          <PhoneIcon className="size-5" /> Call the clinic: {formatPhone(clinicPhone)}
        </a>
      </div>
      <p className="mt-3 text-[0.95rem] text-muted">
        Not sure where to go? Call us and we’ll help you decide. Once you’ve been checked, we’re
        glad to see you.
      </p>
    </div>
  );
}
