import { describe, expect, it } from 'vitest';
import { escapeHtml, html, multiline, raw } from './html';

describe('html', () => {
  it('escapes every interpolated value', () => {
    const typed = `<script>alert("x")</script> & 'quotes' \`ticks\``;
    expect(html`<p title="${typed}">${typed}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &#96;ticks&#96;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &#96;ticks&#96;</p>',
    );
  });

  it('nests fragments and lists without escaping them twice, and drops empty values', () => {
    const items = ['a<b', 'c&d'].map((t) => html`<li>${t}</li>`);
    // prettier-ignore
    const list = html`<ul>${items}${null}${false}${undefined}</ul>`;
    expect(list.value).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
    expect(html`${raw('<br>')}`.value).toBe('<br>');
  });

  it('keeps line breaks of plain text as <br>, escaped', () => {
    expect(multiline('one <i>\r\ntwo\nthree').value).toBe('one &lt;i&gt;<br>two<br>three');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
