/** The public site's main navigation. */
export const navItems = [
  { href: '/therapies', label: 'Therapies' },
  { href: '/articles', label: 'Articles' },
  { href: '/team', label: 'Team' },
  { href: '/fees', label: 'Fees' },
  { href: '/contact', label: 'Contact' },
] as const;

export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
