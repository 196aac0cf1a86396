import type { AppointmentStatus } from '@/db/schema';

/**
 * Status on the grid and in badges. Cards take the practitioner's colour, so the status is told by
 * a mark and its word (never colour alone): dashed edge while only booked, a tick once confirmed,
 * an arrow when arrived, a double tick when completed, a cross for a no-show.
 */
export const STATUS_MARK: Record<AppointmentStatus, string> = {
  booked: '○',
  confirmed: '✓',
  arrived: '→',
  completed: '✓✓',
  no_show: '✕',
  cancelled: '⊘',
};

export const STATUS_BADGE: Record<AppointmentStatus, string> = {
  booked: 'border-brand-700 border-dashed bg-white text-brand-900',
  confirmed: 'border-brand-700 bg-brand-50 text-brand-900',
  arrived: 'border-clay-700 bg-clay-50 text-clay-800',
  completed: 'border-emerald-800 bg-emerald-50 text-emerald-900',
  no_show: 'border-rose-800 bg-rose-50 text-rose-900',
  cancelled: 'border-sand-300 bg-sand-100 text-muted line-through',
};

/** Hatching for a practitioner's time off, readable without colour. */
export const HATCH_STYLE = {
  backgroundImage:
    'repeating-linear-gradient(135deg, rgb(214 195 163 / 0.7) 0 6px, rgb(247 241 231 / 0.9) 6px 12px)',
} as const;

/** Cross-hatching for a clinic closure: a different pattern from time off. */
export const CLOSED_STYLE = {
  backgroundImage:
    'repeating-linear-gradient(45deg, rgb(190 160 150 / 0.55) 0 2px, transparent 2px 9px), repeating-linear-gradient(135deg, rgb(190 160 150 / 0.55) 0 2px, rgb(250 245 240 / 0.95) 2px 9px)',
} as const;
