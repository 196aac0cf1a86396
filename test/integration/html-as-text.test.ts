import { describe, expect, it } from 'vitest';
import { db, dbHandle } from '@/db';
import { runOutboxOnce } from '@/lib/email/poller';
import {
  renderClinicNotice,
  renderPatientMessage,
  type AppointmentFacts,
  type PatientMessageKind,
} from '@/lib/email/templates/appointment';
import { exportAppointmentsCsv } from '@/lib/patients/export';
import {
  bookOnlineRequest,
  bookingBody,
  bookingContext,
  makeBookingFixtures,
} from '../booking-fixtures';
import { isolateDatabase } from '../isolated-database';
import { recordingTransport } from '../outbox-fixtures';
import { makeStaff } from '../staff-fixtures';

// This file runs the outbox worker, which claims every due message in its database.
isolateDatabase();

/**
 * What a patient types is text wherever staff or the patient read it again: escaped in the HTML
 * part of every e-mail, as typed in the text part, and plain (formula-safe) text in the CSV export.
 */

const HOSTILE =
  '<img src=x onerror="window.__pwned=1"><b>bold</b><script>window.__pwned=2</script>';
const NAME = `<b>Hal</b> O'Hara "Hx" & Co <img src=x onerror=alert(1)>`;
const FIRST = '<b>Hal</b>';
const NOTES = `=1+2 ${HOSTILE}\nSecond line & <i>more</i>`;

/** Every element the e-mail layout itself uses; anything else came from someone's input. */
const LAYOUT_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'body',
  'div',
  'p',
  'h1',
  'table',
  'tr',
  'th',
  'td',
  'a',
  'br',
]);

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text a mail client shows for this HTML: tags dropped, <br> as a line break, entities decoded. */
function shownText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/g, (whole, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITY[name] ?? whole),
    );
}

/** No element or event handler that the layout did not write, and each literal shown as typed. */
function expectInert(html: string, literals: string[]) {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
  expect(tags.length).toBeGreaterThan(10);
  expect(tags.filter((t) => !LAYOUT_TAGS.has(t))).toEqual([]);
  const handlers = (html.match(/<[a-zA-Z][^>]*>/g) ?? []).filter((t) => /\son[a-z]+\s*=/i.test(t));
  expect(handlers).toEqual([]);
  const text = shownText(html);
  for (const literal of literals) expect(text).toContain(literal);
}

const facts: AppointmentFacts = {
  appointmentId: '0b9e2c4e-1111-4a4a-9999-123456789abc',
  patientName: NAME,
  patientNotes: NOTES,
  startsAt: new Date('2030-05-08T16:00:00Z'),
  endsAt: new Date('2030-05-08T16:30:00Z'),
  serviceName: 'Chiropractic adjustment',
  durationMinutes: 30,
  practitionerName: 'Dr. Maya Okafor',
  cancellationCutoffHours: 24,
  clinic: {
    name: 'Larkfield Stride Chiropractic',
    email: 'hello@larkfield-stride.example',
    phone: '+1 503-555-0147',
    address: '418 Alder Row, Suite 2, Portland, OR 97205',
    timeZone: 'America/Los_Angeles',
  },
};

describe('e-mail templates with HTML in the patient’s name and notes', () => {
  const kinds: PatientMessageKind[] = ['confirmation', 'reschedule', 'cancellation', 'reminder'];

  it.each(kinds)('%s: the HTML part shows the name as text and the text part as typed', (kind) => {
    const m = renderPatientMessage(kind, facts, {
      hasManageLink: kind !== 'cancellation',
      cancelledBy: 'patient',
      bookUrl: 'https://clinic.example/book',
      reminderLeadHours: 24,
    });
    const greeting = `Hello ${FIRST},`;
    expectInert(m.html, [greeting]);
    expect(m.html).toContain('Hello &lt;b&gt;Hal&lt;/b&gt;,');
    expect(m.text).toContain(greeting);
    expect(m.subject).not.toContain('<');
    if (kind === 'confirmation') {
      expectInert(m.html, NOTES.split('\n'));
      expect(m.html).toContain(
        '=1+2 &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;&lt;b&gt;bold&lt;/b&gt;' +
          '&lt;script&gt;window.__pwned=2&lt;/script&gt;<br>Second line &amp; &lt;i&gt;more&lt;/i&gt;',
      );
      expect(m.text).toContain(NOTES);
    } else {
      expect(`${m.text}${m.html}`).not.toContain('__pwned');
    }
  });

  it('the clinic’s new-booking notice shows the full name as text and no notes', () => {
    const m = renderClinicNotice(facts, 'https://clinic.example/dashboard/appointments/x');
    expectInert(m.html, [NAME]);
    expect(m.html).toContain(
      '&lt;b&gt;Hal&lt;/b&gt; O&#39;Hara &quot;Hx&quot; &amp; Co &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(m.text).toContain(NAME);
    expect(`${m.text}${m.html}`).not.toContain('__pwned');
  });
});

const NOW = new Date('2030-05-06T15:00:00Z'); // Monday 08:00 in Los Angeles
const WEDNESDAY_9 = '2030-05-08T09:00:00-07:00';

async function bookHostile(name: string, reason: string) {
  const f = await makeBookingFixtures(db);
  const body = bookingBody(f, WEDNESDAY_9, { practitioner: f.practitioners[0]!.id, name });
  body.patient.reason = reason;
  const result = await bookOnlineRequest(body, bookingContext(NOW));
  if (!result.ok) throw new Error(`booking failed: ${result.code}`);
  return { id: result.data.booking.id, email: body.patient.email };
}

describe(`a hostile booking, from the booking form to the mail server and the export (${dbHandle().driver})`, () => {
  it('hands the transport messages whose HTML shows the patient’s words as text', async () => {
    const { email } = await bookHostile(NAME, NOTES);
    const transport = recordingTransport();
    while ((await runOutboxOnce({ transport, clock: () => NOW })).claimed > 0);

    const confirmation = transport.sent.find(
      (m) => m.to === email && m.subject.startsWith('Booked:'),
    );
    const notice = transport.sent.find((m) => m.subject.startsWith('New online booking'));
    expect(confirmation, 'the patient’s confirmation was sent').toBeDefined();
    expect(notice, 'the clinic’s notice was sent').toBeDefined();
    // The manage link is filled in at delivery: it must not have disturbed the escaping.
    expect(confirmation!.html).toMatch(/href="http[^"]+\/book\/manage\/[A-Za-z0-9_-]{43}"/);
    expectInert(confirmation!.html, [`Hello ${FIRST},`, ...NOTES.split('\n')]);
    expect(confirmation!.text).toContain(NOTES);
    expectInert(notice!.html, [NAME]);
    expect(notice!.text).toContain(NAME);
  });

  it('exports names and notes as plain text, with formula starts neutralised', async () => {
    const admin = await makeStaff('admin');
    const hostile = await bookHostile(NAME, NOTES);
    const formula = await bookHostile(
      '＝HYPERLINK("http://evil.example","x") Wide',
      "@SUM(1+1)*cmd|' /C calc'!A0",
    );
    const result = await exportAppointmentsCsv(
      admin.principal,
      { from: '2030-05-08', to: '2030-05-08' },
      'America/Los_Angeles',
    );
    if (!result.ok) throw new Error(result.message);
    const [header, ...rows] = parseCsv(result.csv.replace(/^\uFEFF/, ''));
    const col = (name: string) => header!.indexOf(name);
    const rowOf = (email: string) => rows.find((r) => r[col('patient_email')] === email);

    const mine = rowOf(hostile.email);
    expect(mine?.[col('patient_name')]).toBe(NAME);
    expect(mine?.[col('patient_note')]).toBe(`'${NOTES}`);
    const other = rowOf(formula.email);
    expect(other?.[col('patient_name')]).toBe('\'＝HYPERLINK("http://evil.example","x") Wide');
    expect(other?.[col('patient_note')]).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    // And no cell of the whole file would start a formula in a spreadsheet.
    const risky = rows.flat().filter((cell) => /^(?:[\t\r\n\0]|\s*[=+\-@＝＋－＠])/.test(cell));
    expect(risky).toEqual([]);
  });
});

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"' && (quoted || cell === '')) {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
