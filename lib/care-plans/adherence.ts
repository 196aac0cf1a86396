import { DateTime } from 'luxon';

/**
 * Adherence from "done today" ticks: per Monday-to-Sunday week, the sessions logged against the
 * sessions prescribed. A prescription counts from its start (or the day it was added) to its end
 * (or the day before it was removed), and never past today: the current week expects only its
 * share of the days gone by (rounded up). Logs beyond what was prescribed don't push a week over
 * 100 %. All dates are clinic-local 'YYYY-MM-DD'.
 */
export interface PrescriptionSpan {
  id: string;
  perWeek: number;
  from: string;
  /** Last day, included; null: open-ended (until the plan ends). */
  to: string | null;
}

export interface Tick {
  planExerciseId: string;
  localDate: string;
  pain: number | null;
}

export interface WeekAdherence {
  /** Monday of the week. */
  weekStart: string;
  logged: number;
  prescribed: number;
}

export interface Adherence {
  weeks: WeekAdherence[];
  logged: number;
  prescribed: number;
  /** 0–100, or null when nothing was prescribed yet. */
  percent: number | null;
}

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const iso = (d: DateTime) => d.toISODate()!;
const monday = (d: DateTime) => d.minus({ days: d.weekday - 1 });

export function adherence(input: {
  prescriptions: readonly PrescriptionSpan[];
  ticks: readonly Tick[];
  /** The plan's last day; ticks and expectations stop there. */
  planEndsOn: string;
  today: string;
}): Adherence {
  const last = input.today < input.planEndsOn ? input.today : input.planEndsOn;
  const spans = input.prescriptions
    .map((p) => ({ ...p, to: p.to === null || p.to > last ? last : p.to }))
    .filter((p) => p.from <= p.to);
  if (spans.length === 0) return { weeks: [], logged: 0, prescribed: 0, percent: null };
  const first = spans.reduce((min, p) => (p.from < min ? p.from : min), spans[0]!.from);
  const ticksBy = new Map<string, number>();
  for (const t of input.ticks) {
    const key = `${t.planExerciseId}|${iso(monday(day(t.localDate)))}`;
    const inSpan = spans.some(
      (s) => s.id === t.planExerciseId && t.localDate >= s.from && t.localDate <= s.to,
    );
    if (inSpan) ticksBy.set(key, (ticksBy.get(key) ?? 0) + 1);
  }
  const weeks: WeekAdherence[] = [];
  for (let w = monday(day(first)); iso(w) <= last; w = w.plus({ weeks: 1 })) {
    const weekStart = iso(w);
    const weekEnd = iso(w.plus({ days: 6 }));
    let logged = 0;
    let prescribed = 0;
    for (const s of spans) {
      const from = s.from > weekStart ? s.from : weekStart;
      const to = s.to < weekEnd ? s.to : weekEnd;
      if (from > to) continue;
      const days = day(to).diff(day(from), 'days').days + 1;
      const expected = Math.ceil((s.perWeek * days) / 7);
      prescribed += expected;
      logged += Math.min(ticksBy.get(`${s.id}|${weekStart}`) ?? 0, expected);
    }
    weeks.push({ weekStart, logged, prescribed });
  }
  const logged = weeks.reduce((n, w) => n + w.logged, 0);
  const prescribed = weeks.reduce((n, w) => n + w.prescribed, 0);
  return {
    weeks,
    logged,
    prescribed,
    percent: prescribed === 0 ? null : Math.round((100 * logged) / prescribed),
  };
}

/** The pain scores over time: per day, the mean of the scores given that day. */
export function painSeries(ticks: readonly Tick[]): Array<{ date: string; pain: number }> {
  const byDay = new Map<string, number[]>();
  for (const t of ticks)
    if (t.pain !== null) byDay.set(t.localDate, [...(byDay.get(t.localDate) ?? []), t.pain]);
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, scores]) => ({
      date,
      pain: Math.round((10 * scores.reduce((a, b) => a + b, 0)) / scores.length) / 10,
    }));
}
