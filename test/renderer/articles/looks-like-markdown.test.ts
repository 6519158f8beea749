import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../../../renderer/src/features/articles/markdown/looks-like-markdown';

describe('looksLikeMarkdown', () => {
  it.each([
    '# 标题\n正文',
    '## Heading',
    '```js\nx()\n```',
    '- a\n- b',
    '1. one\n2. two',
    '- [ ] todo',
    '| a | b |\n| --- | :-: |\n| 1 | 2 |',
    '> quoted words',
    'see [docs](https://example.com) and [more](https://example.org)',
    '**bold** and `code`',
    '$$\nx^2\n$$',
  ])('asks for %j', (text) => expect(looksLikeMarkdown(text)).toBe(true));

  it.each([
    '',
    'Just a sentence.',
    '今天天气不错，我们去公园。',
    'Price: 5 * 3 = 15, item #1',
    '- only one dash line',
    'Visit https://example.com today',
    'one **bold** word',
    '#hashtag not a heading',
  ])('does not ask for %j', (text) => expect(looksLikeMarkdown(text)).toBe(false));
});
