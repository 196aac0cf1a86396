import type { PractitionerProfile } from '@/db/queries/practitioners';

/** Credentials and clinical interests under a practitioner's bio (nothing when both are empty). */
export function ProfileLists({
  person,
}: {
  person: Pick<PractitionerProfile, 'slug' | 'credentials' | 'interests'>;
}) {
  if (person.credentials.length === 0 && person.interests.length === 0) return null;
  const lists = [
    { id: `${person.slug}-credentials`, title: 'Qualifications', items: person.credentials },
    { id: `${person.slug}-interests`, title: 'Special interests', items: person.interests },
  ].filter((list) => list.items.length > 0);
  return (
    <div className="mt-5 grid gap-5 md:grid-cols-2">
      {lists.map((list) => (
        // Not a region: every practitioner has these lists, so the landmark names would repeat.
        <div key={list.id}>
          <h3
            id={list.id}
            className="font-sans text-sm font-semibold tracking-wider text-muted uppercase"
          >
            {list.title}
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {list.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
