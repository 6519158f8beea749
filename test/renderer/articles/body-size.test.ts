import { describe, expect, it } from 'vitest';
import { bodySize } from '../../../renderer/src/features/articles/body-size';
import { toolbarName } from '../../../renderer/src/features/articles/editor/toolbar-name';

const docOf = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('body size: what a reader sees vs what WeChat limits', () => {
  it('counts text characters without whitespace, and the HTML apart', () => {
    const size = bodySize(docOf('你好 world'), '<p>你好 world</p>');
    expect(size.textChars).toBe(7);
    expect(size.htmlChars).toBe(15);
    expect(size.htmlBytes).toBe(new TextEncoder().encode('<p>你好 world</p>').length);
    expect(size.level).toBe('ok');
  });

  it('warns from 90 % of the 20,000-character limit and is over at the limit itself', () => {
    expect(bodySize(docOf('x'), 'x'.repeat(17_999)).level).toBe('ok');
    expect(bodySize(docOf('x'), 'x'.repeat(18_000)).level).toBe('near');
    expect(bodySize(docOf('x'), 'x'.repeat(20_000)).level).toBe('over');
  });

  it('counts bytes too, though characters bind first (19,000 four-byte characters are 76,000 bytes)', () => {
    const size = bodySize(docOf('x'), '😀'.repeat(19_000));
    expect(size.htmlBytes).toBe(76_000);
    expect(size.level).toBe('near');
  });
});

describe('toolbar accessible names contain the visible text', () => {
  it('adds a visible word or letters to the description, not symbols', () => {
    expect(toolbarName('一级标题', 'H1')).toBe('一级标题 H1');
    expect(toolbarName('Insert image (JPG/PNG under 1 MB)', 'Image')).toBe('Insert image (JPG/PNG under 1 MB)');
    expect(toolbarName('插入图片（JPG/PNG，小于 1 MB）', '图片')).toBe('插入图片（JPG/PNG，小于 1 MB）');
    expect(toolbarName('撤销', '↶')).toBe('撤销');
  });
});
