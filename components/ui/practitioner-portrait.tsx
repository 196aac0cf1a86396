import type { PhotoSources } from '@/db/queries/practitioners';
import { InitialsAvatar } from './initials-avatar';

/**
 * A practitioner's portrait (the variants an admin uploaded) or, without one, their initials.
 * A plain <img> with srcSet: the variants are already sized and cached forever, so Next's image
 * optimizer would only add a second copy.
 */
export function PractitionerPortrait({
  name,
  color,
  photo,
  sizes,
  className,
  avatarClassName,
}: {
  name: string;
  color: string;
  photo: PhotoSources | null;
  /** The rendered width, for the browser's choice among the variants, e.g. "112px". */
  sizes: string;
  className: string;
  avatarClassName: string;
}) {
  if (!photo) return <InitialsAvatar name={name} color={color} className={avatarClassName} />;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- pre-sized variants served from the database
    <img
      src={photo.src}
      srcSet={photo.srcSet}
      sizes={sizes}
      alt={`Portrait of ${name}`}
      width={160}
      height={160}
      loading="lazy"
      decoding="async"
      className={`shrink-0 rounded-full bg-sand-100 object-cover ${className}`}
    />
  );
}
