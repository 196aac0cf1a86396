import type { ReactNode } from 'react';
import { AlertIcon, InfoIcon } from './icons';

const tones = {
  info: { box: 'border-brand-200 bg-brand-50', icon: 'text-brand-700', Icon: InfoIcon },
  warning: { box: 'border-clay-100 bg-clay-50', icon: 'text-clay-700', Icon: AlertIcon },
} as const;

/** A bordered note with an icon; the title (if any) is bold text, not a heading. */
export function Callout({
  tone = 'info',
  title,
  children,
  className = '',
}: {
  tone?: keyof typeof tones;
  title?: string;
  children: ReactNode;
  className?: string;
}) {
  const { box, icon, Icon } = tones[tone];
  return (
    <div className={`flex gap-3 rounded-xl border p-4 sm:p-5 ${box} ${className}`}>
      <Icon className={`mt-0.5 size-6 ${icon}`} />
      <div className="min-w-0">
        {title ? <p className="mb-1 font-semibold text-ink">{title}</p> : null}
        <div className="text-ink [&_a]:font-semibold [&_a]:text-brand-800 [&_a]:underline [&_p+p]:mt-2">
          {children}
        </div>
      </div>
    </div>
  );
}
