export default function ClosuresLoading() {
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        Loading…
      </p>
      <div className="h-9 w-72 max-w-full rounded bg-sand-200" />
      <div className="mt-6 h-80 max-w-md animate-pulse rounded-xl border border-sand-200 bg-white motion-reduce:animate-none" />
    </div>
  );
}
