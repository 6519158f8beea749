import { describe, expect, it } from 'vitest';
import { articleText, articleTextChars } from '../../../electron/shared/article-text';

describe('articleText (what the 20,000-字 limit counts)', () => {
  it('counts what a reader sees, not the markup, styles or formula drawings', () => {
    const html =
      '<section style="margin:0 0 1em;color:#333"><p style="font-size:16px">你好，<strong style="color:red">世界</strong></p>' +
      '<p><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0L10 10"/><text>x</text></svg></p>' +
      '<pre style="white-space:pre"><code>a&nbsp;&lt;&nbsp;b&#x4E2D;&#20013;</code></pre></section>';
    expect(articleText(html)).toBe('你好， 世界 a < b中中');
    expect(articleTextChars(html)).toBe(14);
  });

  it('20,000 characters of text reach the limit; heavy markup around little text does not', () => {
    expect(articleTextChars(`<p>${'字'.repeat(20_000)}</p>`)).toBe(20_000);
    const styled = `<p style="${'color:#333;'.repeat(3000)}">短</p>`;
    expect(styled.length).toBeGreaterThan(20_000);
    expect(articleTextChars(styled)).toBe(1);
  });

  it('leaves an unknown or out-of-range entity as it is written', () => {
    expect(articleText('&bogus; &#0; &#x110000;')).toBe('&bogus; &#0; &#x110000;');
  });
});
