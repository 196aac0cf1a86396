import { DateTime } from 'luxon';
import { formatPhone } from '@/lib/format';
import { html, type Html } from '../html';

/** What every message says about the clinic: its name, address and phone in the footer. */
export interface ClinicIdentity {
  name: string;
  email: string;
  phone: string;
  /** One line: "418 Alder Row, Suite 2, Portland, OR 97205". */
  address: string;
  timeZone: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** Filled in at delivery with the patient's own manage link (lib/email/manage-link.ts). */
export const MANAGE_URL_PLACEHOLDER = '{{manage_url}}';

// Brand colours from app/globals.css; each pair below has at least 7:1 contrast.
const BRAND = '#1f4e5f';
const INK = '#1c2b31';
const MUTED = '#4b5b61';
const CREAM = '#f7f1e7';

export function clinicTime(instant: Date, timeZone: string) {
  const t = DateTime.fromJSDate(instant, { zone: timeZone }).setLocale('en-US');
  return {
    /** "Tuesday 3 November 2026" */
    date: t.toFormat('cccc d LLLL yyyy'),
    /** "Tue 3 Nov" */
    shortDate: t.toFormat('ccc d LLL'),
    /** "9:00 AM" */
    time: t.toFormat('h:mm a'),
    /** "PST" / "PDT": says which side of a clock change the time is on. */
    zone: t.toFormat('ZZZZ'),
  };
}

export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? '';
}

export interface Detail {
  label: string;
  value: string;
}

export function detailsText(details: readonly Detail[]): string {
  const width = Math.max(...details.map((d) => d.label.length)) + 2;
  return details.map((d) => `  ${`${d.label}:`.padEnd(width)}${d.value}`).join('\n');
}

/** A real data table (row headers), so screen readers announce "When: Tuesday …". */
export function detailsHtml(details: readonly Detail[]): Html {
  return html`<table style="border-collapse:collapse;margin:0 0 20px;width:100%">
    ${details.map(
      (d) =>
        html`<tr>
          <th
            scope="row"
            style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;color:${MUTED};font-weight:600;white-space:nowrap"
          >
            ${d.label}
          </th>
          <td style="padding:6px 0;color:${INK}">${d.value}</td>
        </tr>`,
    )}
  </table>`;
}

export function buttonHtml(href: Html | string, label: string): Html {
  return html`<p style="margin:24px 0">
    <a
      href="${href}"
      style="display:inline-block;background:${BRAND};color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:underline;font-weight:600"
      >${label}</a
    >
  </p>`;
}

export function paragraph(content: Html | string): Html {
  return html`<p style="margin:0 0 16px">${content}</p>`;
}

/** The plain-text part: greeting, body, then the clinic's signature. */
export function textLayout(body: string, clinic: ClinicIdentity): string {
  return [
    body.trim(),
    '',
    '--',
    clinic.name,
    clinic.address,
    `Phone ${formatPhone(clinic.phone)} · ${clinic.email}`,
    '',
  ].join('\n');
}

/** The HTML part: a single-column, table-free-where-possible layout that survives mail clients. */
export function htmlLayout(opts: {
  subject: string;
  heading: string;
  body: Html;
  clinic: ClinicIdentity;
}): string {
  const { clinic } = opts;
  const tel = clinic.phone.replace(/[^0-9+]/g, '');
  return html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>${opts.subject}</title>
      </head>
      <body style="margin:0;padding:0;background:${CREAM}">
        <div
          role="article"
          aria-roledescription="email"
          aria-label="${opts.subject}"
          lang="en"
          style="background:${CREAM};padding:24px 12px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:${INK}"
        >
          <div
            style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;overflow:hidden"
          >
            <div style="background:${BRAND};padding:18px 24px">
              <p
                style="margin:0;font-family:Georgia,'Times New Roman',serif;font-size:20px;font-weight:bold;color:#ffffff"
              >
                ${clinic.name}
              </p>
            </div>
            <div style="padding:24px">
              <h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:${INK}">
                ${opts.heading}
              </h1>
              ${opts.body}
            </div>
            <div
              style="border-top:1px solid #e6d8c1;padding:16px 24px;font-size:14px;color:${MUTED}"
            >
              <p style="margin:0 0 4px;font-weight:bold;color:${INK}">${clinic.name}</p>
              <p style="margin:0 0 4px">${clinic.address}</p>
              <p style="margin:0">
                Phone <a href="tel:${tel}" style="color:${BRAND}">${formatPhone(clinic.phone)}</a> ·
                <a href="mailto:${clinic.email}" style="color:${BRAND}">${clinic.email}</a>
              </p>
            </div>
          </div>
        </div>
      </body>
    </html> `.value;
}
