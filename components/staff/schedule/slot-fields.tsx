'use client';

import { minuteLabel } from '@/lib/appointments/views/slot-check';
import type { BoardContext, SlotChoice } from './board-context';
import { timeOptions } from './board-context';
import { controlClass } from '@/components/forms/field';

/** Date, time and practitioner, as the move and booking panels ask for them (keyboard-usable). */
export function SlotFields({
  idPrefix,
  ctx,
  value,
  onChange,
  practitionerIds,
  errors = {},
}: {
  idPrefix: string;
  ctx: BoardContext;
  value: SlotChoice;
  onChange: (next: SlotChoice) => void;
  /** Who may be chosen (those offering the therapy, or one's own diary). */
  practitionerIds?: string[];
  errors?: Partial<Record<'date' | 'start' | 'practitioner', string>>;
}) {
  const options = timeOptions(ctx);
  if (!options.includes(value.minute)) options.push(value.minute);
  options.sort((a, b) => a - b);
  const people = ctx.practitioners.filter(
    (p) => !practitionerIds || practitionerIds.includes(p.id) || p.id === value.practitionerId,
  );
  const err = (key: keyof typeof errors, id: string) =>
    errors[key] ? (
      <p id={`${id}-error`} className="mt-1 text-sm font-medium text-clay-800">
        {errors[key]}
      </p>
    ) : null;
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <div>
        <label htmlFor={`${idPrefix}-date`} className="block font-semibold">
          Date
        </label>
        <input
          id={`${idPrefix}-date`}
          type="date"
          required
          value={value.date}
          onChange={(e) => e.target.value && onChange({ ...value, date: e.target.value })}
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={errors.date ? `${idPrefix}-date-error` : undefined}
          className={controlClass()}
        />
        {err('date', `${idPrefix}-date`)}
      </div>
      <div>
        <label htmlFor={`${idPrefix}-time`} className="block font-semibold">
          Time
        </label>
        <select
          id={`${idPrefix}-time`}
          value={value.minute}
          onChange={(e) => onChange({ ...value, minute: Number(e.target.value) })}
          aria-invalid={errors.start ? true : undefined}
          aria-describedby={errors.start ? `${idPrefix}-time-error` : undefined}
          className={controlClass()}
        >
          {options.map((m) => (
            <option key={m} value={m}>
              {minuteLabel(m)}
            </option>
          ))}
        </select>
        {err('start', `${idPrefix}-time`)}
      </div>
      <div>
        <label htmlFor={`${idPrefix}-practitioner`} className="block font-semibold">
          Practitioner
        </label>
        <select
          id={`${idPrefix}-practitioner`}
          value={value.practitionerId}
          onChange={(e) => onChange({ ...value, practitionerId: e.target.value })}
          aria-invalid={errors.practitioner ? true : undefined}
          aria-describedby={errors.practitioner ? `${idPrefix}-practitioner-error` : undefined}
          className={controlClass()}
        >
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {err('practitioner', `${idPrefix}-practitioner`)}
      </div>
    </div>
  );
}
