'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { isActivePath, navItems } from './nav-items';

/** Inline navigation for md and up; phones get <MobileMenu>. */
export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="hidden md:block">
      <ul className="flex items-center gap-1 lg:gap-2">
        {navItems.map((item) => {
          const active = isActivePath(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-3 font-medium underline-offset-[6px] hover:text-brand-800 hover:underline ${
                  active
                    ? 'text-brand-800 underline decoration-clay-600 decoration-2'
                    : 'text-ink no-underline'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
