/**
 * Decorative hero art: a trail winding over hills under a morning sun. A file
 * (public/illustrations/site/trail.svg), not inline SVG: inline, its markup was sent twice, in the
 * HTML and in the RSC payload, on every home page.
 */
export function TrailIllustration({ className = '' }: { className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- an SVG needs no optimisation
    <img
      src="/illustrations/site/trail.svg"
      alt=""
      width={480}
      height={400}
      className={className}
    />
  );
}
