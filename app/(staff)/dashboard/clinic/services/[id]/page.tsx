import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeading, Panel } from '@/components/staff/page-heading';
import { listServicesForAdmin } from '@/db/queries/clinic-admin';
import { requireStaff } from '@/lib/auth/guard';
import { ServiceForm } from '../../service-form';

export const metadata: Metadata = { title: 'Therapy' };

export default async function ServiceAdminPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff(['admin']);
  const { id } = await params;
  const all = await listServicesForAdmin();
  const service = id === 'new' ? null : all.find((s) => s.id === id);
  if (id !== 'new' && !service) notFound();
  return (
    <>
      <p className="mb-2 text-[0.95rem]">
        <Link href="/dashboard/clinic#therapies-title">← Clinic</Link>
      </p>
      <PageHeading title={service?.name ?? 'New therapy'} />
      <Panel>
        <ServiceForm
          initial={{
            id: service?.id ?? '',
            slug: service?.slug ?? '',
            name: service?.name ?? '',
            summary: service?.summary ?? '',
            description: service?.description ?? '',
            evidence: service?.evidence ?? '',
            contraindications: service?.contraindications.join('\n') ?? '',
            commonRisks: service?.commonRisks.join('\n') ?? '',
            rareRisks: service?.rareRisks.join('\n') ?? '',
            durationMinutes: service?.durationMinutes ?? 30,
            price: (service?.priceCents ?? 0) / 100,
            bufferBeforeMinutes: service?.bufferBeforeMinutes ?? 0,
            bufferAfterMinutes: service?.bufferAfterMinutes ?? 0,
            active: service?.active ?? true,
            requiresConsultation: service?.requiresConsultation ?? false,
            sortOrder: service?.sortOrder ?? all.length + 1,
          }}
        />
      </Panel>
    </>
  );
}
