/** Decorative hero art: a trail winding over hills under a morning sun. */
export function TrailIllustration({ className = '' }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 480 400"
      aria-hidden="true"
      focusable="false"
      className={className}
      preserveAspectRatio="xMidYMid slice"
    >
      <rect width="480" height="400" fill="#f1e8d9" />
      <circle cx="338" cy="118" r="52" fill="#e3955f" opacity="0.9" />
      <circle cx="338" cy="118" r="78" fill="#e3955f" opacity="0.14" />
      <path d="M0 222c70-40 130-58 200-40s130 44 200 20 60-30 80-36v234H0Z" fill="#b9d2d6" />
      <path d="M0 262c60-26 120-30 190-6s140 30 200 6 70-28 90-30v168H0Z" fill="#3d8291" />
      <path d="M0 316c80-24 150-24 230-4s150 22 250-8v96H0Z" fill="#1f4e5f" />
      <path
        d="M150 400c30-34 96-46 104-78s-52-38-36-60 86-22 108-42"
        fill="none"
        stroke="#fbf8f3"
        strokeWidth="14"
        strokeLinecap="round"
      />
      <path
        d="M150 400c30-34 96-46 104-78s-52-38-36-60 86-22 108-42"
        fill="none"
        stroke="#e6d8c1"
        strokeWidth="3"
        strokeLinecap="round"
        strokeDasharray="2 14"
      />
      <g fill="#173f4c">
        <path d="M62 300l14-40 14 40Z" />
        <path d="M84 306l11-30 11 30Z" />
        <path d="M398 290l12-34 12 34Z" />
        <path d="M420 298l10-28 10 28Z" />
      </g>
    </svg>
  );
}
