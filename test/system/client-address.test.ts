import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, waitForHealth, type AppServer } from './support/app-server';
import { bookingAttempt, openSlots, postBooking } from './support/booking';
import { createDatabase, databaseCommand } from './support/databases';

// `next start` facing clients directly, as it is with the default TRUSTED_PROXY_HOPS (unset):
// whatever X-Forwarded-For a client sends, its rate limits count its real address.
let database: Awaited<ReturnType<typeof createDatabase>>;
let app: AppServer;

beforeAll(async () => {
  database = await createDatabase(inject('postgresServerUrl'), 'direct');
  await databaseCommand(database.url, 'setup');
  app = startApp(6, database.url, { TRUSTED_PROXY_HOPS: '' });
  await waitForHealth(app.baseUrl, 200);
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe('no proxy in front (the default)', () => {
  it('a client inventing a new X-Forwarded-For for every booking attempt still meets the limit', async () => {
    const [slot] = await openSlots(app.baseUrl, 7);
    const answers = [];
    // The booking limit is 10 attempts per client address per 10 minutes.
    for (let i = 0; i < 12; i++) {
      answers.push(
        await postBooking(app.baseUrl, bookingAttempt(slot!, 'spoof', `203.0.113.${100 + i}`)),
      );
    }
    expect(answers.slice(0, 10).map((a) => a.status)).toEqual([201, ...Array<number>(9).fill(409)]);
    for (const answer of answers.slice(10)) {
      expect(answer.status).toBe(429);
      expect(answer.body.error?.code).toBe('rate_limited');
    }
  });
});
