import type { AppointmentStatus } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/appointments/status-table';
import { STATUS_BADGE, STATUS_MARK } from './status-style';

export function StatusBadge({
  status,
  className = '',
}: {
  status: AppointmentStatus;
  className?: string;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STATUS_BADGE[status]} ${className}`}
    >
      <span aria-hidden="true">{STATUS_MARK[status]}</span>
      <span>{STATUS_LABELS[status]}</span>
    </span>
  );
}
