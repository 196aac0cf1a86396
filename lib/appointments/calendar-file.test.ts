import { describe, expect, it } from 'vitest';
import { buildInvite } from '@/lib/email/ics';
import { buildCalendarFeed } from '@/lib/staff/calendar-feed';
import { buildIcs, escapeText, foldLine, formatUtcDateTime, PRODID } from './calendar-file';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undo folding (RFC 5545 §3.1): a CRLF followed by one space or tab disappears. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('formatUtcDateTime', () => {
  it('writes UTC form #2 without separators or milliseconds', () => {
    expect(formatUtcDateTime(new Date('2026-11-23T09:00:00-08:00'))).toBe('20261123T170000Z');
    expect(formatUtcDateTime(new Date('2026-07-06T09:30:00-07:00'))).toBe('20260706T163000Z');
  });

  it('rejects invalid dates', () => {
    expect(() => formatUtcDateTime(new Date('nope'))).toThrow(RangeError);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('leaves colons and quotes alone', () => {
    expect(escapeText('Dr. "Maya": 9:00')).toBe('Dr. "Maya": 9:00');
  });
});

describe('foldLine', () => {
  it('keeps short lines as they are', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('folds at 75 octets and unfolds back to the original', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(octets(piece)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((p) => p.startsWith(' ')),
    ).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}${'😀'.repeat(20)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      expect(piece).not.toContain('\uFFFD');
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('buildIcs', () => {
  const event = {
    uid: '0b9e2c4e-1111-4a4a-9999-123456789abc@larkfield-stride.example',
    start: new Date('2026-11-23T09:00:00-08:00'),
    end: new Date('2026-11-23T09:30:00-08:00'),
    summary: 'Chiropractic adjustment with Dr. Maya Okafor',
    location: '418 Alder Row, Suite 2, Portland, OR 97205',
    description: 'Arrive 10 minutes early.\nCall (503) 555-0147 to change it.',
    stamp: new Date('2026-11-20T12:00:00Z'),
    reminderMinutes: 120,
  };

  it('writes one event with UTC times, CRLF line ends and a final CRLF', () => {
    const ics = buildIcs(event);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('DTSTART:20261123T170000Z');
    expect(lines).toContain('DTEND:20261123T173000Z');
    expect(lines).toContain('DTSTAMP:20261120T120000Z');
    expect(lines).toContain(`UID:${event.uid}`);
    expect(lines).toContain('LOCATION:418 Alder Row\\, Suite 2\\, Portland\\, OR 97205');
    expect(lines).toContain(
      'DESCRIPTION:Arrive 10 minutes early.\\nCall (503) 555-0147 to change it.',
    );
    expect(lines).toContain('TRIGGER:-PT120M');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('is stable: the same appointment gives the same UID and times', () => {
    expect(buildIcs(event)).toBe(buildIcs(event));
  });

  it('marks a cancelled appointment and drops its reminder', () => {
    const lines = unfold(buildIcs({ ...event, status: 'CANCELLED', sequence: 2 })).split('\r\n');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).not.toContain('BEGIN:VALARM');
  });

  it('keeps every physical line within 75 octets', () => {
    const ics = buildIcs({
      ...event,
      description: 'Bring scans, reports; a list of medicines. '.repeat(10),
    });
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('refuses an event that ends before it starts', () => {
    expect(() => buildIcs({ ...event, end: event.start })).toThrow(RangeError);
  });
});

describe('one writer for every calendar file', () => {
  const start = new Date('2026-11-23T17:00:00Z');
  const end = new Date('2026-11-23T17:30:00Z');

  it('gives downloads, invites, care-plan files and the staff feed one PRODID', () => {
    const files = [
      buildIcs({ uid: 'a@x', start, end, summary: 'Visit' }),
      buildIcs([
        { uid: 'a@x', start, end, summary: 'Visit 1' },
        { uid: 'b@x', start: end, end: new Date(end.getTime() + 1_800_000), summary: 'Visit 2' },
      ]),
      buildInvite({
        method: 'REQUEST',
        uid: 'a@x',
        sequence: 1,
        start,
        end,
        stamp: start,
        summary: 'Visit',
        location: 'Clinic',
        description: 'Visit',
        organizer: { name: 'Clinic', email: 'front@clinic.example' },
        attendeeEmail: 'patient@example.com',
      }),
      buildCalendarFeed({
        calendarName: 'Dr. Okafor',
        location: 'Clinic',
        events: [
          {
            id: 'a',
            startsAt: start,
            endsAt: end,
            serviceName: 'Visit',
            patientName: 'Robin Runner',
            status: 'booked',
          },
        ],
      }),
    ];
    for (const file of files) {
      const prodids = unfold(file)
        .split('\r\n')
        .filter((l) => l.startsWith('PRODID:'));
      expect(prodids).toEqual([`PRODID:${PRODID}`]);
    }
  });

  it('writes an empty feed, but refuses an invite without exactly one event', () => {
    expect(buildCalendarFeed({ calendarName: 'Nobody', location: 'Clinic', events: [] })).toContain(
      'BEGIN:VCALENDAR',
    );
    expect(() => buildIcs([], { method: 'REQUEST' })).toThrow(RangeError);
  });
});
