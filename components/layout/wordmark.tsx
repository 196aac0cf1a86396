import Link from 'next/link';
import { LogoMark } from './logo-mark';

/** Logo and name, linking home. `tone="light"` for the dark footer. */
export function Wordmark({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const name = tone === 'dark' ? 'text-brand-900' : 'text-cream';
  const sub = tone === 'dark' ? 'text-brand-700' : 'text-brand-100';
  return (
    <Link href="/" className="inline-flex min-w-0 items-center gap-2.5 rounded-lg no-underline">
      <LogoMark className="size-9 sm:size-10" />
      <span className="flex min-w-0 flex-col leading-none">
        <span
          className={`font-serif text-[1.0625rem] leading-tight font-semibold tracking-tight min-[380px]:text-[1.15rem] min-[380px]:leading-none min-[380px]:whitespace-nowrap sm:text-xl ${name}`}
        >
          Larkfield Stride
        </span>
        <span
          className={`mt-1 text-[0.7rem] font-semibold tracking-[0.08em] whitespace-nowrap uppercase min-[380px]:tracking-[0.14em] ${sub}`}
        >
          Chiropractic
        </span>
      </span>
    </Link>
  );
}
