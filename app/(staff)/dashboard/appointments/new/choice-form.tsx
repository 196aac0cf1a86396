import type { StaffService } from '@/db/queries/schedule';
import { buttonClasses } from '@/components/ui/button';

/** Step 2: therapy and practitioner, as a GET form so the choice lands in the URL. */
export function ChoiceForm({
  patientId,
  services,
  practitioners,
  service,
  practitioner,
  ownDiaryOnly,
}: {
  patientId: string;
  services: StaffService[];
  practitioners: Array<{ id: string; name: string }>;
  service?: string;
  practitioner: string;
  ownDiaryOnly: boolean;
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="patient" value={patientId} />
      <div>
        <label htmlFor="choose-service" className="block font-semibold">
          Therapy
        </label>
        <select
          id="choose-service"
          name="service"
          required
          defaultValue={service ?? ''}
          className="mt-1.5 min-h-12 rounded-lg border border-sand-300 bg-white px-3"
        >
          <option value="" disabled>
            Choose a therapy
          </option>
          {services.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name} ({s.durationMinutes} min)
            </option>
          ))}
        </select>
      </div>
      {ownDiaryOnly ? (
        <input type="hidden" name="practitioner" value={practitioner} />
      ) : (
        <div>
          <label htmlFor="choose-practitioner" className="block font-semibold">
            Practitioner
          </label>
          <select
            id="choose-practitioner"
            name="practitioner"
            defaultValue={practitioner}
            className="mt-1.5 min-h-12 rounded-lg border border-sand-300 bg-white px-3"
          >
            <option value="any">First available</option>
            {practitioners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className={buttonClasses({ variant: 'secondary', size: 'lg' })}>
        Show open times
      </button>
    </form>
  );
}
