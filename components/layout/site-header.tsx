import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { CalendarIcon, PhoneIcon } from '@/components/ui/icons';
import { formatPhone, telHref } from '@/lib/format';
import { MainNav } from './main-nav';
import { MobileMenu } from './mobile-menu';
import { Wordmark } from './wordmark';

export function SiteHeader({ phone }: { phone: string }) {
  const phoneHref = telHref(phone);
  const phoneLabel = formatPhone(phone);
  return (
    <header className="relative z-30 border-b border-sand-200 bg-cream">
      <div className="on-dark bg-brand-900 text-sm text-brand-100">
        <Container className="flex min-h-9 items-center justify-between gap-4 py-1">
          <p className="hidden sm:block">Chiropractic care for runners · Portland, Oregon</p>
          <a
            href={phoneHref}
            className="whitespace-nowrap inline-flex items-center gap-1.5 font-medium text-cream no-underline hover:underline max-sm:mx-auto"
          >
            <PhoneIcon className="size-4" />
            <span>
              <span className="sr-only sm:not-sr-only">Questions? </span>Call {phoneLabel}
            </span>
          </a>
        </Container>
      </div>
      <Container className="flex min-h-16 items-center justify-between gap-3 py-3 sm:min-h-20">
        <Wordmark />
        <div className="flex items-center gap-2 sm:gap-3 lg:gap-5">
          <MainNav />
          <ButtonLink href="/book" className="whitespace-nowrap max-sm:px-3.5">
            <CalendarIcon className="size-5 max-[379px]:hidden" />
            <span>
              Book<span className="max-sm:sr-only md:max-lg:sr-only"> an appointment</span>
            </span>
          </ButtonLink>
          <MobileMenu phoneHref={phoneHref} phoneLabel={phoneLabel} />
        </div>
      </Container>
    </header>
  );
}
