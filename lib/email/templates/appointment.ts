import {
  isRedFlagKey,
  redFlag,
  redFlagGuidanceText,
  TIER_GUIDANCE,
  type RedFlag,
} from '@/lib/clinical/red-flags';
import { formatPhone, isRepeatedWallTime } from '@/lib/format';
import { html, multiline, type Html } from '../html';
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

/** One appointment as its own patient may read it: nothing about anyone else. */
export interface AppointmentFacts {
  appointmentId: string;
  patientName: string;
  /** What the patient typed when booking ("reason"); shown back to them only. */
  patientNotes: string;
  startsAt: Date;
  endsAt: Date;
  serviceName: string;
  durationMinutes: number;
  practitionerName: string;
  cancellationCutoffHours: number;
  clinic: ClinicIdentity;
  /** See-a-doctor-today warning signs the patient acknowledged when booking (red-flag keys). */
  screeningFlags?: readonly string[];
}

/** The acknowledged warning signs, in the module's words; empty when there are none. */
function screeningFlagsOf(f: AppointmentFacts): RedFlag[] {
  return (f.screeningFlags ?? []).filter(isRedFlagKey).map((key) => redFlag(key));
}

/** The see-a-doctor-today advice, again, in the messages about an upcoming visit. */
function screeningText(flags: readonly RedFlag[]): string[] {
  return flags.length ? ['', redFlagGuidanceText('see-doctor-today', flags)] : [];
}

function screeningHtml(flags: readonly RedFlag[]): Html[] {
  if (!flags.length) return [];
  const guidance = TIER_GUIDANCE['see-doctor-today'];
  return [
    html`<div
      data-red-flags="see-doctor-today"
      style="margin:0 0 20px;padding:12px 16px;border:2px solid #b4532a;border-radius:6px"
    >
      <p style="margin:0 0 8px;font-weight:bold">${guidance.heading}</p>
      <p style="margin:0 0 8px">${guidance.lead}</p>
      <ul style="margin:0 0 8px;padding-left:20px">
        ${flags.map((flag) => html`<li>${flag.label}</li>`)}
      </ul>
      <p style="margin:0">${guidance.booking}</p>
    </div>`,
  ];
}

export type PatientMessageKind = 'confirmation' | 'reschedule' | 'cancellation' | 'reminder';

export interface PatientMessageOptions {
  /** Whether a manage link will be filled in at delivery (MANAGE_URL_PLACEHOLDER). */
  hasManageLink: boolean;
  /** Who cancelled, for the wording of a cancellation. */
  cancelledBy?: 'patient' | 'clinic';
  /** Where to book again after a cancellation. */
  bookUrl: string;
  /** A reminder's lead time, for its wording. */
  reminderLeadHours?: number;
}

function details(f: AppointmentFacts): Detail[] {
  const start = clinicTime(f.startsAt, f.clinic.timeZone);
  const end = clinicTime(f.endsAt, f.clinic.timeZone);
  return [
    { label: 'Therapy', value: `${f.serviceName} (${f.durationMinutes} minutes)` },
    { label: 'With', value: f.practitionerName },
    { label: 'When', value: `${start.date}, ${start.time} – ${end.time} (${start.zone})` },
    { label: 'Where', value: `${f.clinic.name}, ${f.clinic.address}` },
  ];
}

interface Copy {
  subject: string;
  heading: string;
  lead: string;
  /** Extra paragraphs after the details. */
  after: string[];
  link?: { label: string; intro: string };
}

function copyFor(kind: PatientMessageKind, f: AppointmentFacts, o: PatientMessageOptions): Copy {
  const when = clinicTime(f.startsAt, f.clinic.timeZone);
  const phone = formatPhone(f.clinic.phone);
  const changeRule =
    `Changes online are possible until ${f.cancellationCutoffHours} hours before the appointment; ` +
    `after that, please call us on ${phone}.`;
  const manage = o.hasManageLink
    ? {
        label: 'Reschedule or cancel',
        intro:
          'To reschedule or cancel, use your own link below. Keep it private: anyone with it can change this booking.',
      }
    : undefined;
  const noLink = o.hasManageLink ? [] : [`To change this appointment, please call us on ${phone}.`];
  // In the hour repeated when the clocks go back, "1:30 AM" alone would be ambiguous.
  const repeated = isRepeatedWallTime(f.startsAt, f.clinic.timeZone);
  const at = `${when.shortDate}, ${when.time}${repeated ? ` ${when.zone}` : ''}`;
  switch (kind) {
    case 'confirmation':
      return {
        subject: `Booked: ${f.serviceName}, ${at} – ${f.clinic.name}`,
        heading: 'Your appointment is booked',
        lead: 'Thank you for booking with us. Here are the details; the attached invitation adds it to your calendar.',
        after: [changeRule, ...noLink],
        link: manage,
      };
    case 'reschedule':
      return {
        subject: `Moved: ${f.serviceName}, now ${at} – ${f.clinic.name}`,
        heading: 'Your appointment has moved',
        lead: 'Your appointment is now at the time below. The attached invitation updates the event in your calendar.',
        after: [changeRule, ...noLink],
        link: manage,
      };
    case 'cancellation':
      return {
        subject: `Cancelled: ${f.serviceName}, ${at} – ${f.clinic.name}`,
        heading: 'Your appointment is cancelled',
        lead:
          o.cancelledBy === 'patient'
            ? 'As you asked, we have cancelled the appointment below. The attached notice removes it from your calendar.'
            : 'We are sorry: the clinic has had to cancel the appointment below. The attached notice removes it from your calendar.',
        after: [`You are welcome to book again online at ${o.bookUrl}, or call us on ${phone}.`],
      };
    case 'reminder':
      return {
        subject: `Reminder: ${f.serviceName}, ${at} – ${f.clinic.name}`,
        heading: 'A reminder of your appointment',
        lead: `This is a reminder of your appointment${o.reminderLeadHours === 24 ? ' tomorrow' : ''}. Please arrive a few minutes early and bring comfortable clothes.`,
        after: [
          `If you can no longer come, please call us on ${phone} so someone else can have the time.`,
        ],
        link: o.hasManageLink ? { label: 'View your booking', intro: 'Your booking:' } : undefined,
      };
  }
}

/** A patient's message about their own appointment, as text and HTML, with the manage link as a placeholder. */
export function renderPatientMessage(
  kind: PatientMessageKind,
  f: AppointmentFacts,
  options: PatientMessageOptions,
): RenderedMessage {
  const copy = copyFor(kind, f, options);
  const rows = details(f);
  const notes = kind === 'confirmation' ? f.patientNotes.trim() : '';
  // Only while the visit is ahead: a cancellation needs no advice about going to it.
  const screening = kind === 'cancellation' ? [] : screeningFlagsOf(f);
  const greeting = `Hello ${firstName(f.patientName)},`;

  const text = textLayout(
    [
      greeting,
      '',
      copy.lead,
      ...screeningText(screening),
      '',
      detailsText(rows),
      ...(notes ? ['', 'What you told us:', notes] : []),
      ...(copy.link ? ['', copy.link.intro, MANAGE_URL_PLACEHOLDER] : []),
      ...copy.after.flatMap((p) => ['', p]),
    ].join('\n'),
    f.clinic,
  );

  const body: Html[] = [
    paragraph(greeting),
    paragraph(copy.lead),
    ...screeningHtml(screening),
    detailsHtml(rows),
    ...(notes
      ? [
          html`<p style="margin:0 0 4px;font-weight:bold">What you told us</p>`,
          paragraph(multiline(notes)),
        ]
      : []),
    ...(copy.link
      ? [paragraph(copy.link.intro), buttonHtml(MANAGE_URL_PLACEHOLDER, copy.link.label)]
      : []),
    ...copy.after.map((p) => paragraph(p)),
  ];
  return {
    subject: copy.subject,
    text,
    html: htmlLayout({
      subject: copy.subject,
      heading: copy.heading,
      body: html`${body}`,
      clinic: f.clinic,
    }),
  };
}

/**
 * The clinic's own notice of a new online booking. Names the patient and the time, never their
 * intake or notes: health details stay in the dashboard, behind its access rules.
 */
export function renderClinicNotice(f: AppointmentFacts, dashboardUrl: string): RenderedMessage {
  const when = clinicTime(f.startsAt, f.clinic.timeZone);
  const subject = `New online booking: ${f.serviceName}, ${when.shortDate} ${when.time}`;
  const rows: Detail[] = [{ label: 'Patient', value: f.patientName }, ...details(f).slice(0, 3)];
  const lead =
    'A patient has booked online. Open the appointment in the dashboard for their details.';
  const text = textLayout([lead, '', detailsText(rows), '', dashboardUrl].join('\n'), f.clinic);
  const body = html`${paragraph(lead)}${detailsHtml(rows)}${buttonHtml(dashboardUrl, 'Open in the dashboard')}`;
  return {
    subject,
    text,
    html: htmlLayout({ subject, heading: 'New online booking', body, clinic: f.clinic }),
  };
}
