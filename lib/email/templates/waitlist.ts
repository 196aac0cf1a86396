import { html } from '../html';
import {
  buttonHtml,
  clinicTime,
  detailsHtml,
  detailsText,
  firstName,
  htmlLayout,
  MANAGE_URL_PLACEHOLDER,
  paragraph,
  textLayout,
  type ClinicIdentity,
  type Detail,
  type RenderedMessage,
} from './layout';

/**
 * Waitlist e-mails. The private link (MANAGE_URL_PLACEHOLDER) is filled in at delivery from a
 * value sealed to the outbox row (lib/email/outbox-link.ts): the stored message never holds it.
 */
export interface WaitlistJoinedFacts {
  name: string;
  serviceName: string;
  practitionerName: string | null;
  /** "Mondays and Wednesdays, mornings" */
  preferences: string;
  latestDate: string;
  clinic: ClinicIdentity;
}

export function renderWaitlistJoined(f: WaitlistJoinedFacts): RenderedMessage {
  const subject = `You are on the waitlist at ${f.clinic.name}`;
  const lead = `Hello ${firstName(f.name)}, you are on our waitlist. When a time that suits you opens up, we will e-mail you at once, and the first person to take it gets it.`;
  const details: Detail[] = [
    { label: 'Therapy', value: f.serviceName },
    { label: 'With', value: f.practitionerName ?? 'Anyone' },
    { label: 'When', value: f.preferences },
    { label: 'Until', value: f.latestDate },
  ];
  const step = 'See, pause or leave your place on the waitlist with this private link:';
  return {
    subject,
    text: textLayout(
      [lead, '', detailsText(details), '', step, MANAGE_URL_PLACEHOLDER].join('\n'),
      f.clinic,
    ),
    html: htmlLayout({
      subject,
      heading: 'You are on the waitlist',
      body: html`${paragraph(lead)}${detailsHtml(details)}${paragraph(step)}${buttonHtml(MANAGE_URL_PLACEHOLDER, 'See my waitlist place')}`,
      clinic: f.clinic,
    }),
  };
}

export interface WaitlistOfferFacts {
  name: string;
  serviceName: string;
  practitionerName: string;
  startsAt: Date;
  expiresAt: Date;
  /** The entry is "earlier than" an existing appointment: claiming moves it. */
  movesAppointment: boolean;
  clinic: ClinicIdentity;
}

export function renderWaitlistOffer(f: WaitlistOfferFacts): RenderedMessage {
  const when = clinicTime(f.startsAt, f.clinic.timeZone);
  const until = clinicTime(f.expiresAt, f.clinic.timeZone);
  const subject = `A time has opened: ${when.shortDate}, ${when.time}`;
  const lead = `Hello ${firstName(f.name)}, a time you were waiting for has opened up.`;
  const details: Detail[] = [
    { label: 'When', value: `${when.date}, ${when.time} ${when.zone}` },
    { label: 'Therapy', value: f.serviceName },
    { label: 'With', value: f.practitionerName },
  ];
  const rule = `This offer is open until ${until.time} ${until.zone} on ${until.shortDate}. A few people on the waitlist hear about it at the same time: the first to book it gets it.${f.movesAppointment ? ' Booking it moves your existing appointment to this earlier time.' : ''}`;
  const step =
    'Book it, pause offers or leave the waitlist with this private link (it works once):';
  return {
    subject,
    text: textLayout(
      [lead, '', detailsText(details), '', rule, '', step, MANAGE_URL_PLACEHOLDER].join('\n'),
      f.clinic,
    ),
    html: htmlLayout({
      subject,
      heading: 'A time has opened',
      body: html`${paragraph(lead)}${detailsHtml(details)}${paragraph(rule)}${buttonHtml(MANAGE_URL_PLACEHOLDER, 'See the time and book it')}${paragraph('From the same page you can pause offers or leave the waitlist.')}`,
      clinic: f.clinic,
    }),
  };
}
