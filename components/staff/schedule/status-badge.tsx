import type { AppointmentStatus } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/appointments/status';
import { STATUS_BADGE } from './status-style';

export function StatusBadge({
  status,
  className = '',
}: {
  status: AppointmentStatus;
  className?: string;
}) {
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STATUS_BADGE[status]} ${className}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
