'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { isWellFormedManageToken } from '@/lib/appointments/online/manage-token';
import { logger } from '@/lib/logger';
import { clientAddress } from '@/lib/security/client-address';
import { claimOffer } from '@/lib/waitlist/claim';
import {
  changeEntryByOfferToken,
  changeEntryByToken,
  type EntryChange,
} from '@/lib/waitlist/entry';
import type { JoinResult } from '@/lib/waitlist/join';
import { joinWaitlistOnline } from '@/lib/waitlist/public';
import { BOOKING_RATE_LIMIT, hitRateLimit } from '@/lib/security/rate-limit';
import { fail } from '@/lib/actions/result';

const FAILED =
  'We couldn’t add you just now. Please try again in a moment, or phone the clinic — what you typed is still here.';

async function join(input: unknown, manageToken?: string): Promise<JoinResult> {
  try {
    const result = await joinWaitlistOnline(input, {
      clientAddress: clientAddress(await headers()),
      manageToken,
    });
    if (result.ok) revalidatePath('/dashboard/waitlist');
    return result;
  } catch (error) {
    logger.error('waitlist join failed', { error });
    return fail(FAILED);
  }
}

/** The public "join the waitlist" form. */
export async function joinWaitlistAction(input: unknown): Promise<JoinResult> {
  return join(input);
}

/** "Want an earlier time?" from a booking's manage link: the entry is linked to that booking. */
export async function joinEarlierAction(token: string, input: unknown): Promise<JoinResult> {
  if (!isWellFormedManageToken(token))
    return fail('This appointment can no longer be changed online.');
  return join(input, token);
}

export type ClaimState = { error?: string; moved?: boolean } | null;

/**
 * "Book this time" on an offer page. Booked: on to the booking's own page. Taken: back to the
 * offer page, which now says so with the next open times. Moved: said here.
 */
export async function claimOfferAction(token: string, _state: ClaimState): Promise<ClaimState> {
  const { limit, windowSeconds } = BOOKING_RATE_LIMIT;
  const hit = await hitRateLimit(
    'waitlist-claim',
    clientAddress(await headers()),
    limit,
    windowSeconds,
  );
  if (!hit.allowed)
    return { error: 'Too many attempts from your connection. Please wait a few minutes.' };
  let outcome;
  try {
    outcome = await claimOffer(token);
  } catch (error) {
    logger.error('waitlist claim failed', { error });
    return {
      error:
        'Sorry, that didn’t work just now and nothing was booked. Please try again in a moment.',
    };
  }
  revalidatePath('/dashboard', 'layout');
  if (outcome.kind === 'booked' && outcome.manageToken)
    redirect(`/book/manage/${outcome.manageToken}?booked=1`);
  if (outcome.kind === 'moved') return { moved: true };
  if (outcome.kind === 'refused') return { error: outcome.message };
  redirect(`/waitlist/offer/${token}`);
}

/** Pause, resume or leave from the entry's own page (its private link). */
export async function changeEntryAction(token: string, change: EntryChange): Promise<void> {
  try {
    await changeEntryByToken(token, change);
  } catch (error) {
    logger.error('waitlist entry change failed', { error });
  }
  revalidatePath('/dashboard/waitlist');
  redirect(`/waitlist/${token}`);
}

/** Pause or leave from an offer e-mail's page: the offer ends and goes to the next person. */
export async function changeEntryFromOfferAction(
  token: string,
  change: 'pause' | 'leave',
): Promise<void> {
  try {
    await changeEntryByOfferToken(token, change);
  } catch (error) {
    logger.error('waitlist entry change failed', { error });
  }
  revalidatePath('/dashboard/waitlist');
  redirect(`/waitlist/updated?change=${change}`);
}
