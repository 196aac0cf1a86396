import { DateTime } from 'luxon';

/**
 * Pain scores over time as a small inline SVG line (0–10, newest on the right). The same numbers
 * are in a visually hidden table for screen readers; the picture is decoration beside it.
 */
export function PainChart({
  points,
  id,
}: {
  points: Array<{ date: string; pain: number }>;
  id: string;
}) {
  if (points.length === 0) return <p className="text-muted">No pain scores logged yet.</p>;
  const width = 320;
  const height = 120;
  const pad = 24;
  const first = DateTime.fromISO(points[0]!.date);
  const span = Math.max(1, DateTime.fromISO(points.at(-1)!.date).diff(first, 'days').days);
  const x = (date: string) =>
    pad + (DateTime.fromISO(date).diff(first, 'days').days / span) * (width - 2 * pad);
  const y = (pain: number) => height - pad - (pain / 10) * (height - 2 * pad);
  const line = points.map((p) => `${x(p.date).toFixed(1)},${y(p.pain).toFixed(1)}`).join(' ');
  const label = (d: string) => DateTime.fromISO(d).toFormat('d LLL');
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-md"
        aria-hidden="true"
        focusable="false"
      >
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={pad} x2={width - pad} y1={y(v)} y2={y(v)} stroke="#d9cbb2" strokeWidth="1" />
            <text x={4} y={y(v) + 4} fontSize="10" fill="#4b5b61">
              {v}
            </text>
          </g>
        ))}
        <polyline points={line} fill="none" stroke="#1f4e5f" strokeWidth="2" />
        {points.map((p) => (
          <circle key={p.date} cx={x(p.date)} cy={y(p.pain)} r="3" fill="#1f4e5f" />
        ))}
        <text x={pad} y={height - 6} fontSize="10" fill="#4b5b61">
          {label(points[0]!.date)}
        </text>
        <text x={width - pad} y={height - 6} fontSize="10" fill="#4b5b61" textAnchor="end">
          {label(points.at(-1)!.date)}
        </text>
      </svg>
      <figcaption id={`${id}-caption`} className="text-sm text-muted">
        Pain (0–10) on the days it was logged; latest {points.at(-1)!.pain} on{' '}
        {label(points.at(-1)!.date)}.
      </figcaption>
      <table className="sr-only">
        <caption>Pain scores by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Pain (0–10)</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.date}>
              <td>{label(p.date)}</td>
              <td>{p.pain}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
