import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { serverKeyCheck } from '@/db/schema';
import { seal, unseal } from './seal';

const PURPOSE = 'server-key-check';
const KNOWN = 'the clinic app and its workers share this key';
const BOUND = 'server_key_check';

export type KeyCheck = 'sealed' | 'shared' | 'resealed';

export class KeyMismatchError extends Error {
  constructor() {
    super(
      'AUTH_SECRET differs from the one the app sealed server_key_check with: this process would ' +
        'seal links the app cannot open (and open none of its). Give it the app’s AUTH_SECRET.',
    );
    this.name = 'KeyMismatchError';
  }
}

/**
 * Whether this process's AUTH_SECRET opens the value the app sealed. The app (`role: 'app'`) owns
 * the row: it seals it on first start and, after AUTH_SECRET was changed on purpose, seals it again
 * (returning 'resealed' so the caller can say what became unreadable). A worker never rewrites an
 * existing row: a mismatch throws KeyMismatchError.
 */
export async function checkSharedKey(role: 'app' | 'worker'): Promise<KeyCheck> {
  const inserted = await db
    .insert(serverKeyCheck)
    .values({ id: 1, sealed: seal(PURPOSE, KNOWN, BOUND) })
    .onConflictDoNothing()
    .returning({ id: serverKeyCheck.id });
  if (inserted.length > 0) return 'sealed';
  const [row] = await db.select().from(serverKeyCheck).where(eq(serverKeyCheck.id, 1));
  if (row && unseal(PURPOSE, row.sealed, BOUND) === KNOWN) return 'shared';
  if (role === 'worker') throw new KeyMismatchError();
  await db
    .update(serverKeyCheck)
    .set({ sealed: seal(PURPOSE, KNOWN, BOUND), sealedAt: new Date() })
    .where(eq(serverKeyCheck.id, 1));
  return 'resealed';
}
