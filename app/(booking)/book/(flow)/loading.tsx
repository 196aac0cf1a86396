import { Container } from '@/components/ui/container';

/** Shown while a step loads its open times: the shape of the page, nothing that moves much. */
export default function BookingLoading() {
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        Loading…
      </p>
      <div className="border-b border-sand-200 bg-gradient-to-b from-sand-100 to-cream">
        <Container className="py-6 sm:py-10">
          <div className="h-4 w-24 rounded bg-sand-200" />
          <div className="mt-3 flex gap-1.5">
            {Array.from({ length: 5 }, (_, i) => (
              <span key={i} className="h-1.5 flex-1 rounded-full bg-sand-300" />
            ))}
          </div>
          <div className="mt-6 h-9 w-64 max-w-full rounded bg-sand-200" />
        </Container>
      </div>
      <Container className="py-8 sm:py-10">
        <div className="h-20 rounded-card border border-sand-200 bg-white" />
        <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
          <div className="grid grid-cols-7 gap-1">
            {Array.from({ length: 35 }, (_, i) => (
              <span
                key={i}
                className="h-11 animate-pulse rounded-lg bg-sand-100 motion-reduce:animate-none"
              />
            ))}
          </div>
          <div className="grid grid-cols-3 gap-2 self-start">
            {Array.from({ length: 9 }, (_, i) => (
              <span
                key={i}
                className="h-12 animate-pulse rounded-lg bg-sand-100 motion-reduce:animate-none"
              />
            ))}
          </div>
        </div>
      </Container>
    </div>
  );
}
