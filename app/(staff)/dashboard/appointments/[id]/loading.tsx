export default function AppointmentLoading() {
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        Loading the appointment…
      </p>
      <div className="h-5 w-40 rounded bg-sand-200" />
      <div className="mt-4 h-9 w-64 max-w-full rounded bg-sand-200" />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <div className="h-64 animate-pulse rounded-xl border border-sand-200 bg-white motion-reduce:animate-none" />
        <div className="h-64 animate-pulse rounded-xl border border-sand-200 bg-white motion-reduce:animate-none" />
      </div>
    </div>
  );
}
