/**
 * The booking flow keeps every choice in the URL, so each step is linkable and survives reload and
 * the back button: /book?service=…&practitioner=any&date=2026-11-23&start=2026-11-23T09:00:00-08:00&step=details
 */

export const ANY_PRACTITIONER = 'any';

export interface FlowState {
  service?: string;
  /** A practitioner's slug, or 'any' for first available. */
  practitioner?: string;
  /** 'YYYY-MM' shown in the calendar. */
  month?: string;
  /** 'YYYY-MM-DD', clinic-local. */
  date?: string;
  /** ISO-8601 instant with offset. */
  start?: string;
  step?: 'details' | 'review';
}

type SearchParams = Record<string, string | string[] | undefined>;

const SLUG = /^[a-z0-9-]{1,80}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function valid(value: string | undefined, pattern: RegExp): string | undefined {
  return value !== undefined && pattern.test(value) ? value : undefined;
}

/** Reads the flow from search params, dropping anything malformed (a hand-edited link). */
export function parseFlow(params: SearchParams): FlowState {
  const start = valid(one(params.start), INSTANT);
  const step = one(params.step);
  return {
    service: valid(one(params.service), SLUG),
    practitioner: valid(one(params.practitioner), SLUG),
    month: valid(one(params.month), MONTH),
    date: valid(one(params.date), DATE),
    start: start && !Number.isNaN(Date.parse(start)) ? start : undefined,
    step: step === 'details' || step === 'review' ? step : undefined,
  };
}

const ORDER: Array<keyof FlowState> = ['service', 'practitioner', 'month', 'date', 'start', 'step'];

export function flowQuery(state: FlowState): string {
  const query = new URLSearchParams();
  for (const key of ORDER) {
    const value = state[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function flowHref(state: FlowState, hash?: string): string {
  return `/book${flowQuery(state)}${hash ? `#${hash}` : ''}`;
}
