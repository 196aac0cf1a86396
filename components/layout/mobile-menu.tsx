'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useRef, type KeyboardEvent } from 'react';
import { CloseIcon, MenuIcon, PhoneIcon } from '@/components/ui/icons';
import { isActivePath, navItems } from './nav-items';

/**
 * A <details> disclosure, so the menu opens without JavaScript too. With JavaScript it also closes
 * on Escape (focus back on the toggle), after choosing a link, and on every navigation (the
 * element is keyed by path, so it remounts closed). Its landmark is "Main menu": <MainNav> is the
 * wider screens' "Main" (only one of them is ever displayed, but landmark names stay unique).
 */
export function MobileMenu({ phoneHref, phoneLabel }: { phoneHref: string; phoneLabel: string }) {
  const pathname = usePathname();
  const ref = useRef<HTMLDetailsElement>(null);

  const close = (restoreFocus: boolean) => {
    const details = ref.current;
    if (!details?.open) return;
    details.open = false;
    if (restoreFocus) details.querySelector('summary')?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key === 'Escape') close(true);
  };

  return (
    <details key={pathname} ref={ref} onKeyDown={onKeyDown} className="group md:hidden">
      <summary
        aria-label="Menu"
        className="flex size-11 cursor-pointer list-none items-center justify-center rounded-full border border-sand-300 bg-white text-brand-900 hover:bg-sand-50 [&::-webkit-details-marker]:hidden"
      >
        <MenuIcon className="size-6 group-open:hidden" />
        <CloseIcon className="hidden size-6 group-open:block" />
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-sand-200 bg-cream shadow-lg">
        <nav aria-label="Main menu" className="mx-auto max-w-6xl px-4 py-3 sm:px-6">
          <ul className="divide-y divide-sand-200">
            {navItems.map((item) => {
              const active = isActivePath(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    onClick={() => close(false)}
                    aria-current={active ? 'page' : undefined}
                    className={`flex min-h-12 items-center py-2 text-lg font-medium no-underline ${
                      active
                        ? 'text-brand-800 underline decoration-clay-600 decoration-2 underline-offset-[6px]'
                        : 'text-ink'
                    }`}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
            <li>
              <a
                href={phoneHref}
                className="whitespace-nowrap flex min-h-12 items-center gap-2 py-2 text-lg font-medium text-brand-800 no-underline"
              >
                <PhoneIcon className="size-5" /> Call {phoneLabel}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </details>
  );
}
