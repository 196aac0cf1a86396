import type { ClinicContact } from '@/db/queries/clinic';
import { formatPrice } from '@/lib/format';
import { ChoiceSummary, type Choice } from './choice-summary';
import { ConfirmBooking } from './lazy-steps';
import type { FlowState } from './flow-url';

/** Step 5: everything chosen and typed, then "Confirm booking". */
export function ReviewStep({
  choices,
  clinic,
  priceCents,
  flow,
  request,
  timeZone,
  practitioners,
}: {
  choices: Choice[];
  clinic: ClinicContact;
  priceCents: number;
  flow: FlowState;
  request: { service: string; practitioner: string | null; start: string };
  timeZone: string;
  practitioners: ReadonlyArray<{ id: string; slug: string; name: string }>;
}) {
  const address = [
    clinic.addressLine1,
    clinic.addressLine2,
    clinic.city,
    `${clinic.region} ${clinic.postalCode}`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="max-w-3xl space-y-6">
      <section aria-labelledby="appointment-heading">
        <h2 id="appointment-heading" className="mb-3 text-xl">
          Your appointment
        </h2>
        <ChoiceSummary
          choices={[
            ...choices,
            { label: 'Where', value: clinic.name, detail: address },
            { label: 'Price', value: formatPrice(priceCents) },
          ]}
        />
      </section>
      <ConfirmBooking
        flow={flow}
        request={request}
        timeZone={timeZone}
        clinicPhone={clinic.phone}
        practitioners={practitioners}
      />
    </div>
  );
}
