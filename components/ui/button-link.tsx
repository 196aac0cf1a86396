import Link from 'next/link';
import type { ComponentProps } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'light';
export type ButtonSize = 'md' | 'lg';

const base =
  'inline-flex items-center justify-center gap-2 rounded-full font-semibold no-underline transition-[background-color,border-color,color] duration-150 text-center leading-snug';

const variants: Record<ButtonVariant, string> = {
  // The one warm accent: reserved for the booking call to action.
  primary: 'bg-clay-700 text-white shadow-sm hover:bg-clay-800 active:bg-clay-800',
  secondary:
    'border-2 border-brand-800 bg-transparent text-brand-800 hover:bg-brand-50 active:bg-brand-100',
  // For dark teal sections.
  light: 'bg-cream text-brand-900 hover:bg-sand-100',
};

const sizes: Record<ButtonSize, string> = {
  md: 'min-h-11 px-4 py-2 text-[0.95rem]',
  lg: 'min-h-12 px-6 py-3 text-base',
};

/** Class names for anything that should look like a button (links, <button>s in error pages). */
export function buttonClasses(variant: ButtonVariant = 'primary', size: ButtonSize = 'md'): string {
  return `${base} ${variants[variant]} ${sizes[size]}`;
}

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize };

export function ButtonLink({ variant, size, className = '', ...props }: ButtonLinkProps) {
  return <Link className={`${buttonClasses(variant, size)} ${className}`} {...props} />;
}
