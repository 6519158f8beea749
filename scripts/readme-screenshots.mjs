// The screenshots the README shows: the main screens in zh-CN (the default language) and the library in
// English, at 1280×800. `npm run screenshots` (scripts/screenshots.mjs) copies them from its output folder
// into docs/screenshots/, which is committed; test/unit/build/readme.test.ts checks the README shows
// exactly these files.
export const README_SHOTS_DIR = 'docs/screenshots';
export const README_SHOTS = [
  'zh-CN-1280-library.png',
  'zh-CN-1280-preview.png',
  'zh-CN-1280-uploads.png',
  'zh-CN-1280-editor.png',
  'zh-CN-1280-drafts.png',
  'zh-CN-1280-published.png',
  'zh-CN-1280-quota.png',
  'en-1280-library.png',
];
