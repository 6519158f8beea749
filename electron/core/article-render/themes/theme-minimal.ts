/**
 * 简约 Minimal: black on white, quiet headings, more air; the only accent is a thin rule under h2.
 */
import { codeCss, LIGHT_CODE, type ThemeSheet } from './code-palette';

const TEXT = '#2b2b2b';
const MUTED = '#8a8a8a';

export const MINIMAL_THEME: ThemeSheet = {
  code: LIGHT_CODE,
  css: `
.wx-p { margin: 0 0 1.25em; font-size: 15px; line-height: 1.8; color: ${TEXT}; letter-spacing: 0.02em; }
.wx-h1 { margin: 1.6em 0 0.8em; font-size: 22px; font-weight: 600; line-height: 1.4; color: #111111; }
.wx-h2 { margin: 1.6em 0 0.8em; padding-bottom: 0.3em; font-size: 19px; font-weight: 600; line-height: 1.4; color: #111111; border-bottom: 1px solid #eeeeee; }
.wx-h3 { margin: 1.3em 0 0.6em; font-size: 17px; font-weight: 600; line-height: 1.4; color: #111111; }
.wx-quote { margin: 0 0 1.25em; padding: 0 0 0 1em; border-left: 2px solid #e0e0e0; color: ${MUTED}; }
.wx-quote > .wx-p { color: inherit; }
.wx-quote > .wx-p:last-child { margin-bottom: 0; }
.wx-ul { margin: 0 0 1.25em; padding-left: 1.4em; list-style-type: disc; color: ${TEXT}; }
.wx-ol { margin: 0 0 1.25em; padding-left: 1.4em; list-style-type: decimal; color: ${TEXT}; }
.wx-li { margin-bottom: 0.4em; font-size: 15px; line-height: 1.8; }
.wx-li > .wx-p { margin: 0; }
.wx-hr { border: 0; border-top: 1px solid #eeeeee; margin: 2em 0; }
.wx-img { max-width: 100%; height: auto; display: block; margin: 0 auto 1.25em; }
.wx-a { color: ${TEXT}; text-decoration: underline; }
.wx-th { padding: 8px 10px; border-bottom: 1px solid #d0d0d0; font-weight: 600; color: #111111; text-align: left; }
.wx-td { padding: 8px 10px; border-bottom: 1px solid #eeeeee; color: ${TEXT}; }
.wx-fn-ref { color: ${MUTED}; }
.wx-fn-title { margin: 0 0 0.6em; font-size: 15px; font-weight: 600; color: #111111; }
.wx-fn-item { color: ${MUTED}; }
.wx-math-block { color: ${TEXT}; }
${codeCss(LIGHT_CODE, { radius: '0', fontSize: '13px', spanText: '#111111', spanBackground: '#f2f2f2' })}
`,
};
