export type ScheduleViewName = 'day' | 'week' | 'list';

/** The schedule's URL: every choice lives in the query string, so back/forward and links work. */
export function scheduleHref(q: {
  view: ScheduleViewName;
  date: string;
  /** A practitioner's id, or 'all' for the team's week. */
  practitioner?: string | null;
}): string {
  const params = new URLSearchParams();
  if (q.view !== 'day') params.set('view', q.view);
  params.set('date', q.date);
  if (q.view === 'week' && q.practitioner) params.set('practitioner', q.practitioner);
  return `/dashboard/schedule?${params.toString()}`;
}
