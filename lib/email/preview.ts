import 'server-only';
import { smtpUrl } from './config';
import { fillManageLink, manageUrl, openManageLink } from './manage-link';

const HIDDEN = '[the patient’s private manage link]';

/**
 * A message as the dashboard shows it. With the local mailbox (no SMTP_URL: a demo or a test run)
 * the Outbox page *is* the patient's inbox, so the manage link is shown and can be followed. With
 * real SMTP the link stays hidden: staff change bookings in the schedule, not as the patient.
 */
export function previewMessage(row: {
  textBody: string;
  manageTokenSealed: string | null;
  appointmentId: string | null;
}): {
  text: string;
  manageUrl: string | null;
} {
  if (!row.manageTokenSealed || !row.appointmentId) return { text: row.textBody, manageUrl: null };
  const token =
    smtpUrl() === null ? openManageLink(row.manageTokenSealed, row.appointmentId) : null;
  const url = token ? manageUrl(token) : null;
  return {
    text: fillManageLink({ text: row.textBody, html: '' }, url ?? HIDDEN).text,
    manageUrl: url,
  };
}
