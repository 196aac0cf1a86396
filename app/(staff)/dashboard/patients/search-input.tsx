'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { controlClass } from '@/components/forms/field';

/**
 * The directory's search box: results follow the typing (debounced, the URL keeps the query so
 * back and reload work), and the surrounding GET form still searches without JavaScript.
 */
export function SearchInput({ initial }: { initial: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [value, setValue] = useState(initial);
  const [pending, startTransition] = useTransition();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      const q = value.trim();
      startTransition(() =>
        router.replace(q ? `${pathname}?q=${encodeURIComponent(q)}` : pathname, { scroll: false }),
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [value, pathname, router]);

  return (
    <input
      id="patient-search"
      name="q"
      type="search"
      value={value}
      onChange={(e) => setValue(e.target.value)}
      autoComplete="off"
      aria-busy={pending}
      aria-describedby="patient-search-hint"
      className={controlClass()}
    />
  );
}
