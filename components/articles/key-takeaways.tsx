import { CheckIcon } from '@/components/ui/icons';

export function KeyTakeaways({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="article-takeaways"
      className="rounded-card border border-brand-200 bg-brand-50 p-5 sm:p-6"
    >
      <h2 id="article-takeaways" className="text-2xl">
        Key takeaways
      </h2>
      <ul className="mt-4 space-y-3">
        {items.map((item) => (
          <li key={item} className="flex gap-3">
            <CheckIcon className="mt-1 size-5 text-brand-700" />
            <span>{item}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
