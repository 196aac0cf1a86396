import { buttonClasses } from '@/components/ui/button';
import { PhoneIcon } from '@/components/ui/icons';
import { RedFlagList } from '@/components/ui/red-flags';
import { TIER_GUIDANCE } from '@/lib/clinical/red-flags';
import { FALLBACK_PHONE, formatPhone, telHref } from '@/lib/format';
import { LogoMark } from './logo-mark';

/**
 * What error.tsx and global-error.tsx show: an apology, a retry and the phone number. Never the
 * error's message or stack, which may hold internal details. Uses plain <a> (no router, which may
 * be what broke) and no database.
 */
export function ErrorMessage({ onRetry }: { onRetry: () => void }) {
  return (
    <div className="flex min-h-dvh flex-col bg-cream">
      <header className="border-b border-sand-200">
        <div className="mx-auto flex max-w-6xl items-center gap-2.5 px-4 py-4 sm:px-6">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload recovers from a broken client state */}
          <a href="/" className="inline-flex items-center gap-2.5 rounded-lg no-underline">
            <LogoMark className="size-9 sm:size-10" />
            <span className="flex flex-col leading-none">
              <span className="font-serif text-[1.15rem] font-semibold tracking-tight text-brand-900 sm:text-xl">
                Larkfield Stride
              </span>
              <span className="mt-1 text-[0.7rem] font-semibold tracking-[0.14em] text-brand-700 uppercase">
                Chiropractic
              </span>
            </span>
          </a>
        </div>
      </header>
      <main
        id="main-content"
        className="mx-auto w-full max-w-2xl flex-1 px-4 py-16 sm:px-6 sm:py-24"
      >
        <h1 className="text-4xl sm:text-5xl">Sorry, something went wrong</h1>
        <p className="mt-5 text-lead text-muted">
          This page didn’t load properly. It’s a problem on our side, not something you did. Please
          try again in a moment.
        </p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <button
            type="button"
            onClick={onRetry}
            className={buttonClasses({ variant: 'cta', size: 'lg' })}
          >
            Try again
          </button>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- as above */}
          <a href="/" className={buttonClasses({ variant: 'secondary', size: 'lg' })}>
            Go to the home page
          </a>
        </div>
        <div className="mt-10 rounded-card border border-sand-200 bg-white p-5 sm:p-6">
          <p className="font-semibold text-ink">
            Need to book, change an appointment or ask something?
          </p>
          <p className="mt-2">
            Call us on{' '}
            <a
              href={telHref(FALLBACK_PHONE)}
              className="whitespace-nowrap inline-flex items-center gap-1.5 font-semibold text-brand-800 underline underline-offset-4"
            >
              <PhoneIcon className="size-5" />
              {formatPhone(FALLBACK_PHONE)}
            </a>
            .
          </p>
          <div className="mt-3 text-[0.95rem] text-muted">
            <p>{TIER_GUIDANCE.emergency.lead}</p>
            <RedFlagList tier="emergency" className="mt-1" />
          </div>
        </div>
      </main>
    </div>
  );
}
