/** The shape of the schedule while it loads: toolbar, then a grid of empty columns. */
export default function ScheduleLoading() {
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        Loading the schedule…
      </p>
      <div className="h-9 w-48 rounded bg-sand-200" />
      <div className="mt-2 h-5 w-72 max-w-full rounded bg-sand-200" />
      <div className="mt-6 flex flex-wrap gap-2">
        {Array.from({ length: 4 }, (_, i) => (
          <span key={i} className="h-11 w-24 rounded-full bg-sand-100" />
        ))}
      </div>
      <div className="mt-6 grid h-[32rem] grid-cols-3 gap-px overflow-hidden rounded-xl border border-sand-200 bg-sand-200">
        {Array.from({ length: 3 }, (_, i) => (
          <span key={i} className="animate-pulse bg-white motion-reduce:animate-none" />
        ))}
      </div>
    </div>
  );
}
