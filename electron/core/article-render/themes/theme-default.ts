/**
 * 默认 Default: the look articles had before themes existed. The first rules are exactly BLOCK_STYLE of
 * renderer/src/features/articles/output/wx-styles.ts (test/unit/core/article-render/themes.test.ts checks
 * it), so drafts saved before themes render the same; the rest styles the newer markers in the same spirit.
 */
import { codeCss, LIGHT_CODE, type ThemeSheet } from './code-palette';

export const DEFAULT_THEME: ThemeSheet = {
  code: LIGHT_CODE,
  css: `
.wx-p { margin: 0 0 1em; line-height: 1.75; font-size: 16px; color: #333333; }
.wx-h1 { margin: 1.2em 0 0.6em; font-size: 22px; font-weight: bold; line-height: 1.4; }
.wx-h2 { margin: 1.2em 0 0.6em; font-size: 20px; font-weight: bold; line-height: 1.4; }
.wx-h3 { margin: 1em 0 0.5em; font-size: 18px; font-weight: bold; line-height: 1.4; }
.wx-quote { margin: 0 0 1em; padding-left: 1em; border-left: 3px solid #dbdbdb; color: #888888; }
.wx-ul { margin: 0 0 1em; padding-left: 1.5em; list-style-type: disc; }
.wx-ol { margin: 0 0 1em; padding-left: 1.5em; list-style-type: decimal; }
.wx-li { margin-bottom: 0.3em; line-height: 1.75; }
.wx-hr { border: 0; border-top: 1px solid #e5e5e5; margin: 1.5em 0; }
.wx-img { max-width: 100%; height: auto; display: block; margin: 0 auto 1em; }
.wx-a { color: #576b95; text-decoration: none; }
.wx-th { padding: 6px 10px; border: 1px solid #dfe2e5; background: #f6f8fa; font-weight: bold; color: #333333; }
.wx-td { padding: 6px 10px; border: 1px solid #dfe2e5; color: #333333; }
.wx-fn-ref { color: #576b95; }
.wx-fn-title { margin: 0 0 0.6em; font-size: 16px; font-weight: bold; color: #333333; }
.wx-fn-item { color: #888888; }
.wx-math-block { color: #333333; }
${codeCss(LIGHT_CODE, { radius: '4px', fontSize: '13px', spanText: '#d14', spanBackground: '#f6f8fa' })}
`,
};
