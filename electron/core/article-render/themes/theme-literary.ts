/**
 * 文艺 Literary: serif type, warm ink on paper tones, centred headings between fine rules, justified text.
 */
import { codeCss, WARM_CODE, type ThemeSheet } from './code-palette';

const SERIF = "'Songti SC', 'Noto Serif SC', 'Source Han Serif SC', STSong, Georgia, serif";
const INK = '#4a3f35';
const ACCENT = '#a0522d';

export const LITERARY_THEME: ThemeSheet = {
  code: WARM_CODE,
  css: `
.wx-p { margin: 0 0 1.2em; font-family: ${SERIF}; font-size: 16px; line-height: 1.9; color: ${INK}; letter-spacing: 0.05em; text-align: justify; }
.wx-h1 { margin: 1.6em 0 1em; font-family: ${SERIF}; font-size: 22px; font-weight: bold; line-height: 1.5; color: #3a2e24; text-align: center; letter-spacing: 0.1em; }
.wx-h2 { margin: 1.6em auto 1em; padding: 6px 0; font-family: ${SERIF}; font-size: 19px; font-weight: bold; line-height: 1.5; color: ${ACCENT}; text-align: center; border-top: 1px solid #e3d5c1; border-bottom: 1px solid #e3d5c1; }
.wx-h3 { margin: 1.3em 0 0.7em; font-family: ${SERIF}; font-size: 17px; font-weight: bold; line-height: 1.5; color: ${ACCENT}; }
.wx-quote { margin: 0 0 1.2em; padding: 12px 16px; background: #f8f4ec; border-left: 3px solid #d8c3a5; color: #7a6a58; font-family: ${SERIF}; }
.wx-quote > .wx-p { color: inherit; }
.wx-quote > .wx-p:last-child { margin-bottom: 0; }
.wx-ul { margin: 0 0 1.2em; padding-left: 1.5em; list-style-type: circle; color: ${INK}; font-family: ${SERIF}; }
.wx-ol { margin: 0 0 1.2em; padding-left: 1.5em; list-style-type: decimal; color: ${INK}; font-family: ${SERIF}; }
.wx-li { margin-bottom: 0.4em; font-size: 16px; line-height: 1.9; }
.wx-li > .wx-p { margin: 0; }
.wx-hr { border: 0; border-top: 1px solid #e3d5c1; margin: 2em auto; width: 40%; }
.wx-img { max-width: 100%; height: auto; display: block; margin: 0 auto 1.2em; border-radius: 2px; }
.wx-a { color: ${ACCENT}; text-decoration: none; border-bottom: 1px dotted ${ACCENT}; }
.wx-th { padding: 8px 10px; border-bottom: 2px solid #d8c3a5; font-family: ${SERIF}; font-weight: bold; color: #3a2e24; }
.wx-td { padding: 8px 10px; border-bottom: 1px solid #ece4d6; font-family: ${SERIF}; color: ${INK}; }
.wx-fn-ref { color: ${ACCENT}; }
.wx-fn-title { margin: 0 0 0.6em; font-family: ${SERIF}; font-size: 15px; font-weight: bold; color: ${ACCENT}; }
.wx-fn-item { font-family: ${SERIF}; color: #8c7b68; }
.wx-math-block { color: ${INK}; }
${codeCss(WARM_CODE, { radius: '4px', fontSize: '13px', spanText: ACCENT, spanBackground: '#f5efe4' })}
`,
};
