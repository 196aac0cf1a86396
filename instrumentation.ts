export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { migrateOnStartup } = await import('./lib/startup');
  // Serve only after migrations when the database answers; if it is down, come up anyway
  // (health reports 503) and let migrateOnStartup keep retrying in the background.
  await Promise.race([migrateOnStartup(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  // The e-mail outbox worker, in the background; never during `next build` (lib/email/in-app.ts).
  void import('./lib/email/in-app').then((m) => m.startInAppWorker()).catch(console.error);
}
