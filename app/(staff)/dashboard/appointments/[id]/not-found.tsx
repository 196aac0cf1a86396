import Link from 'next/link';

export default function AppointmentNotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl">Appointment not found</h1>
      <p className="mt-2">It may have been removed, or the link is incomplete.</p>
      <Link
        href="/dashboard/schedule"
        className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-800"
      >
        Back to the schedule
      </Link>
    </div>
  );
}
