/** Options of the "Practitioner profile" select: none, or a profile no other account uses. */
export function practitionerOptions(
  practitioners: ReadonlyArray<{ id: string; name: string; taken: boolean }>,
) {
  return [
    { value: '', label: 'None' },
    ...practitioners.map((p) => ({
      value: p.id,
      label: p.taken ? `${p.name} (has an account)` : p.name,
      disabled: p.taken,
    })),
  ];
}
