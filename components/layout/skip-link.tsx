/** First focusable element on every page: jumps past the header to <main id="main-content">. */
export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="sr-only rounded-full border-2 border-brand-800 bg-cream px-5 py-3 font-semibold text-brand-900 shadow-lg focus:not-sr-only focus:fixed focus:px-5 focus:py-3 focus:top-2 focus:left-2 focus:z-50"
    >
      Skip to main content
    </a>
  );
}
