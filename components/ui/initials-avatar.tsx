/** A colored disc with a person's initials, ignoring titles like "Dr.". Decorative. */
export function InitialsAvatar({
  name,
  color,
  className = 'size-16 text-xl',
}: {
  name: string;
  color: string;
  className?: string;
}) {
  const initials = name
    .split(/\s+/)
    .filter((part) => part && !/^(dr|mr|mrs|ms|mx|prof)\.?$/i.test(part))
    .map((part) => part[0]?.toUpperCase() ?? '')
    .filter(Boolean);
  const text = `${initials[0] ?? ''}${initials.length > 1 ? initials.at(-1) : ''}`;
  // Practitioner colors are chosen in the dashboard as dark calendar tones; white text sits on them.
  const background = /^#[0-9a-f]{6}$/i.test(color) ? color : '#2f6f7e';
  return (
    <span
      aria-hidden="true"
      className={`relative inline-flex shrink-0 items-center justify-center font-serif font-semibold text-white ${className}`}
    >
      {/* The disc is drawn, not styled: its color comes from the database and the page carries
          no inline styles. */}
      <svg viewBox="0 0 2 2" className="absolute inset-0 size-full" focusable="false">
        <circle cx="1" cy="1" r="1" fill={background} />
      </svg>
      <span className="relative">{text}</span>
    </span>
  );
}
