import { cva, type VariantProps } from 'class-variance-authority';
import type { ButtonHTMLAttributes } from 'react';
import { twMerge } from 'tailwind-merge';

/**
 * The one button look, for <button>s, links (ButtonLink) and submit buttons
 * (components/forms/submit-button.tsx). Variants live here only; callers pick a variant and size
 * and add layout classes (margins, width), which tailwind-merge lets win over the defaults.
 */
export const buttonVariants = cva(
  'inline-flex cursor-pointer items-center justify-center gap-2 rounded-full text-center leading-snug font-semibold no-underline transition-[background-color,border-color,color] duration-150 disabled:cursor-wait disabled:opacity-70',
  {
    variants: {
      variant: {
        // The one warm accent: reserved for the booking call to action.
        cta: 'bg-clay-700 text-white shadow-sm hover:bg-clay-800 active:bg-clay-800',
        primary: 'bg-brand-800 text-white hover:bg-brand-900',
        secondary:
          'border-2 border-brand-800 bg-transparent text-brand-800 hover:bg-brand-50 active:bg-brand-100',
        // For dark teal sections.
        light: 'bg-cream text-brand-900 hover:bg-sand-100',
        danger: 'bg-clay-700 text-white hover:bg-clay-800',
        // A destructive choice offered beside a safer one, so it doesn't shout.
        dangerOutline: 'border-2 border-clay-700 text-clay-800 hover:bg-clay-50',
        // The quiet way out beside a form's main button ("Keep it").
        ghost: 'text-brand-800 hover:bg-brand-50',
      },
      size: {
        sm: 'min-h-10 px-4 py-2 text-[0.95rem]',
        md: 'min-h-11 px-4 py-2 text-[0.95rem]',
        lg: 'min-h-12 px-6 py-3 text-base',
      },
      // Full width on phones, its own width from the sm breakpoint (the public forms' submit).
      wide: { true: 'w-full sm:w-auto', false: '' },
    },
    defaultVariants: { variant: 'primary', size: 'md', wide: false },
  },
);

export type ButtonVariants = VariantProps<typeof buttonVariants>;

/** Class names for anything that should look like a button; `className` wins over defaults. */
export function buttonClasses(variants: ButtonVariants = {}, className?: string): string {
  return twMerge(buttonVariants(variants), className);
}

export function Button({
  variant,
  size,
  wide,
  className,
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & ButtonVariants) {
  return (
    <button type={type} className={buttonClasses({ variant, size, wide }, className)} {...props} />
  );
}
