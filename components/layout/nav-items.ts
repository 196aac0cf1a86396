/** The public site's main navigation. (Articles joins here once its pages exist.) */
export const navItems = [
  { href: '/therapies', label: 'Therapies' },
  { href: '/team', label: 'Team' },
  { href: '/contact', label: 'Contact' },
] as const;

export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
