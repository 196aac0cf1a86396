import type { AppointmentStatus } from '@/db/schema';

/**
 * Status colours on the grid and in badges. Every use also prints the status in words, so the
 * colour only speeds up reading; dashed (booked) and struck-through (cancelled) help without it.
 */
export const STATUS_BLOCK: Record<AppointmentStatus, string> = {
  booked: 'border-brand-700 border-dashed bg-white',
  confirmed: 'border-brand-700 bg-brand-50',
  arrived: 'border-clay-700 bg-clay-50',
  completed: 'border-emerald-800 bg-emerald-50',
  no_show: 'border-rose-800 bg-rose-50',
  cancelled: 'border-sand-300 bg-sand-100',
};

export const STATUS_BADGE: Record<AppointmentStatus, string> = {
  booked: 'border-brand-700 border-dashed bg-white text-brand-900',
  confirmed: 'border-brand-700 bg-brand-50 text-brand-900',
  arrived: 'border-clay-700 bg-clay-50 text-clay-800',
  completed: 'border-emerald-800 bg-emerald-50 text-emerald-900',
  no_show: 'border-rose-800 bg-rose-50 text-rose-900',
  cancelled: 'border-sand-300 bg-sand-100 text-muted line-through',
};

/** Hatching for blocked time, readable without colour. */
export const HATCH_STYLE = {
  backgroundImage:
    'repeating-linear-gradient(135deg, rgb(214 195 163 / 0.7) 0 6px, rgb(247 241 231 / 0.9) 6px 12px)',
} as const;
