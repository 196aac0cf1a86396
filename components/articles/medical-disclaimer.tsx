import { AlertIcon } from '@/components/ui/icons';

/** Under every article: education, not diagnosis; red flags mean emergency care, not a booking. */
export function MedicalDisclaimer() {
  return (
    <aside
      aria-labelledby="article-disclaimer"
      className="rounded-card border border-clay-100 bg-clay-50 p-5 sm:p-6"
    >
      <h2 id="article-disclaimer" className="flex items-center gap-2 text-xl">
        <AlertIcon className="size-6 text-clay-700" />
        Medical disclaimer
      </h2>
      <p className="mt-3">
        This article is general education. It is not a diagnosis and does not replace an examination
        by a qualified clinician who knows your history. If you are unsure whether an exercise or
        advice here suits you, ask us or your doctor first.
      </p>
      <p className="mt-3">
        <strong>Red-flag symptoms need urgent care, not an appointment:</strong> numbness in the
        groin or &ldquo;saddle&rdquo; area, new loss of bladder or bowel control, weakness in a leg
        that is getting worse, back pain with fever or feeling very unwell, or pain after a fall or
        accident. Call{' '}
        <a href="tel:911" className="font-semibold text-brand-800 underline underline-offset-4">
          911
        </a>{' '}
        or go to urgent care or the nearest emergency department straight away.
      </p>
    </aside>
  );
}
