import Link from 'next/link';
import type { ComponentProps } from 'react';
import { buttonClasses, type ButtonVariants } from './button';

/**
 * A link that looks like a button (components/ui/button.tsx). Its default is the booking call to
 * action, since nearly every button-styled link on the site leads to booking.
 */
export function ButtonLink({
  variant = 'cta',
  size,
  wide,
  className,
  ...props
}: ComponentProps<typeof Link> & ButtonVariants) {
  return <Link className={buttonClasses({ variant, size, wide }, className)} {...props} />;
}
