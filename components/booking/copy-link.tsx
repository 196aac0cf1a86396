'use client';

import { useState } from 'react';
import { buttonClasses } from '@/components/ui/button';

/** The manage link in full, with a Copy button where the browser allows it. */
export function CopyLink({ url }: { url: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div>
      <p className="rounded-lg border border-sand-300 bg-sand-50 px-3 py-2.5 font-mono text-sm break-all text-ink">
        {url}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void copy()}
          className={buttonClasses({ variant: 'secondary', size: 'md' })}
        >
          Copy link
        </button>
        <span aria-live="polite" className="text-[0.95rem] text-muted">
          {copied === true
            ? 'Copied.'
            : copied === false
              ? 'Couldn’t copy: select the link and copy it yourself.'
              : ''}
        </span>
      </div>
    </div>
  );
}
