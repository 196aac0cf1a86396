import { formatPhone, isRepeatedWallTime } from '@/lib/format';
import { html } from '../html';
import {
  buttonHtml,
  clinicTime,
  firstName,
  htmlLayout,
  MANAGE_URL_PLACEHOLDER,
  paragraph,
  textLayout,
  type ClinicIdentity,
  type RenderedMessage,
} from './layout';

/** A care plan as its own patient may read it in the confirmation e-mail. */
export interface CarePlanFacts {
  patientName: string;
  practitionerName: string;
  serviceName: string;
  durationMinutes: number;
  visits: Array<{ startsAt: Date }>;
  exerciseCount: number;
  clinic: ClinicIdentity;
}

function visitLine(startsAt: Date, zone: string): string {
  const t = clinicTime(startsAt, zone);
  // In the hour repeated when the clocks go back, "1:30 AM" alone would be ambiguous.
  return `${t.date}, ${t.time}${isRepeatedWallTime(startsAt, zone) ? ` ${t.zone}` : ''}`;
}

/**
 * One message for the whole plan: every visit listed, one calendar file with all of them (the
 * outbox row's ics), and the private My plan link (filled in at delivery from the sealed path).
 */
export function renderCarePlanMessage(f: CarePlanFacts): RenderedMessage {
  const zone = f.clinic.timeZone;
  const count = f.visits.length;
  const subject = `Your care plan: ${count} visit${count === 1 ? '' : 's'} booked – ${f.clinic.name}`;
  const greeting = `Hello ${firstName(f.patientName)},`;
  const lead = `${f.practitionerName} has set up your care plan: ${count} ${f.serviceName} visit${count === 1 ? '' : 's'} (${f.durationMinutes} minutes each)${f.exerciseCount > 0 ? ' and exercises to do at home' : ''}. The attached calendar file adds every visit to your calendar.`;
  const lines = f.visits.map((v) => visitLine(v.startsAt, zone));
  const planIntro =
    'Your plan page lists your visits, each with its own link to reschedule or cancel, and your home exercises, where you can tick off what you did each day. Keep the link private.';
  const phone = formatPhone(f.clinic.phone);
  const after = `Questions about your plan? Call us on ${phone}.`;
  const text = textLayout(
    [
      greeting,
      '',
      lead,
      '',
      'Your visits:',
      ...lines.map((l) => `  - ${l}`),
      '',
      planIntro,
      MANAGE_URL_PLACEHOLDER,
      '',
      after,
    ].join('\n'),
    f.clinic,
  );
  const body = html`${paragraph(greeting)}${paragraph(lead)}
    <p style="margin:0 0 4px;font-weight:bold">Your visits</p>
    <ul style="margin:0 0 16px;padding-left:20px">
      ${lines.map((l) => html`<li>${l}</li>`)}
    </ul>
    ${paragraph(planIntro)}${buttonHtml(MANAGE_URL_PLACEHOLDER, 'Open my plan')}${paragraph(after)}`;
  return {
    subject,
    text,
    html: htmlLayout({ subject, heading: 'Your care plan', body, clinic: f.clinic }),
  };
}
