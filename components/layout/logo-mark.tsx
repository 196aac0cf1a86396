/** The clinic's mark: a stride curve (it doubles as a spine) under a warm sun. Decorative. */
export function LogoMark({ className = 'size-10' }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 40 40"
      aria-hidden="true"
      focusable="false"
      className={`shrink-0 ${className}`}
    >
      <rect width="40" height="40" rx="11" fill="#1f4e5f" />
      <circle cx="27.5" cy="12.5" r="4.5" fill="#e3955f" />
      <path
        d="M9 31c5.5 0 6.5-5 10.5-8.5S26 20 31 20"
        fill="none"
        stroke="#fbf8f3"
        strokeWidth="3.2"
        strokeLinecap="round"
      />
      <path
        d="M9 25.5c3 0 4.2-1.6 5.6-3.4"
        fill="none"
        stroke="#b9d2d6"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
    </svg>
  );
}
