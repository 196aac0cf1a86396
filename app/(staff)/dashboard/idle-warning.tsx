'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Modal } from '@/components/staff/schedule/modal';
import { signOutAction, staySignedInAction } from './actions';
import { buttonClasses } from '@/components/ui/button';

/** How long before the idle sign-out the warning opens. */
const WARN_BEFORE_MS = 2 * 60_000;
const CHECK_EVERY_MS = 5_000;
/** Typing and clicking are told to the server at most this often (one small request). */
const TELL_EVERY_MS = 60_000;
/** What counts as the user's activity: a key, a click or tap, text put into a field. */
const ACTIVITY = ['keydown', 'pointerdown', 'input'] as const;

/**
 * The idle sign-out (STAFF_IDLE_TIMEOUT_MINUTES, checked by the server on every request) never
 * comes unannounced (WCAG 2.2.1): two minutes before it, a dialog says when it will happen and
 * offers to stay signed in, which is one request that keeps the session alive. The clock restarts
 * with every page the dashboard shows and with the user's activity on a page (typing in a form,
 * clicking a save): activity the server has not seen is sent to it, at most once a minute, and the
 * clock restarts when that request is made, so the two clocks agree. If the time runs out anyway,
 * the page stays as it is (so nothing typed disappears) and the dialog says to sign in again.
 */
export function IdleWarning({ timeoutMinutes }: { timeoutMinutes: number }) {
  const route = `${usePathname()}?${useSearchParams().toString()}`;
  const [now, setNow] = useState(() => Date.now());
  const [active, setActive] = useState(() => ({ route, at: now }));
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  // Read by the activity listener, which is added once.
  const ended = useRef(false);
  // While the warning is open, its buttons decide: Tab or Escape inside it is no activity (the
  // dialog would vanish under the keyboard on its way to "Stay signed in").
  const warning = useRef(false);
  useEffect(() => {
    let told = Date.now();
    const onActivity = () => {
      const at = Date.now();
      if (ended.current || warning.current || at - told < TELL_EVERY_MS) return;
      told = at;
      setActive((a) => ({ route: a.route, at }));
      setNow(at);
      void staySignedInAction({}).then(
        (result) => {
          if (!result.ok) setFailed(true);
        },
        () => undefined,
      );
    };
    for (const type of ACTIVITY) document.addEventListener(type, onActivity, true);
    return () => {
      for (const type of ACTIVITY) document.removeEventListener(type, onActivity, true);
    };
  }, []);
  // Every page shown is activity the server saw: the clock restarts (at the last tick).
  if (active.route !== route) setActive({ route, at: now });
  const lastActive = active.route === route ? active.at : now;

  const endsAt = lastActive + timeoutMinutes * 60_000;
  const over = now >= endsAt || failed;
  // Once signed out, activity no longer restarts anything: the dialog stays until they sign in.
  const warned = now >= endsAt - WARN_BEFORE_MS;
  useEffect(() => {
    ended.current = over;
    warning.current = warned;
  }, [over, warned]);
  if (!warned) return null;
  const at = new Date(endsAt).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });

  const stay = () =>
    startTransition(async () => {
      const result = await staySignedInAction({});
      if (!result.ok) return setFailed(true);
      const at = Date.now();
      setActive({ route, at });
      setNow(at);
    });

  if (over) {
    return (
      <Modal title="You have been signed out" onClose={() => setFailed(true)}>
        <p>
          The dashboard signs you out after {timeoutMinutes} minutes without activity, to keep
          patients’ details private. This page stays open so you can copy anything you typed.
        </p>
        <Link href="/sign-in" className={buttonClasses({ variant: 'primary' }, 'mt-4')}>
          Sign in again
        </Link>
      </Modal>
    );
  }
  return (
    <Modal
      title="You will be signed out soon"
      description={`To keep patients’ details private, the dashboard signs you out at ${at} after ${timeoutMinutes} minutes without activity.`}
      onClose={stay}
    >
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={stay}
          disabled={pending}
          className={buttonClasses({ variant: 'primary' })}
        >
          {pending ? 'Staying signed in…' : 'Stay signed in'}
        </button>
        <form action={signOutAction}>
          <button type="submit" className={buttonClasses({ variant: 'secondary' })}>
            Sign out now
          </button>
        </form>
      </div>
    </Modal>
  );
}
