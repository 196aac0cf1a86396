/**
 * Stands in for the calendar and times while a month's open times load. The rest of the step (its
 * frame, title and progress) is already on screen: only this part waits for the database.
 */
export function TimeStepSkeleton() {
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        Loading open times…
      </p>
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
    </div>
  );
}
