import type { Instrumentation } from 'next';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A bad setting or a missing secret stops start-up here, with the variable's name.
  const { configurationOrExit } = await import('./lib/security/secret');
  configurationOrExit('The app');
  // Then: nothing Next prints about a failed query may carry its SQL or parameters.
  const { installConsoleScrubber } = await import('./lib/logger');
  installConsoleScrubber();
  const { checkKeyOnStartup, migrateOnStartup } = await import('./lib/startup');
  // Serve only after migrations when the database answers; if it is down, come up anyway
  // (health and pages answer 503) and let migrateOnStartup keep retrying in the background.
  await Promise.race([
    migrateOnStartup().then(() => checkKeyOnStartup('app')),
    new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
  ]);
  // The e-mail outbox worker, in the background; never during `next build` (lib/email/in-app.ts).
  void import('./lib/email/in-app').then((m) => m.startInAppWorker()).catch(console.error);
}

/** A page or route that failed because the database is unreachable marks it down (db/state.ts). */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportDatabaseError } = await import('./db/state');
  reportDatabaseError(error);
};
