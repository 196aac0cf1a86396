/** The practitioner's cue on a visit: shown to admins and the treating practitioner only (lib/clinical/red-flags.ts). */
export const SCREENING_LABEL = 'screening: see-a-doctor-today acknowledged';

/**
 * A visible mark with its words: "⚕ Screening" beside the status, or the mark alone in a narrow
 * column, where the words are in the card's sentence for screen readers instead.
 */
export function ScreeningMark({ compact = false }: { compact?: boolean }) {
  return (
    <span
      className="inline-flex shrink-0 items-center gap-0.5 rounded bg-rose-100 px-1 font-semibold text-rose-900"
      title={SCREENING_LABEL}
    >
      <span aria-hidden="true">⚕</span>
      {compact ? null : <span>Screening</span>}
    </span>
  );
}
