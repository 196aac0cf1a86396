'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

/** The first control of a dialog's body: where focus starts (the Close button comes later). */
const FIRST_CONTROL =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal on the native <dialog>: the browser keeps focus inside and Escape closes it. Opening
 * moves focus to the body's first control (the dialog's title is read with it, from
 * aria-labelledby); closing, however it closes, puts focus back on the control that opened it.
 * Mount it to open it; onClose unmounts it.
 */
export function Modal({
  title,
  description,
  onClose,
  children,
  wide = false,
}: {
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    bodyRef.current?.querySelector<HTMLElement>(FIRST_CONTROL)?.focus();
    return () => {
      dialog?.close();
      // The dialog is already out of the document when this runs, so the browser's own return
      // of focus has nowhere to go: do it here while the opener is still on the page.
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === e.currentTarget) onClose();
      }}
      className={`m-auto max-h-[92vh] w-[calc(100vw-1.5rem)] ${wide ? 'max-w-2xl' : 'max-w-md'} overflow-y-auto rounded-2xl border border-sand-200 bg-white p-0 text-ink shadow-xl backdrop:bg-ink/40`}
    >
      <div className="p-5">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id={`${id}-title`} className="text-xl">
              {title}
            </h2>
            {description ? (
              <div id={`${id}-description`} className="mt-1 text-sm text-muted">
                {description}
              </div>
            ) : null}
          </div>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="inline-flex size-10 shrink-0 cursor-pointer items-center justify-center rounded-full text-2xl leading-none text-muted hover:bg-sand-100"
          >
            ×
          </button>
        </div>
        <div ref={bodyRef} className="mt-4">
          {children}
        </div>
      </div>
    </dialog>
  );
}
