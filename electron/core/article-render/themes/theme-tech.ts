/**
 * 科技 Tech: a blue accent, headings with a side bar, dark code blocks (Atom One Dark colours).
 */
import { codeCss, DARK_CODE, type ThemeSheet } from './code-palette';

const TEXT = '#3a3f4b';
const ACCENT = '#1677ff';

export const TECH_THEME: ThemeSheet = {
  code: DARK_CODE,
  css: `
.wx-p { margin: 0 0 1em; font-size: 15px; line-height: 1.75; color: ${TEXT}; }
.wx-h1 { margin: 1.4em 0 0.8em; font-size: 22px; font-weight: bold; line-height: 1.4; color: #0f1c3f; text-align: center; }
.wx-h2 { margin: 1.4em 0 0.7em; padding: 4px 0 4px 10px; font-size: 18px; font-weight: bold; line-height: 1.4; color: #0f1c3f; border-left: 4px solid ${ACCENT}; }
.wx-h3 { margin: 1.2em 0 0.6em; font-size: 16px; font-weight: bold; line-height: 1.4; color: ${ACCENT}; }
.wx-quote { margin: 0 0 1em; padding: 10px 14px; border-left: 4px solid ${ACCENT}; background: #f0f6ff; color: #52607a; border-radius: 0 4px 4px 0; }
.wx-quote > .wx-p { color: inherit; }
.wx-quote > .wx-p:last-child { margin-bottom: 0; }
.wx-ul { margin: 0 0 1em; padding-left: 1.5em; list-style-type: square; color: ${TEXT}; }
.wx-ol { margin: 0 0 1em; padding-left: 1.5em; list-style-type: decimal; color: ${TEXT}; }
.wx-li { margin-bottom: 0.3em; font-size: 15px; line-height: 1.75; }
.wx-li > .wx-p { margin: 0; }
.wx-hr { border: 0; border-top: 1px dashed #b7cdf5; margin: 1.8em 0; }
.wx-img { max-width: 100%; height: auto; display: block; margin: 0 auto 1em; border-radius: 6px; }
.wx-a { color: ${ACCENT}; text-decoration: none; border-bottom: 1px solid ${ACCENT}; }
.wx-th { padding: 8px 10px; border: 1px solid #d6e4ff; background: #e8f1ff; font-weight: bold; color: #0f1c3f; }
.wx-td { padding: 8px 10px; border: 1px solid #d6e4ff; color: ${TEXT}; }
.wx-fn-ref { color: ${ACCENT}; }
.wx-fn-title { margin: 0 0 0.6em; padding-left: 8px; font-size: 15px; font-weight: bold; color: #0f1c3f; border-left: 3px solid ${ACCENT}; }
.wx-fn-item { color: #6b7890; }
.wx-math-block { color: ${TEXT}; }
${codeCss(DARK_CODE, { radius: '6px', fontSize: '13px', spanText: '#c7254e', spanBackground: '#f0f3f9' })}
`,
};
