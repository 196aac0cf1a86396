/** An absolute URL on the public site (SITE_URL, the same origin metadataBase uses). */
export function absoluteUrl(pathname = '/'): string {
  return new URL(pathname, process.env.SITE_URL ?? 'http://localhost:3000').toString();
}
