import Link from 'next/link';

export default function PatientNotFound() {
  return (
    <div className="py-10">
      <h1 className="text-2xl">Patient not found</h1>
      <p className="mt-2">There is no such patient, or they have no appointment with you.</p>
      <p className="mt-4">
        <Link href="/dashboard/patients">Back to patients</Link>
      </p>
    </div>
  );
}
