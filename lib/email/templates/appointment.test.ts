import { describe, expect, it } from 'vitest';
import { redFlag, TIER_GUIDANCE } from '@/lib/clinical/red-flags';
import { renderClinicNotice, renderPatientMessage, type AppointmentFacts } from './appointment';
import { MANAGE_URL_PLACEHOLDER } from './layout';

const facts: AppointmentFacts = {
  appointmentId: '0b9e2c4e-1111-4a4a-9999-123456789abc',
  patientName: 'Robin <b>Runner</b>',
  patientNotes: '<img src=x onerror=alert(1)>\nSore after long runs & hills',
  startsAt: new Date('2026-11-03T17:00:00Z'),
  endsAt: new Date('2026-11-03T17:30:00Z'),
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
const options = { hasManageLink: true, bookUrl: 'https://clinic.example/book' };

describe('patient messages', () => {
  it('repeat the see-a-doctor-today advice for acknowledged signs while the visit is ahead', () => {
    const screened = { ...facts, screeningFlags: ['weight_loss', 'made_up_key'] };
    const guidance = TIER_GUIDANCE['see-doctor-today'];
    for (const kind of ['confirmation', 'reschedule', 'reminder'] as const) {
      const m = renderPatientMessage(kind, screened, options);
      expect(m.text).toContain(
        `${guidance.heading}\n${guidance.lead}\n- ${redFlag('weight_loss').label}`,
      );
      expect(m.html).toContain(guidance.heading);
      expect(m.html).toContain(redFlag('weight_loss').label);
      expect(m.text).not.toContain('made_up_key');
    }
    const cancelled = renderPatientMessage('cancellation', screened, options);
    expect(cancelled.text).not.toContain(guidance.heading);
    // Without acknowledged signs there is no advice box at all.
    expect(renderPatientMessage('confirmation', facts, options).text).not.toContain(
      guidance.heading,
    );
    // The clinic's own notice never carries health details.
    expect(renderClinicNotice(screened, 'https://clinic.example/d').text).not.toContain(
      redFlag('weight_loss').label,
    );
  });

  it('carry the clinic’s name, address and phone, in both parts, and the time in the clinic’s zone', () => {
    const m = renderPatientMessage('confirmation', facts, options);
    for (const part of [m.text, m.html]) {
      expect(part).toContain('Larkfield Stride Chiropractic');
      expect(part).toContain('418 Alder Row, Suite 2, Portland, OR 97205');
      expect(part).toContain('(503) 555-0147');
    }
    expect(m.text).toContain('Tuesday 3 November 2026, 9:00 AM – 9:30 AM (PST)');
    expect(m.subject).toBe(
      'Booked: Chiropractic adjustment, Tue 3 Nov, 9:00 AM – Larkfield Stride Chiropractic',
    );
  });

  it('say which 1:30 AM they mean on the day the clocks go back', () => {
    const first = {
      ...facts,
      startsAt: new Date('2026-11-01T08:30:00Z'),
      endsAt: new Date('2026-11-01T09:00:00Z'),
    };
    const second = {
      ...facts,
      startsAt: new Date('2026-11-01T09:30:00Z'),
      endsAt: new Date('2026-11-01T10:00:00Z'),
    };
    expect(renderPatientMessage('confirmation', first, options).subject).toContain(
      'Sun 1 Nov, 1:30 AM PDT',
    );
    const m = renderPatientMessage('reschedule', second, options);
    expect(m.subject).toContain('Sun 1 Nov, 1:30 AM PST');
    expect(m.text).toContain('Sunday 1 November 2026, 1:30 AM – 2:00 AM (PST)');
  });

  it('escape what the patient typed in the HTML part and keep it as typed in the text part', () => {
    const m = renderPatientMessage('confirmation', facts, options);
    expect(m.html).toContain(
      '&lt;img src=x onerror=alert(1)&gt;<br>Sore after long runs &amp; hills',
    );
    expect(m.html).not.toMatch(/<img|<b>/);
    expect(m.text).toContain('<img src=x onerror=alert(1)>\nSore after long runs & hills');
    expect(m.text).toContain('Hello Robin,');
  });

  it('are accessible: language, title, a heading, a data table with row headers and a named link', () => {
    const m = renderPatientMessage('confirmation', facts, options);
    expect(m.html).toMatch(/^<!DOCTYPE html>\s*<html lang="en">/);
    expect(m.html).toContain(`<title>${m.subject.replace('&', '&amp;')}</title>`);
    expect(m.html).toMatch(/<h1[^>]*>\s*Your appointment is booked\s*<\/h1>/);
    expect(m.html).toMatch(/<th\s+scope="row"/);
    expect(m.html).toContain(`href="${MANAGE_URL_PLACEHOLDER}"`);
    expect(m.html).toMatch(/>\s*Reschedule or cancel\s*<\/a/);
  });

  it('leave the manage link out when there is none, and out of a cancellation', () => {
    expect(
      renderPatientMessage('confirmation', facts, { ...options, hasManageLink: false }).text,
    ).not.toContain(MANAGE_URL_PLACEHOLDER);
    const cancelled = renderPatientMessage('cancellation', facts, {
      ...options,
      cancelledBy: 'patient',
    });
    expect(cancelled.text).not.toContain(MANAGE_URL_PLACEHOLDER);
    expect(cancelled.text).toContain('As you asked');
    expect(cancelled.text).toContain('https://clinic.example/book');
  });

  it('show the notes only in the confirmation; the clinic notice names the patient but has no notes', () => {
    expect(renderPatientMessage('reminder', facts, options).text).not.toContain('Sore after');
    const notice = renderClinicNotice(facts, 'https://clinic.example/dashboard/appointments/x');
    expect(notice.html).toContain('Robin &lt;b&gt;Runner&lt;/b&gt;');
    expect(`${notice.text}${notice.html}`).not.toContain('Sore after');
  });
});
