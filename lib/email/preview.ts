import 'server-only';
import { smtpUrl } from './config';
import { fillManageLink } from './manage-link';
import { openOutboxLink, STAFF_LINK_KINDS } from './outbox-link';

const HIDDEN = '[the patient’s private manage link]';

/**
 * A message as the dashboard shows it. With the local mailbox (no SMTP_URL: a demo or a test run)
 * the Outbox page *is* the patient's inbox, so the manage link is shown and can be followed. With
 * real SMTP the link stays hidden: staff change bookings in the schedule, not as the patient.
 */
export function previewMessage(row: Parameters<typeof openOutboxLink>[0] & { textBody: string }): {
  text: string;
  manageUrl: string | null;
} {
  if (!row.manageTokenSealed) return { text: row.textBody, manageUrl: null };
  const url = smtpUrl() === null ? openOutboxLink(row) : null;
  return {
    text: fillManageLink(
      { text: row.textBody, html: '' },
      url ?? (STAFF_LINK_KINDS.has(row.kind) ? '[the staff member’s private link]' : HIDDEN),
    ).text,
    manageUrl: url,
  };
}
