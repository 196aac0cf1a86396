'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { addDays } from '@/lib/time/calendar';

/**
 * Adds arrow-key movement to a server-rendered calendar: ←/→ go to the previous/next day with
 * openings, ↑/↓ a week earlier/later (or the nearest day with openings that way), Home/End to the
 * first/last. Every day stays a normal link, so Tab and Enter work with or without JavaScript.
 */
export function ArrowKeyGrid({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const current = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-date]');
      const date = current?.dataset.date;
      if (!current || !date) return;
      const days = [...root.querySelectorAll<HTMLAnchorElement>('a[data-date]')];
      const index = days.indexOf(current);
      const byDate = (target: string, direction: 1 | -1) =>
        days.find((d) => d.dataset.date === target) ??
        (direction === 1
          ? days.find((d) => (d.dataset.date ?? '') > target)
          : days.findLast((d) => (d.dataset.date ?? '') < target));
      const next: Record<string, () => HTMLAnchorElement | undefined> = {
        ArrowLeft: () => days[index - 1],
        ArrowRight: () => days[index + 1],
        ArrowUp: () => byDate(addDays(date, -7), -1),
        ArrowDown: () => byDate(addDays(date, 7), 1),
        Home: () => days[0],
        End: () => days.at(-1),
      };
      const move = next[event.key];
      if (!move) return;
      event.preventDefault();
      move()?.focus();
    };
    root.addEventListener('keydown', onKeyDown);
    return () => root.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div ref={ref} className={className}>
      {children}
    </div>
  );
}
