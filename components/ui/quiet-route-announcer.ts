'use client';

/**
 * Next.js reads out every client-side navigation that changes document.title through its own live
 * region (an `alert` inside the shadow root of a <next-route-announcer> element). Where a
 * FocusHeading moves focus to the new step's heading, the screen reader already reads that
 * heading, so the route announcer would say the same step twice. While a FocusHeading that took
 * focus is on the page the announcer is made silent (its live region off); the last one to leave
 * restores it, so navigations to pages without one are still announced by Next.js.
 */
const ANNOUNCER = 'next-route-announcer';
let holders = 0;
let waiting: MutationObserver | null = null;

function announcerRegion(): HTMLElement | null {
  const host = document.querySelector(ANNOUNCER);
  const region = host?.shadowRoot?.firstElementChild;
  return region instanceof HTMLElement ? region : null;
}

function silence(): void {
  const region = announcerRegion();
  if (region) {
    region.setAttribute('aria-live', 'off');
    region.setAttribute('role', 'none');
    // Out of the accessibility tree too: text that is neither live nor in a landmark is what
    // axe's `region` rule (rightly) reports.
    region.setAttribute('aria-hidden', 'true');
    return;
  }
  // On the first load Next.js may add its announcer after this page's effects have run.
  if (waiting) return;
  waiting = new MutationObserver(() => {
    if (!announcerRegion()) return;
    waiting?.disconnect();
    waiting = null;
    if (holders > 0) silence();
  });
  waiting.observe(document.body, { childList: true });
}

function restore(): void {
  waiting?.disconnect();
  waiting = null;
  const region = announcerRegion();
  region?.removeAttribute('aria-hidden');
  region?.setAttribute('aria-live', 'assertive');
  region?.setAttribute('role', 'alert');
}

/**
 * Silences the announcer until the returned release is called (by the last holder). Called by a
 * FocusHeading only when it really moves focus: a heading that stays put (a fresh load, a return
 * to the loaded address) leaves the page change to Next.js's announcer.
 */
export function holdQuietRouteAnnouncer(): () => void {
  holders += 1;
  silence();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0) restore();
  };
}
