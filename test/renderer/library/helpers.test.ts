import { describe, expect, it, vi } from 'vitest';
import { handleViewKey, moveFocus } from '../../../renderer/src/features/library/grid-keys';
import { dragOutData } from '../../../renderer/src/features/library/drag-out';
import { dayToUnix } from '../../../renderer/src/features/library/filters';
import { safeArticleHtml } from '../../../renderer/src/features/library/article-html';

describe('library helpers', () => {
  it('moves focus by cells and rows, clamped', () => {
    expect(moveFocus('ArrowRight', 0, 10, 4)).toBe(1);
    expect(moveFocus('ArrowDown', 1, 10, 4)).toBe(5);
    expect(moveFocus('ArrowDown', 8, 10, 4)).toBe(9);
    expect(moveFocus('ArrowUp', 2, 10, 4)).toBe(0);
    expect(moveFocus('End', 2, 10, 4)).toBe(9);
    expect(moveFocus('x', 2, 10, 4)).toBeNull();
  });

  it('drags files out as a same-origin DownloadURL; articles are not draggable', () => {
    const item = { mediaId: 'M/1', kind: 'image' as const, name: 'a:b.png', updateTime: 1, hasThumb: true };
    expect(dragOutData('demo', item, 'http://127.0.0.1:5000/')).toBe(
      'image/*:a_b.png:http://127.0.0.1:5000/preview/demo/M%2F1',
    );
    expect(dragOutData('demo', { ...item, kind: 'draft' }, 'http://127.0.0.1:5000/')).toBeNull();
  });

  it('turns dates into the start and end of the local day', () => {
    const from = dayToUnix('2024-03-05', false)!;
    const to = dayToUnix('2024-03-05', true)!;
    expect(to - from).toBe(86_399);
    expect(dayToUnix('', false)).toBeUndefined();
  });

  it('strips scripts, inline styles and remote pictures from article HTML', () => {
    const out = safeArticleHtml(
      '<p style="x" onclick="y">hi<img src="https://mmbiz.qpic.cn/a"><script>1</script><a href="javascript:alert(1)">l</a></p>',
    );
    expect(out).toContain('hi');
    // A link that is not absolute http(s) keeps only its text (articles/output/article-links.ts).
    expect(out).toContain('hil');
    expect(out).not.toMatch(/<a|<img|<script|style=|onclick|javascript:/);
  });
});

describe('handleViewKey', () => {
  const view = (focus: number, item?: string) => ({
    focus,
    count: 10,
    columns: 4,
    item,
    setFocus: vi.fn(),
    scrollTo: vi.fn(),
    onOpen: vi.fn(),
    onToggle: vi.fn(),
  });
  const key = (k: string) => ({ key: k, preventDefault: vi.fn() });

  it('moves by a row and scrolls the new focus into view', () => {
    const v = view(1, 'a');
    const e = key('ArrowDown');
    handleViewKey(e, v);
    expect(v.setFocus).toHaveBeenCalledWith(5);
    expect(v.scrollTo).toHaveBeenCalledWith(5);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('opens on Enter and toggles on Space, only when an item is focused', () => {
    const v = view(2, 'b');
    handleViewKey(key('Enter'), v);
    handleViewKey(key(' '), v);
    expect(v.onOpen).toHaveBeenCalledWith('b');
    expect(v.onToggle).toHaveBeenCalledWith('b');
    const empty = view(2);
    handleViewKey(key('Enter'), empty);
    expect(empty.onOpen).not.toHaveBeenCalled();
  });
});
