import type { PublicQuestion } from '@/lib/content/questions';

/**
 * Published reader questions with the clinic's answers. Both are plain text rendered by React,
 * so any markup a reader typed shows as text; line breaks are kept with `whitespace-pre-line`.
 */
export function ReadersAsked({ questions }: { questions: PublicQuestion[] }) {
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="article-questions" className="border-t border-sand-200 pt-8">
      <h2 id="article-questions" className="text-2xl">
        Readers asked
      </h2>
      <ul className="mt-5 space-y-6">
        {questions.map((q) => (
          <li key={q.id} className="rounded-card border border-sand-200 bg-white p-5">
            <p className="text-[0.95rem] text-muted">
              {q.askedBy ? `${q.askedBy} asked` : 'A reader asked'}
            </p>
            <p className="mt-1 whitespace-pre-line font-semibold">{q.question}</p>
            <p className="mt-4 text-[0.95rem] text-muted">Our answer</p>
            <p className="mt-1 whitespace-pre-line">{q.answer}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
