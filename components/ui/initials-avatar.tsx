/** A coloured disc with a person's initials, ignoring titles like "Dr.". Decorative. */
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
  // Practitioner colours are chosen in the dashboard as dark calendar tones; white text sits on them.
  const background = /^#[0-9a-f]{6}$/i.test(color) ? color : '#2f6f7e';
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-full font-serif font-semibold text-white ${className}`}
      style={{ backgroundColor: background }}
    >
      {text}
    </span>
  );
}
