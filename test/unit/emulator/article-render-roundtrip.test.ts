/**
 * Every theme's output survives WeChat's cleaning as the emulator models it (electron/emulator/html-sanitize.ts):
 * a document with every construct is rendered (electron/core/article-render/), saved with draft/add through our
 * client, read back with draft/get, and must mean the same: same text, same pictures, every style, every SVG.
 */
import { join } from 'node:path';
import { load } from 'cheerio/slim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderArticle } from '../../../electron/core/article-render/render-article';
import { createWeChatClient, type WeChatClient } from '../../../electron/core/wechat/client';
import { DEMO_APP_ID, DEMO_APP_SECRET, type Emulator } from '../../../electron/emulator/index';
import { ARTICLE_THEMES } from '../../../electron/shared/article-themes';
import { everyConstruct } from '../core/article-render/sample-article';
import { ASSETS, start } from './helpers';

let emu: Emulator;
let client: WeChatClient;
let thumbMediaId: string;
let imageUrl: string;

beforeAll(async () => {
  emu = await start();
  client = createWeChatClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, apiBase: emu.url });
  thumbMediaId = (await client.material.add('image', join(ASSETS, 'cover-thumb.jpg'))).mediaId;
  imageUrl = (await client.media.uploadImg(join(ASSETS, 'bars.jpg'))).url;
});
afterAll(() => emu.close());

/** What a reader gets from the HTML: text (with code line breaks), picture sources, styles, SVGs. */
function meaning(html: string) {
  const $ = load(html.replace(/<br\s*\/?>/g, '\n'), { lowerCaseAttributeNames: false } as never, false);
  return {
    text: $.root().text(),
    images: $('img')
      .toArray()
      .map((img) => $(img).attr('src')),
    styles: $('[style]')
      .toArray()
      .map((el) => `${el.tagName}{${$(el).attr('style')}}`),
    svgs: $('svg')
      .toArray()
      .map((svg) => `${$(svg).attr('viewBox')} ${$(svg).find('path').length}`),
    links: $('a')
      .toArray()
      .map((a) => $(a).attr('href')),
  };
}

describe('rendered articles through draft/add and draft/get', () => {
  it.each(ARTICLE_THEMES)('%s keeps its meaning', async (theme) => {
    const { html } = renderArticle(everyConstruct(imageUrl), theme);
    const { mediaId } = await client.draft.add([{ title: `主题 ${theme}`, content: html, thumbMediaId }]);
    const stored = (await client.draft.get(mediaId)).newsItems[0]?.content ?? '';
    const sent = meaning(html);
    const back = meaning(stored);
    expect(back).toEqual(sent);
    expect(back.images).toEqual([imageUrl]);
    expect(back.svgs).toHaveLength(2);
    expect(back.links).toEqual(['https://mp.weixin.qq.com/s/abc']);
    expect(back.styles.length).toBeGreaterThan(40);
  });

  it('the emulator drops what WeChat drops: classes, ids, <style>, MathML, foreign links', async () => {
    const html =
      '<style>p{color:red}</style><p class="x" id="y" style="color: #333" data-k="v">文<a href="https://example.com">外链</a>' +
      '<a href="https://mp.weixin.qq.com/s/z">内链</a><math><mi>x</mi></math></p>';
    const { mediaId } = await client.draft.add([{ title: '清洗', content: html, thumbMediaId }]);
    const stored = (await client.draft.get(mediaId)).newsItems[0]?.content;
    expect(stored).toBe('<p style="color: #333" data-k="v">文外链<a href="https://mp.weixin.qq.com/s/z">内链</a></p>');
  });
});
