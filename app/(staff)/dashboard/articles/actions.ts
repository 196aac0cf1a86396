'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { revalidateArticles } from '@/lib/content/revalidate';
import {
  EDITOR_ROLES,
  renderArticlePreview,
  saveArticle,
  setArticlePublished,
} from '@/lib/staff/articles';
import { answerQuestion, moderateQuestion } from '@/lib/staff/article-questions';
import { recordArticleReview } from '@/lib/staff/article-review';
import {
  answerQuestionSchema,
  articlePublishSchema,
  articleRefSchema,
  articleSchema,
  moderateQuestionSchema,
  previewSchema,
} from '@/lib/validations/article-editor';

export const saveArticleAction = staffAction(EDITOR_ROLES, articleSchema, async (staff, input) => {
  const result = await saveArticle(staff, input);
  if (result.ok) {
    // A draft isn't public, but an edit to a published article must show at once (and a renamed one disappear at its old URL).
    revalidateArticles(result.data.slug);
    if (result.data.previousSlug) revalidateArticles(result.data.previousSlug);
    revalidatePath('/dashboard/articles', 'layout');
  }
  return result;
});

export const setArticlePublishedAction = staffAction(
  EDITOR_ROLES,
  articlePublishSchema,
  async (staff, input) => {
    const result = await setArticlePublished(staff, input);
    if (result.ok) {
      revalidateArticles(result.data.slug);
      revalidatePath('/dashboard/articles', 'layout');
    }
    return result;
  },
);

export const recordArticleReviewAction = staffAction(
  EDITOR_ROLES,
  articleRefSchema,
  async (staff, input) => {
    const result = await recordArticleReview(staff, input);
    if (result.ok) {
      revalidateArticles(result.data.slug);
      revalidatePath('/dashboard/articles', 'layout');
    }
    return result;
  },
);

/** Renders on the server with the public page's sanitiser, so the preview shows exactly what readers will get. */
export const previewArticleAction = staffAction(
  EDITOR_ROLES,
  previewSchema,
  async (_staff, input) => {
    return { ok: true, data: renderArticlePreview(input.markdown, input.referenceCount) };
  },
);

export const answerQuestionAction = staffAction(
  EDITOR_ROLES,
  answerQuestionSchema,
  async (staff, input) => {
    const result = await answerQuestion(staff, input);
    if (result.ok) {
      if (result.data.published) revalidateArticles(result.data.slug);
      revalidatePath('/dashboard/articles/questions');
    }
    return result;
  },
);

export const moderateQuestionAction = staffAction(
  EDITOR_ROLES,
  moderateQuestionSchema,
  async (staff, input) => {
    const result = await moderateQuestion(staff, input);
    if (result.ok) {
      revalidateArticles(result.data.slug);
      revalidatePath('/dashboard/articles/questions');
    }
    return result;
  },
);
