/**
 * The name of a therapy where space is tight (a narrow column of the week view): the whole name
 * when it is short, else its first words. A person reads it; it is never a code.
 */
export function shortServiceName(name: string, max = 20): string {
  const words = name.trim().split(/\s+/);
  let short = words[0] ?? name;
  for (const word of words.slice(1)) {
    if (`${short} ${word}`.length > max) break;
    short = `${short} ${word}`;
  }
  const small = /\s+(and|of|the|for|with)$/i;
  while (small.test(short)) short = short.replace(small, '');
  return short;
}
