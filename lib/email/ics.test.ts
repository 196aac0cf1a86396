import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { appointmentUid, buildInvite, type InviteEvent } from './ics';

const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

const base: InviteEvent = {
  method: 'REQUEST',
  uid: appointmentUid('0b9e2c4e-1111-4a4a-9999-123456789abc', 'hello@larkfield-stride.example'),
  sequence: 1_900_000_000,
  // Tuesday 3 November 2026, 09:00 in Los Angeles: the first week of standard time (PST, UTC−8).
  start: new Date('2026-11-03T09:00:00-08:00'),
  end: new Date('2026-11-03T09:30:00-08:00'),
  stamp: new Date('2026-10-28T15:00:00Z'),
  summary: 'Chiropractic adjustment with Dr. Maya Okafor',
  location: 'Larkfield Stride Chiropractic, 418 Alder Row, Suite 2, Portland, OR 97205',
  description:
    'Bring comfortable clothes; arrive early, please.\nCall (503) 555-0147 to change it.',
  organizer: {
    name: 'Larkfield "Stride"\r\nChiropractic',
    email: 'hello@larkfield-stride.example',
  },
  attendeeEmail: 'robin@example.com',
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('buildInvite', () => {
  it('parses back, with an independent parser, to the same instant across the daylight-saving change', () => {
    const { calendar, event } = parse(buildInvite(base));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe('0b9e2c4e-1111-4a4a-9999-123456789abc@larkfield-stride.example');
    expect(event.sequence).toBe(1_900_000_000);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-03T17:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-03T17:30:00.000Z');
    expect(event.description).toBe(base.description);
    expect(event.location).toBe(base.location);
  });

  it('cancels the same event: METHOD:CANCEL, STATUS:CANCELLED, same UID, higher SEQUENCE', () => {
    const request = parse(buildInvite(base));
    const cancel = parse(buildInvite({ ...base, method: 'CANCEL', sequence: base.sequence + 1 }));
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.event.uid).toBe(request.event.uid);
    expect(cancel.event.sequence).toBeGreaterThan(request.event.sequence);
  });

  it('names organizer and attendee as iTIP requires, with nothing a name could break', () => {
    const ics = buildInvite(base);
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain(
      'ORGANIZER;CN="Larkfield Stride Chiropractic":mailto:hello@larkfield-stride.example',
    );
    expect(lines).toContain(
      'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:robin@example.com',
    );
    const { vevent } = parse(ics);
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:hello@larkfield-stride.example');
  });

  it('uses CRLF, folds at 75 octets and escapes text', () => {
    const ics = buildInvite({ ...base, description: 'Scans, reports; notes\\ '.repeat(20) });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(ics).event.description).toBe('Scans, reports; notes\\ '.repeat(20));
  });

  it('refuses an unsafe attendee address, a bad SEQUENCE or an event that ends before it starts', () => {
    expect(() =>
      buildInvite({ ...base, attendeeEmail: 'a@b.com\r\nATTENDEE:mailto:x@y.com' }),
    ).toThrow();
    expect(() => buildInvite({ ...base, sequence: -1 })).toThrow(RangeError);
    expect(() => buildInvite({ ...base, sequence: 2 ** 31 })).toThrow(RangeError);
    expect(() => buildInvite({ ...base, end: base.start })).toThrow(RangeError);
  });
});
