/**
 * The main screens of the app, reached the way a person does (by role and visible name), and two page
 * checks over them: Chinese text outside user content in English mode, and clipped labels. Shared by
 * test/e2e/language.e2e.ts, test/e2e/screens.e2e.ts and the screenshot run (scripts/screenshots.mjs).
 *
 * User content (item names, article titles and bodies, account names) is marked in the renderer with a
 * `data-content` attribute; text inside it, and text marked as another language with `lang="zh…"` (the
 * language toggle's 中文), is not UI text.
 */
import { e2eEnv } from './env';
import { expect, type Page } from './fixtures';

export type UiLang = 'zh-CN' | 'en';

/** Visible names per language of what a person clicks to get around. */
const NAMES = {
  'zh-CN': {
    library: '素材库',
    uploads: '上传与临时素材',
    articles: '图文与草稿',
    editor: '编辑器',
    drafts: '草稿箱',
    published: '已发表',
    quota: '接口额度',
    quotaDialog: '今日接口额度',
    preview: /^预览/,
    closePreview: '关闭预览',
  },
  en: {
    library: 'Library',
    uploads: 'Uploads & temporary media',
    articles: 'Articles & drafts',
    editor: 'Editor',
    drafts: 'Draft box',
    published: 'Published',
    quota: 'API quota',
    quotaDialog: "Today's API quota",
    preview: /^Preview\b/,
    closePreview: 'Close preview',
  },
} as const;

/** Opens the app on the demo account (in zh-CN, the default) and waits for the first cards. */
export async function openApp(page: Page, lang: UiLang): Promise<void> {
  await page.goto(e2eEnv().baseURL + '/');
  const picker = page.getByTestId('account-picker');
  await expect(picker).toBeEnabled();
  if ((await picker.inputValue()) !== 'demo') await picker.selectOption('demo');
  if (lang === 'en') {
    await page.getByRole('button', { name: /Switch to English/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  await expect(page.getByRole('button', { name: NAMES[lang].preview }).first()).toBeVisible({ timeout: 20_000 });
}

/** A top-level section (nav) or a tab inside one, whichever role the app gives it. */
function control(page: Page, name: string) {
  return page
    .getByRole('tab', { name, exact: true })
    .or(page.getByRole('button', { name, exact: true }))
    .or(page.getByRole('link', { name, exact: true }))
    .first();
}

async function section(page: Page, lang: UiLang, which: 'library' | 'uploads' | 'articles') {
  await page.getByRole('navigation').getByText(NAMES[lang][which], { exact: true }).click();
}

export interface Screen {
  name: string;
  /** Gets there from anywhere in the app; throws (fails) when the screen cannot be reached. */
  open(page: Page, lang: UiLang): Promise<void>;
  /** Leaves an overlay (preview, dialog) so the next screen starts from the plain app. */
  close?(page: Page, lang: UiLang): Promise<void>;
}

export const SCREENS: Screen[] = [
  {
    name: 'library',
    open: async (page, lang) => {
      await section(page, lang, 'library');
      await expect(page.getByRole('button', { name: NAMES[lang].preview }).first()).toBeVisible();
    },
  },
  {
    name: 'preview',
    open: async (page, lang) => {
      await section(page, lang, 'library');
      await page.getByRole('button', { name: NAMES[lang].preview }).first().click();
      await expect(page.getByRole('button', { name: NAMES[lang].closePreview })).toBeVisible();
    },
    close: async (page, lang) => {
      await page.getByRole('button', { name: NAMES[lang].closePreview }).click();
    },
  },
  {
    name: 'uploads',
    open: async (page, lang) => {
      await section(page, lang, 'uploads');
      await expect(page.getByRole('heading', { name: /./ }).first()).toBeVisible();
    },
  },
  {
    name: 'editor',
    open: async (page, lang) => {
      await section(page, lang, 'articles');
      await control(page, NAMES[lang].editor).click();
      await expect(page.locator('[contenteditable="true"]').first()).toBeVisible();
    },
  },
  {
    name: 'drafts',
    open: async (page, lang) => {
      await section(page, lang, 'articles');
      await control(page, NAMES[lang].drafts).click();
      await expect(page.getByTestId('draft-row').first()).toBeVisible();
    },
  },
  {
    name: 'published',
    open: async (page, lang) => {
      await section(page, lang, 'articles');
      await control(page, NAMES[lang].published).click();
      await expect(page.getByTestId('articles-view')).toBeVisible();
    },
  },
  {
    name: 'quota',
    open: async (page, lang) => {
      await page.getByRole('button', { name: NAMES[lang].quota, exact: true }).click();
      await expect(
        page.getByRole('dialog', { name: NAMES[lang].quotaDialog }).getByTestId('quota-row').first(),
      ).toBeVisible({
        timeout: 15_000,
      });
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    },
  },
];

export interface Finding {
  text: string;
  where: string;
}

/**
 * Chinese characters a person sees (text, the selected option of a select) or hears (aria-label, title,
 * placeholder, alt) outside user content. An attribute may quote content ("Delete “春节海报.jpg”"): a
 * Chinese run in it is fine when it is part of some content text on the page.
 */
export function chineseOutsideContent(page: Page): Promise<Finding[]> {
  return page.evaluate(() => {
    const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+/g;
    const hasCjk = (s: string) => s.match(CJK) !== null;
    const exempt = (el: Element | null) => !el || el.closest('[data-content], [lang^="zh"], script, style, template');
    const where = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        const id = e.getAttribute('data-testid');
        parts.unshift(id ? `${e.tagName.toLowerCase()}[data-testid=${id}]` : e.tagName.toLowerCase());
      }
      return parts.join(' > ');
    };
    const findings: { text: string; where: string }[] = [];
    const contentPool = [...document.querySelectorAll('[data-content]')]
      .map((e) => `${e.textContent ?? ''}\n${e.getAttribute('title') ?? ''}\n${(e as HTMLInputElement).value ?? ''}`)
      .join('\n');

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent ?? '';
      if (!el || !hasCjk(text) || exempt(el) || el.closest('option, select')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      findings.push({ text: text.trim().slice(0, 80), where: where(el) });
    }
    for (const select of document.querySelectorAll('select')) {
      const text = select.selectedOptions[0]?.textContent ?? '';
      if (hasCjk(text) && !exempt(select) && !exempt(select.selectedOptions[0] ?? null))
        findings.push({ text, where: where(select) });
    }
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt], [aria-description]',
    )) {
      if (exempt(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = el.getAttribute(attr);
        const runs = value?.match(CJK) ?? [];
        if (runs.some((run) => !contentPool.includes(run)))
          findings.push({ text: `${attr}="${value}"`, where: where(el) });
      }
    }
    if (hasCjk(document.title)) findings.push({ text: document.title, where: 'title' });
    return findings;
  });
}

/**
 * Labels whose text does not fit their box (cut off or spilling out): buttons, tabs, labels, links,
 * headings and table headers with visible text, outside user content (long item names are ellipsised
 * on purpose).
 */
export function clippedLabels(page: Page): Promise<Finding[]> {
  return page.evaluate(() => {
    const selector =
      'button, [role="tab"], [role="button"], [role="menuitem"], label, a, legend, summary, th, h1, h2, h3, .btn, .tab, .badge';
    const findings: { text: string; where: string }[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('[data-content]') || !el.checkVisibility({ visibilityProperty: true })) continue;
      const text = (el.innerText ?? '').trim();
      if (!text) continue;
      // Inline boxes have no width of their own to clip against.
      if (getComputedStyle(el).display === 'inline') continue;
      // One pixel of slack: sub-pixel layout rounds scrollWidth up.
      if (el.scrollWidth > el.clientWidth + 1) {
        findings.push({
          text: text.slice(0, 60),
          where: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''} (${el.scrollWidth}px of text in ${el.clientWidth}px)`,
        });
      }
    }
    return findings;
  });
}
