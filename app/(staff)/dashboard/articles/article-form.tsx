'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ArticleBody } from '@/components/articles/article-body';
import { applyServerErrors } from '@/components/forms/apply-server-errors';
import { topicLabels } from '@/lib/content/topics';
import {
  ARTICLE_TOPICS,
  articleSchema,
  type ArticleInput,
  type ArticleValues,
} from '@/lib/validations/article-editor';
import { linesOf } from '@/lib/validations/lines';
import { previewArticleAction, saveArticleAction } from './actions';
import { FormStatus } from '@/components/forms/form-status';
import { Select, TextArea, TextInput } from '@/components/forms/controls';
import { SubmitButton } from '@/components/forms/submit-button';

const FIELDS = [
  'slug',
  'title',
  'description',
  'topic',
  'bodyMarkdown',
  'authorId',
  'reviewedById',
  'therapyId',
  'takeaways',
  'references',
  'related',
];

function slugFrom(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/** Markdown editor with a live preview rendered on the server by the public page's renderer. */
export function ArticleForm({
  initial,
  people,
  therapies,
  authorLocked,
}: {
  initial: ArticleInput;
  people: Array<{ id: string; name: string }>;
  therapies: Array<{ id: string; name: string }>;
  /** Practitioners can't change an article's author. */
  authorLocked: boolean;
}) {
  const router = useRouter();
  const isNew = !initial.id;
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    getFieldState,
    formState: { errors, isSubmitting },
  } = useForm<ArticleInput, unknown, ArticleValues>({
    resolver: zodResolver(articleSchema),
    defaultValues: initial,
  });

  const title = useWatch({ control, name: 'title' });
  useEffect(() => {
    if (isNew && !getFieldState('slug').isDirty) setValue('slug', slugFrom(title ?? ''));
  }, [isNew, title, getFieldState, setValue]);

  const markdown = useWatch({ control, name: 'bodyMarkdown' }) ?? '';
  const referenceCount = linesOf(useWatch({ control, name: 'references' }) ?? '').length;
  const [preview, setPreview] = useState<{ html: string; problems: string[]; error?: string }>({
    html: '',
    problems: [],
  });
  const latest = useRef(0);
  useEffect(() => {
    const id = ++latest.current;
    const timer = setTimeout(() => {
      void previewArticleAction({ markdown, referenceCount }).then((result) => {
        if (id !== latest.current) return; // a newer keystroke's preview is on its way
        setPreview(
          result.ok
            ? result.data
            : { html: '', problems: [], error: result.formError ?? 'Preview unavailable.' },
        );
      });
    }, 400);
    return () => clearTimeout(timer);
  }, [markdown, referenceCount]);

  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    const result = await saveArticleAction(values);
    if (!result.ok) return applyServerErrors(result, setError, FIELDS);
    if (isNew) router.push(`/dashboard/articles/${result.data.articleId}`);
    else setSaved(true);
  });

  const options = (list: Array<{ id: string; name: string }>, none?: string) => [
    ...(none ? [{ value: '', label: none }] : []),
    ...list.map((p) => ({ value: p.id, label: p.name })),
  ];

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-5">
      <FormStatus
        error={errors.root?.server?.message}
        success={saved ? 'Saved. Published articles show the change on the site now.' : undefined}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput
          id="article-title"
          label="Title"
          error={errors.title?.message}
          registration={register('title')}
          className="md:col-span-2"
        />
        <TextInput
          id="article-slug"
          label="Slug"
          hint="The address: /articles/<slug>. Changing it on a published article changes its URL."
          error={errors.slug?.message}
          registration={register('slug')}
        />
        <Select
          id="article-topic"
          label="Topic"
          error={errors.topic?.message}
          registration={register('topic')}
          options={ARTICLE_TOPICS.map((t) => ({ value: t, label: topicLabels[t] }))}
        />
        <TextArea
          id="article-description"
          label="Description"
          hint="One or two sentences, shown in lists and search results."
          rows={2}
          error={errors.description?.message}
          registration={register('description')}
          className="md:col-span-2"
        />
        <Select
          id="article-author"
          label="Author"
          disabled={authorLocked}
          error={errors.authorId?.message}
          registration={register('authorId')}
          options={options(people)}
        />
        <Select
          id="article-reviewer"
          label="Medical reviewer"
          hint="Someone other than the author; required before publishing. Changing it records today as the review date."
          error={errors.reviewedById?.message}
          registration={register('reviewedById')}
          options={options(people, 'Not reviewed yet')}
        />
        <Select
          id="article-therapy"
          label="Leads to therapy"
          optional
          error={errors.therapyId?.message}
          registration={register('therapyId')}
          options={options(therapies, 'None')}
        />
      </div>
      {authorLocked ? <input type="hidden" {...register('authorId')} /> : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <TextArea
          id="article-body"
          label="Body (Markdown)"
          hint="## for sections; ### Exercise: Name for exercise cards; [^2] cites reference 2; a line of {{red-flags emergency}} or {{red-flags see-doctor-today}} shows the shared warning signs; ## Frequently asked questions with ### questions makes the FAQ. Raw HTML is removed."
          rows={24}
          spellCheck
          error={errors.bodyMarkdown?.message}
          registration={register('bodyMarkdown')}
          className="[&_textarea]:font-mono [&_textarea]:text-sm"
        />
        <section
          aria-labelledby="preview-title"
          className="min-w-0 rounded-xl border border-sand-200 bg-cream p-4"
        >
          <h2 id="preview-title" className="text-lg">
            Preview
          </h2>
          <p className="mb-3 text-sm text-muted">
            Rendered and sanitized on the server exactly as on the public page.
          </p>
          {preview.problems.length > 0 ? (
            <ul className="mb-3 list-disc rounded-lg border border-clay-700 bg-clay-50 py-2 pr-3 pl-7 text-sm text-clay-800">
              {preview.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
          {preview.error ? (
            <p className="text-clay-800">{preview.error}</p>
          ) : (
            <ArticleBody html={preview.html} />
          )}
        </section>
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        <TextArea
          id="article-takeaways"
          label="Key takeaways"
          hint="One per line."
          rows={4}
          optional
          error={errors.takeaways?.message}
          registration={register('takeaways')}
        />
        <TextArea
          id="article-references"
          label="References"
          hint="One per line, in note order: who, *title*, dates, [link](https://…) (accessed Month D, YYYY)."
          rows={4}
          optional
          error={errors.references?.message}
          registration={register('references')}
        />
        <TextArea
          id="article-related"
          label="Related articles"
          hint="Slugs, one per line."
          rows={4}
          optional
          error={errors.related?.message}
          registration={register('related')}
        />
      </div>
      <SubmitButton pending={isSubmitting} pendingLabel="Saving…" size="sm">
        {isNew ? 'Create draft' : 'Save changes'}
      </SubmitButton>
    </form>
  );
}
