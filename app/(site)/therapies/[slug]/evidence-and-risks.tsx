import type { ServiceDetail } from '@/db/queries/services';

/**
 * What the evidence says, who should not have the therapy and what can go wrong: the three things
 * a patient needs before consenting, in the same order on every therapy page.
 */
export function TherapyEvidenceAndRisks({ service }: { service: ServiceDetail }) {
  const { evidence, contraindications, commonRisks, rareRisks } = service;
  return (
    <div className="prose-clinic">
      <h2>What the evidence says</h2>
      <p>
        {evidence ||
          'Ask us at your consultation: we will tell you plainly what research shows for this therapy.'}
      </p>

      <h2>Who should not have it</h2>
      {contraindications.length > 0 ? (
        <ul className="list-disc space-y-1.5 pl-6">
          {contraindications.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p>We check at your consultation whether anything in your history rules it out.</p>
      )}

      <h2>Possible side effects and risks</h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <RiskList title="Common" items={commonRisks} fallback="We will go through them with you." />
        <RiskList title="Rare" items={rareRisks} fallback="We will go through them with you." />
      </div>
    </div>
  );
}

function RiskList({
  title,
  items,
  fallback,
}: {
  title: string;
  items: readonly string[];
  fallback: string;
}) {
  return (
    <section
      aria-label={`${title} side effects and risks`}
      className="rounded-xl border border-sand-200 bg-white p-4"
    >
      <h3 className="font-sans text-base font-semibold tracking-wider text-muted uppercase">
        {title}
      </h3>
      {items.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1.5 pl-5">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{fallback}</p>
      )}
    </section>
  );
}
