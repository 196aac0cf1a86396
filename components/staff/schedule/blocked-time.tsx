import type { GridBlock } from '@/lib/appointments/views/schedule-columns';
import { CLOSED_STYLE, HATCH_STYLE } from './status-style';

/** Time off (hatched) or a clinic closure (cross-hatched), with its reason in words. */
export function BlockedTime({
  kind,
  block,
  compact,
  style,
}: {
  kind: 'time_off' | 'closure';
  block: GridBlock;
  compact: boolean;
  style: { top: number; height: number };
}) {
  const what = kind === 'closure' ? 'Clinic closed' : 'Time off';
  return (
    <li
      className="pointer-events-none absolute inset-x-0 z-[5] overflow-hidden border-y border-sand-300 px-1.5 py-1 text-xs leading-tight text-ink"
      style={{ ...style, ...(kind === 'closure' ? CLOSED_STYLE : HATCH_STYLE) }}
      title={`${what} ${block.timeLabel}${block.reason ? ` · ${block.reason}` : ''}`}
    >
      <span className="rounded bg-white/90 px-1 font-semibold">{what}</span>{' '}
      <span className={`rounded bg-white/90 px-1 ${compact ? 'sr-only' : ''}`}>
        {block.timeLabel}
        {block.reason ? ` · ${block.reason}` : ''}
      </span>
    </li>
  );
}
