/**
 * The clinic's mark: a stride curve (it doubles as a spine) under a warm sun. Decorative. A file
 * (public/illustrations/site/logo-mark.svg), so its markup is not sent twice (HTML and RSC payload)
 * in the header and footer of every page.
 */
export function LogoMark({ className = 'size-10' }: { className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- an SVG needs no optimisation
    <img
      src="/illustrations/site/logo-mark.svg"
      alt=""
      width={40}
      height={40}
      className={`shrink-0 ${className}`}
    />
  );
}
