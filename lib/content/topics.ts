import type { ArticleTopic } from '@/db/schema/articles';

export type { ArticleTopic };

/** Display order of the library's topic filter. */
export const articleTopics: readonly ArticleTopic[] = [
  'causes',
  'relief',
  'exercises',
  'prevention',
  'treatment',
];

export const topicLabels: Record<ArticleTopic, string> = {
  causes: 'Causes',
  relief: 'Relief',
  exercises: 'Exercises',
  prevention: 'Prevention',
  treatment: 'Treatment',
};

export const topicDescriptions: Record<ArticleTopic, string> = {
  causes: 'Why running can make your back, hips or legs hurt.',
  relief: 'What to do when pain flares up after a run.',
  exercises: 'Stretches and strength work you can do at home.',
  prevention: 'Training, form and footwear habits that keep pain away.',
  treatment: 'What care looks like and when to get help.',
};

export function isArticleTopic(value: unknown): value is ArticleTopic {
  return typeof value === 'string' && (articleTopics as readonly string[]).includes(value);
}
