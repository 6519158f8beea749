import { describe, expect, it } from 'vitest';
import { bodySize } from '../../../renderer/src/features/articles/body-size';
import { toolbarName } from '../../../renderer/src/features/articles/editor/toolbar-name';

describe('body size: what a reader sees vs what WeChat limits', () => {
  it('counts text characters without whitespace for the reader, the visible text for the limit, and the HTML bytes apart', () => {
    const size = bodySize('<p>你好 world</p>');
    expect(size.textChars).toBe(7);
    expect(size.limitChars).toBe(8);
    expect(size.htmlBytes).toBe(new TextEncoder().encode('<p>你好 world</p>').length);
    expect(size.level).toBe('ok');
  });

  it('warns from 90 % of the 20,000-character limit and is over at the limit itself', () => {
    expect(bodySize('x'.repeat(17_999)).level).toBe('ok');
    expect(bodySize('x'.repeat(18_000)).level).toBe('near');
    expect(bodySize('x'.repeat(20_000)).level).toBe('over');
  });

  it('markup does not count against the 20,000 characters (themed HTML is mostly styles), only against 1 MB', () => {
    const styled = `<p style="${'color:#333;'.repeat(5000)}">短</p>`;
    expect(bodySize(styled)).toMatchObject({ limitChars: 1, level: 'ok' });
    const heavy = `<p style="${'c'.repeat(1024 * 1024)}">短</p>`;
    expect(bodySize(heavy).level).toBe('over');
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
