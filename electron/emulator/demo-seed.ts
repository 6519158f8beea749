/**
 * The curated demo account content: real photos and a video from assets/demo, generated
 * pictures, voices, legacy 图文, drafts and one published article, with Chinese names,
 * so the app's offline demo looks like a lived-in 公众号.
 */
import type { AccountState } from './account-state';
import type { Article } from './article';
import { StoredBlob } from './blob';
import { createDraft } from './draft-ops';
import { textOf } from './html-sanitize';
import { demoPng } from './image-patterns';
import { storeMaterial } from './material-ops';
import { publishDraft } from './publish-ops';
import { loadSamples } from './samples';
import { seedArticle } from './seed';
import { makeWav } from './wav';
import type { World } from './world';

const PHOTO_NAMES = ['春节海报.jpg', '新品发布banner.jpg', '团队活动现场.jpg', '手机壁纸.jpg', '直播测试卡.jpg'];
const PNG_NAMES = ['活动主视觉.png', '产品细节图.png', '门店照片.png', '品牌色卡.png', '课程封面.png', '节日贺卡.png'];
const DAY = 86_400;

function article(title: string, cover: string, html: string, author = '小编'): Article {
  return {
    ...seedArticle(title, cover, ''),
    author,
    content: html,
    digest: Array.from(textOf(html)).slice(0, 54).join(''),
  };
}

export function seedDemo(world: World, account: AccountState): void {
  const now = world.clock.nowS();
  const samples = loadSamples();
  let t = now - 60 * DAY; // oldest first, so later items are newer
  const next = (): number => (t += Math.floor(DAY * 1.7));

  const thumb = storeMaterial(world, account, {
    type: 'thumb',
    name: '默认封面.jpg',
    blob: StoredBlob.of(samples.thumb.bytes, 'jpg'),
    format: 'jpg',
    time: next(),
  });

  const legacyA = article('公众号开通啦', thumb.mediaId, '<p>欢迎关注！这里会分享我们的新品、活动和幕后故事。</p>');
  const legacyB = article('2021 年度回顾', thumb.mediaId, '<p>感谢一路同行，这一年我们一起完成了很多事。</p>');
  const legacyC = article('年度十佳文章', thumb.mediaId, '<p>回顾今年阅读量最高的十篇文章。</p>');
  storeMaterial(world, account, {
    type: 'news',
    name: legacyA.title,
    blob: null,
    format: null,
    time: next(),
    news: [legacyA],
  });
  storeMaterial(world, account, {
    type: 'news',
    name: legacyB.title,
    blob: null,
    format: null,
    time: next(),
    news: [legacyB, legacyC],
  });

  const photos = samples.photos.map((p, i) =>
    storeMaterial(world, account, {
      type: 'image',
      name: PHOTO_NAMES[i % PHOTO_NAMES.length] ?? p.file,
      blob: StoredBlob.of(p.bytes, p.format),
      format: p.format,
      time: next(),
    }),
  );
  const pngs = PNG_NAMES.map((name, i) =>
    storeMaterial(world, account, {
      type: 'image',
      name,
      blob: StoredBlob.of(demoPng(i, i * 57 + 10), 'png'),
      format: 'png',
      time: next(),
    }),
  );

  storeMaterial(world, account, {
    type: 'voice',
    name: '提示音.wav',
    blob: StoredBlob.of(makeWav(2, { freqHz: 660 }), 'wav'),
    format: 'wav',
    time: next(),
  });
  if (samples.voiceMp3) {
    storeMaterial(world, account, {
      type: 'voice',
      name: '欢迎语音.mp3',
      blob: StoredBlob.of(samples.voiceMp3.bytes, 'mp3'),
      format: 'mp3',
      time: next(),
    });
  }
  storeMaterial(world, account, {
    type: 'video',
    name: '产品介绍视频.mp4',
    blob: StoredBlob.of(samples.video.bytes, 'mp4'),
    format: 'mp4',
    time: next(),
    video: { title: '产品介绍', introduction: 'SucaiDesk 演示视频：三秒钟看懂素材管理' },
  });

  const poster = photos[0] ?? thumb;
  const img = (url: string | undefined): string => (url ? `<p><img src="${url}" data-src="${url}"></p>` : '');
  const published = createDraft(
    world,
    account,
    [article('春节活动回顾', poster.mediaId, `<p>春节活动圆满结束，感谢大家的参与！</p>${img(poster.url)}`)],
    next(),
  );
  publishDraft(world, account, published, t * 1000);

  createDraft(
    world,
    account,
    [article('每周精选 第 12 期', (pngs[4] ?? thumb).mediaId, `<p>本周精选内容，一起来看看。</p>${img(pngs[1]?.url)}`)],
    next(),
  );
  createDraft(
    world,
    account,
    [
      article(
        '新品上市｜SucaiDesk 2.0',
        (pngs[0] ?? thumb).mediaId,
        `<p>全新的素材管理体验。</p>${img(pngs[0]?.url)}`,
        '产品团队',
      ),
      article('更新日志', thumb.mediaId, '<p>修复若干问题，提升上传稳定性。</p>', '产品团队'),
    ],
    next(),
  );
  createDraft(
    world,
    account,
    [article('元宵节活动预告', poster.mediaId, `<p>元宵节猜灯谜，好礼等你拿！</p>${img(pngs[5]?.url)}`)],
    next(),
  );
}
