import { html } from '../html';
import {
  buttonHtml,
  firstName,
  htmlLayout,
  MANAGE_URL_PLACEHOLDER,
  paragraph,
  textLayout,
  type ClinicIdentity,
  type RenderedMessage,
} from './layout';

/**
 * E-mails to staff about their own account. The link (MANAGE_URL_PLACEHOLDER) is filled in at
 * delivery from a sealed value (lib/email/outbox-link.ts): the stored message never holds it.
 */
export interface StaffMessageFacts {
  name: string;
  /** "Front desk", "Practitioner", "Admin". */
  roleLabel: string;
  clinic: ClinicIdentity;
  expiresHours: number;
}

function hoursText(hours: number): string {
  return hours % 24 === 0 && hours >= 48
    ? `${hours / 24} days`
    : `${hours} hour${hours === 1 ? '' : 's'}`;
}

export function renderStaffInvitation(f: StaffMessageFacts): RenderedMessage {
  const subject = `Your staff account at ${f.clinic.name}`;
  const lead = `Hello ${firstName(f.name)}, you have been given a staff account (${f.roleLabel}) for the ${f.clinic.name} dashboard.`;
  const step = `Choose your own password with this link. It works once and for ${hoursText(f.expiresHours)}; after that, ask an admin to send a new invitation.`;
  const footnote = 'If you did not expect this, you can ignore this e-mail.';
  return {
    subject,
    text: textLayout([lead, '', step, MANAGE_URL_PLACEHOLDER, '', footnote].join('\n'), f.clinic),
    html: htmlLayout({
      subject,
      heading: 'Choose your password',
      body: html`${paragraph(lead)}${paragraph(step)}${buttonHtml(MANAGE_URL_PLACEHOLDER, 'Choose my password')}${paragraph(footnote)}`,
      clinic: f.clinic,
    }),
  };
}

export function renderStaffPasswordReset(f: StaffMessageFacts): RenderedMessage {
  const subject = `Reset your ${f.clinic.name} staff password`;
  const lead = `Hello ${firstName(f.name)}, someone asked to reset the password of your staff account.`;
  const step = `If it was you, choose a new password with this link. It works once and for ${hoursText(f.expiresHours)}. Choosing a new password signs your account out everywhere.`;
  const footnote =
    'If it was not you, ignore this e-mail: your password stays as it is. Tell an admin if it keeps happening.';
  return {
    subject,
    text: textLayout([lead, '', step, MANAGE_URL_PLACEHOLDER, '', footnote].join('\n'), f.clinic),
    html: htmlLayout({
      subject,
      heading: 'Reset your password',
      body: html`${paragraph(lead)}${paragraph(step)}${buttonHtml(MANAGE_URL_PLACEHOLDER, 'Choose a new password')}${paragraph(footnote)}`,
      clinic: f.clinic,
    }),
  };
}
