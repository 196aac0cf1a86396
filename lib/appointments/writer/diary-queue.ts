/**
 * Writes to one practitioner's diary, one at a time within this process. The diary's advisory
 * lock already serialises them across every instance; queueing here as well means the ones
 * waiting for their turn wait in memory instead of each holding a pooled connection idle in
 * pg_advisory_xact_lock, which starved the pool (and with it every other practitioner's bookings
 * and every availability read) under a burst for one practitioner. First come, first served.
 */
const tails = new Map<string, Promise<void>>();

export async function inDiaryQueue<T>(practitionerId: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(practitionerId) ?? Promise.resolve();
  let release!: () => void;
  const turn = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => turn);
  tails.set(practitionerId, tail);
  await previous;
  try {
    return await work();
  } finally {
    release();
    if (tails.get(practitionerId) === tail) tails.delete(practitionerId);
  }
}

/**
 * The turn of every diary in `practitionerIds`, taken in sorted order (so two callers needing the
 * same diaries cannot each hold one and wait for the other), then `work`. Call it before opening
 * the transaction: a caller already inside one takes the advisory locks alone (lockDiaries).
 */
export function inDiaryQueues<T>(
  practitionerIds: readonly string[],
  work: () => Promise<T>,
): Promise<T> {
  const ids = [...new Set(practitionerIds)].sort();
  return ids.reduceRight<() => Promise<T>>((inner, id) => () => inDiaryQueue(id, inner), work)();
}
