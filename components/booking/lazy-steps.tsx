'use client';

import dynamic from 'next/dynamic';

// The details and confirm steps carry react-hook-form and zod. Loaded only when one of those
// steps is on screen, so the first steps (and pages that prefetch /book) don't download them.
// Still rendered on the server: the HTML arrives complete.
export const DetailsForm = dynamic(() => import('./details-form').then((m) => m.DetailsForm));
export const ConfirmBooking = dynamic(() =>
  import('./confirm-booking').then((m) => m.ConfirmBooking),
);
