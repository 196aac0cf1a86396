'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { logger } from '@/lib/logger';
import { CALLBACK_FORM, submitCallbackRequest, type CallbackResult } from '@/lib/messages/callback';
import { issueFormToken } from '@/lib/messages/form-token';
import { clientAddress } from '@/lib/security/client-address';

/**
 * The public "call me back" form. No session: the domain function validates with the shared
 * schema, rate-limits per client address in PostgreSQL and checks the honeypot and fill time.
 */
export async function requestCallbackAction(input: unknown): Promise<CallbackResult> {
  try {
    const result = await submitCallbackRequest(input, { address: clientAddress(await headers()) });
    if (result.ok) revalidatePath('/dashboard/messages');
    return result;
  } catch (error) {
    // Only the error's code and message: never the request, which holds the visitor's details.
    logger.error('call-back request failed', { error });
    return {
      ok: false,
      formError:
        'We couldn’t send your request just now. Please try again in a moment, or phone us.',
    };
  }
}

/** A "form shown at" stamp of now for the cached contact page's form (signed, nothing stored). */
export async function callbackFormStampAction(): Promise<string> {
  return issueFormToken(CALLBACK_FORM);
}
