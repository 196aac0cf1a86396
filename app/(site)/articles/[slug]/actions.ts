'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import {
  ARTICLE_QUESTION_FORM,
  submitArticleQuestion,
  type AskQuestionResult,
} from '@/lib/content/questions';
import { issueFormToken } from '@/lib/messages/form-token';
import { logger } from '@/lib/logger';
import { clientAddress } from '@/lib/security/client-address';

/**
 * "Ask a question about this article". No session: the domain function validates with the shared
 * schema, rate-limits per client address and checks the honeypot and fill time. The question is
 * stored as 'new', so the public page has nothing to revalidate until staff publish an answer.
 */
export async function askQuestionAction(input: unknown): Promise<AskQuestionResult> {
  try {
    const result = await submitArticleQuestion(input, { address: clientAddress(await headers()) });
    if (result.ok) revalidatePath('/dashboard/articles/questions');
    return result;
  } catch (error) {
    // Only the error's code and message: never the request, which holds the reader's details.
    logger.error('article question failed', { error });
    return {
      ok: false,
      formError: 'We couldn’t send your question just now. Please try again in a moment.',
    };
  }
}

/** A "form shown at" stamp of now for the cached article page's form (signed, nothing stored). */
export async function questionFormStampAction(): Promise<string> {
  return issueFormToken(ARTICLE_QUESTION_FORM);
}
