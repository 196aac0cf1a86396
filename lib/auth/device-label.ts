import Bowser from 'bowser';

/** "Firefox 132 on Windows", from a User-Agent: what staff recognise in their list of sessions. */
export function deviceLabel(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown device';
  const parsed = Bowser.parse(userAgent.slice(0, 512));
  const browser = [parsed.browser.name, parsed.browser.version?.split('.')[0]]
    .filter(Boolean)
    .join(' ');
  const os = parsed.os.name ?? '';
  const label = browser && os ? `${browser} on ${os}` : browser || os || 'Unknown device';
  return label.replace(/\p{Cc}/gu, '').slice(0, 120);
}
