import { afterEach, describe, expect, it } from 'vitest';
import {
  databaseState,
  databaseUnavailable,
  markDatabaseUp,
  reportDatabaseError,
  setDatabaseProbe,
} from './state';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
  code: 'ECONNREFUSED',
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => {
  setDatabaseProbe(
    async () => undefined,
    async () => undefined,
  );
  markDatabaseUp();
});

describe('database state', () => {
  it('treats a bug or a refused statement as no outage', () => {
    setDatabaseProbe(
      async () => undefined,
      async () => undefined,
    );
    const unique = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(reportDatabaseError(unique)).toBe(false);
    expect(reportDatabaseError(new Error('boom'))).toBe(false);
    expect(databaseUnavailable()).toBe(false);
  });

  it('stays up when one connection fails but the database still answers', async () => {
    setDatabaseProbe(
      async () => undefined,
      async () => undefined,
    );
    expect(reportDatabaseError(refused)).toBe(true);
    await settle();
    expect(databaseUnavailable()).toBe(false);
  });

  it('answers 503 once a fresh connection fails too, and recovers when the probe succeeds', async () => {
    let serverUp = false;
    const ping = async () => {
      if (!serverUp) throw refused;
    };
    setDatabaseProbe(ping, ping);
    expect(reportDatabaseError(refused)).toBe(true);
    await settle();
    expect(databaseUnavailable()).toBe(true);
    expect(databaseState().downSince).not.toBeNull();
    serverUp = true;
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(databaseUnavailable()).toBe(false);
  });
});
