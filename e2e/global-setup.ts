import { randomBytes } from 'node:crypto';
import { canary, setCanaryToken } from './canary';

/**
 * Runs once, in Playwright's main process, after the web server is up and before any worker
 * starts: the canary token set here reaches every worker (they inherit this environment) and the
 * teardown, which runs in this same process.
 */
export default function globalSetup(): void {
  // 60 random bits as base-36 letters and digits: unique per run, nothing a log would hold by chance.
  const token = BigInt(`0x${randomBytes(8).toString('hex')}`)
    .toString(36)
    .padStart(13, '0');
  setCanaryToken(token);
  console.log(`log canary for this run: ${canary().name} <${canary().email}>`);
}
