import { Card } from '@/components/ui/card';
import { CheckIcon } from '@/components/ui/icons';
import type { PaymentSettings } from '@/db/queries/clinic';

/** Insurance, superbills and ways to pay, as the clinic's admins set them. */
export function InsuranceSection({ payment }: { payment: PaymentSettings }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card as="section">
        <h2 className="text-2xl sm:text-3xl">Insurance</h2>
        {payment.insuranceNote ? <p className="mt-3">{payment.insuranceNote}</p> : null}
        {payment.insurers.length > 0 ? (
          <>
            <h3 className="mt-5 font-sans text-base font-semibold">Plans we are in network with</h3>
            <ul className="mt-2 space-y-2">
              {payment.insurers.map((name) => (
                <li key={name} className="flex gap-2">
                  <CheckIcon className="mt-1 size-5 text-brand-700" />
                  {name}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-3">We don’t bill insurance directly at the moment.</p>
        )}
        {payment.offersSuperbills ? (
          <>
            <h3 className="mt-5 font-sans text-base font-semibold">
              Plan not listed? Ask for a superbill
            </h3>
            <p className="mt-2">
              Pay at your visit and we will give you a superbill: an itemized receipt with the codes
              your insurer needs to consider an out-of-network claim. Whether and how much they pay
              back depends on your plan, so check your out-of-network benefits first.
            </p>
          </>
        ) : null}
      </Card>

      <Card as="section">
        <h2 className="text-2xl sm:text-3xl">Paying</h2>
        {payment.paymentMethods.length > 0 ? (
          <>
            <p className="mt-3">Payment is due at each visit. We accept:</p>
            <ul className="mt-2 space-y-2">
              {payment.paymentMethods.map((method) => (
                <li key={method} className="flex gap-2">
                  <CheckIcon className="mt-1 size-5 text-brand-700" />
                  {method}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-3">Call us to ask how to pay.</p>
        )}
        <h3 className="mt-5 font-sans text-base font-semibold">Changing or canceling</h3>
        <p className="mt-2">
          You can move or cancel an appointment online up to {payment.cancellationCutoffHours} hours
          before it starts, using the link in your confirmation e-mail. After that, please call us.
        </p>
      </Card>
    </div>
  );
}
