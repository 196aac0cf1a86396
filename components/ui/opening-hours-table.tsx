import {
  describeDayHours,
  openingHoursByDay,
  weekdayName,
  type OpeningHoursRow,
} from '@/lib/format';

/** Every weekday with its hours; closed days say "Closed". Times are the clinic's local time. */
export function OpeningHoursTable({
  hours,
  caption,
  className = '',
}: {
  hours: readonly OpeningHoursRow[];
  /** Visible caption; omit when a heading right above already names the table. */
  caption?: string;
  className?: string;
}) {
  return (
    <table className={`hours-table w-full border-collapse text-left ${className}`}>
      {caption ? (
        <caption className="mb-2 text-left font-semibold text-ink">{caption}</caption>
      ) : null}
      <thead className="sr-only">
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Hours</th>
        </tr>
      </thead>
      <tbody>
        {openingHoursByDay(hours).map((day) => {
          const closed = day.ranges.length === 0;
          return (
            <tr key={day.weekday}>
              <th scope="row">{weekdayName(day.weekday)}</th>
              <td className={closed ? 'closed' : undefined}>{describeDayHours(day)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
