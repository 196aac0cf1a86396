/** "Figure-four (piriformis) stretch" → "figure-four-piriformis-stretch"; always a safe id. */
export function headingId(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'section';
}

/** Returns a function that hands out each id once: "setup", "setup-2", "setup-3", … */
export function makeUniqueId(reserved: readonly string[] = []): (base: string) => string {
  const used = new Set(reserved);
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
