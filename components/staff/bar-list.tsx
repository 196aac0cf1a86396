/**
 * A horizontal bar chart that is a list first: every row states its label and value in text, and
 * the bar (decorative, aria-hidden) only repeats it visually.
 */
export function BarList({
  label,
  items,
  max,
}: {
  /** Names the list for assistive technology. */
  label: string;
  items: ReadonlyArray<{
    key: string;
    label: string;
    value: number;
    text: string;
    tone?: 'brand' | 'clay' | 'sand';
  }>;
  /** Full-width value; defaults to the largest value. */
  max?: number;
}) {
  const top = max ?? Math.max(1, ...items.map((i) => i.value));
  const tones = { brand: 'bg-brand-700', clay: 'bg-clay-700', sand: 'bg-sand-300' };
  return (
    <ul aria-label={label} className="space-y-2.5">
      {items.map((item) => (
        <li
          key={item.key}
          className="grid grid-cols-[minmax(7rem,11rem)_1fr] items-center gap-3 text-[0.95rem]"
        >
          <span className="min-w-0">
            <span className="block truncate">{item.label}</span>
            <span className="block text-sm font-semibold text-ink">{item.text}</span>
          </span>
          <span aria-hidden="true" className="block h-3 rounded-full bg-sand-100">
            <span
              className={`block h-3 rounded-full ${tones[item.tone ?? 'brand']}`}
              style={{ width: `${Math.min(100, Math.max(0, (item.value / top) * 100))}%` }}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}
