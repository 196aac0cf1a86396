/**
 * HTML for e-mails without a template engine: `html` escapes every interpolated value unless it is
 * already Html (another `html` fragment, or `raw()` for markup we wrote ourselves). Forgetting to
 * escape is therefore impossible by construction; patient-typed text always shows as text.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return (value as readonly Value[]).map(render).join('');
  return escapeHtml(String(value as string | number));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Trusted markup only (our own constants); never pass anything that came from a person. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** Plain text with its line breaks kept, escaped. */
export function multiline(text: string): Html {
  return new Html(
    text
      .split(/\r\n|\r|\n/)
      .map((line) => escapeHtml(line))
      .join('<br>'),
  );
}
