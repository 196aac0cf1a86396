'use client';

import { useSyncExternalStore } from 'react';
import { localTime } from '@/lib/time/slot-format';

const subscribe = (onChange: () => void) => {
  const timer = setInterval(onChange, 30_000);
  return () => clearInterval(timer);
};
// The current minute: a stable snapshot that changes once a minute. Null on the server, so the
// line appears after hydration instead of mismatching the server's clock.
const minuteNow = () => Math.floor(Date.now() / 60_000);
const noMinute = () => null;

/** A line across a column at the clinic's current time, when the column is today. */
export function NowLine({
  date,
  timeZone,
  startMin,
  endMin,
  pxPerMin,
}: {
  date: string;
  timeZone: string;
  startMin: number;
  endMin: number;
  pxPerMin: number;
}) {
  const minute = useSyncExternalStore(subscribe, minuteNow, noMinute);
  if (minute === null) return null;
  const now = localTime(new Date(minute * 60_000).toISOString(), timeZone);
  if (now.date !== date || now.minuteOfDay < startMin || now.minuteOfDay > endMin) return null;
  return (
    <div
      aria-hidden="true"
      data-testid="now-line"
      className="pointer-events-none absolute inset-x-0 z-20 border-t-2 border-clay-700"
      style={{ top: (now.minuteOfDay - startMin) * pxPerMin }}
    >
      <span className="absolute -top-1.5 -left-1 size-3 rounded-full bg-clay-700" />
    </div>
  );
}
