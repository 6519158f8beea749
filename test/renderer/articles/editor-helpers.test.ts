import { beforeEach, describe, expect, it } from 'vitest';
import {
  AUTOSAVE_INTERVAL_MS,
  forget,
  loadCurrent,
  loadSaved,
  store,
} from '../../../renderer/src/features/articles/autosave';
import { cropBox, parseCrop } from '../../../renderer/src/features/articles/cover/crop';
import { articleImageUrl } from '../../../renderer/src/features/articles/editor/asset-url';
import {
  emptyArticle,
  moveArticle,
  newSession,
  removeArticle,
  type EditorArticle,
} from '../../../renderer/src/features/articles/model';
import { buildPreview } from '../../../renderer/src/features/articles/preview/build-preview';
import { articleIssues } from '../../../renderer/src/features/articles/validate';

const HOSTS = ['mmbiz.qpic.cn'];

describe('validation', () => {
  const base = (): EditorArticle => ({
    ...emptyArticle(),
    title: '标题',
    thumbMediaId: 'M1',
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文' }] }] },
  });
  const keys = (a: EditorArticle, html = '<p>正文</p>') => articleIssues(a, 0, html, HOSTS, true).map((i) => i.key);

  it('passes a complete article and names each problem', () => {
    expect(keys(base())).toEqual([]);
    expect(keys({ ...base(), title: '字'.repeat(33) })).toEqual(['articles.err.titleLong']);
    expect(keys({ ...base(), title: '字'.repeat(32) })).toEqual([]); // 32 字 is allowed (code points, not bytes)
    expect(keys({ ...base(), thumbMediaId: '' })).toEqual(['articles.err.coverMissing']);
    expect(keys({ ...base(), digest: 'd'.repeat(129) })).toEqual(['articles.err.digestLong']);
    expect(keys(base(), 'x'.repeat(20_000))).toEqual(['articles.err.contentLong']);
  });

  it('flags pictures still uploading or not on an uploadimg host', () => {
    const withImage = (attrs: Record<string, unknown>): EditorArticle => ({
      ...base(),
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'x' }] },
          { type: 'image', attrs },
        ],
      },
    });
    expect(keys(withImage({ src: 'pending:1', status: 'pending' }))).toEqual(['articles.err.imagesPending']);
    expect(keys(withImage({ src: 'https://evil.example/a.png', status: 'failed' }))).toEqual([
      'articles.err.imagesForeign',
    ]);
    expect(keys(withImage({ src: 'https://mmbiz.qpic.cn/a/0', status: null }))).toEqual([]);
  });
});

describe('crops', () => {
  it('computes the largest centred box for each ratio as X1_Y1_X2_Y2 fractions', () => {
    expect(cropBox(1000, 1000, 2.35, 0.5)).toBe('0_0.287234_1_0.712766');
    expect(cropBox(2000, 500, 1, 0)).toBe('0_0_0.25_1');
    expect(cropBox(2000, 500, 1, 1)).toBe('0.75_0_1_1');
    expect(parseCrop('0_0.1_1_0.9')).toEqual([0, 0.1, 1, 0.9]);
    expect(parseCrop('0_0.9_1_0.1')).toBeNull();
  });
});

describe('multi-article drafts', () => {
  it('reorders and removes, keeping the selected article selected', () => {
    const s = { ...newSession('acc'), articles: [emptyArticle(), emptyArticle(), emptyArticle()], active: 0 };
    const [a, b, c] = s.articles;
    const moved = moveArticle(s, 0, 2);
    expect(moved.articles.map((x) => x.key)).toEqual([b.key, c.key, a.key]);
    expect(moved.active).toBe(2);
    const removed = removeArticle(moved, 0);
    expect(removed.articles.map((x) => x.key)).toEqual([c.key, a.key]);
    expect(removed.active).toBe(1);
    expect(removeArticle({ ...s, articles: [a] }, 0).articles).toHaveLength(1);
  });
});

describe('autosave', () => {
  beforeEach(() => localStorage.clear());

  it('restores the session that was open, per account and draft', () => {
    const s = { ...newSession('acc'), mediaId: 'M1' };
    s.articles[0].title = '没保存';
    store(s, true);
    expect(loadCurrent('acc')?.session.articles[0]?.title).toBe('没保存');
    expect(loadCurrent('acc')?.dirty).toBe(true);
    expect(loadSaved('acc', 'M1')?.session.mediaId).toBe('M1');
    expect(loadCurrent('other')).toBeNull();
    forget('acc', 'M1');
    expect(loadCurrent('acc')).toBeNull();
    expect(AUTOSAVE_INTERVAL_MS).toBeLessThanOrEqual(5000);
  });

  it('ignores corrupt storage', () => {
    localStorage.setItem('sucaidesk.articles.acc.current', 'sucaidesk.articles.acc.new');
    localStorage.setItem('sucaidesk.articles.acc.new', '{not json');
    expect(loadCurrent('acc')).toBeNull();
  });
});

describe('preview', () => {
  it('applies styles through CSSOM, routes images through /artimg/ and leaves no class or remote src', () => {
    const frag = buildPreview(
      '<p class="wx-p wx-al-center">x<a class="wx-a" href="https://e.example/">l</a></p><img class="wx-img" src="https://mmbiz.qpic.cn/a/0">',
      'acc',
    );
    const host = document.createElement('div');
    host.append(frag);
    const p = host.querySelector('p')!;
    expect(p.style.textAlign).toBe('center');
    expect(host.querySelector('[class]')).toBeNull();
    expect(host.querySelector('a')?.rel).toBe('noopener noreferrer');
    expect(host.querySelector('img')?.getAttribute('src')).toBe(articleImageUrl('acc', 'https://mmbiz.qpic.cn/a/0'));
    expect(articleImageUrl('acc', 'https://mmbiz.qpic.cn/a/0')).toMatch(/^artimg\/acc\/[A-Za-z0-9_-]+$/);
  });
});
