import type { conversionZh } from './conversion-messages.zh-CN';

/** English for the conversion offer: exactly the keys of conversion-messages.zh-CN.ts. */
export const conversionEn: { readonly [K in keyof typeof conversionZh]: string } = {
  'convert.title': 'Convert before uploading?',
  'convert.intro':
    '"{name}" does not meet WeChat\'s rules for {target} ({reasons}). SucaiDesk can convert it first and upload the converted file:',
  'convert.target.image': 'image material',
  'convert.target.thumb': 'thumbnail material',
  'convert.target.uploadimg': 'article body images',
  'convert.reason.format': 'format not accepted',
  'convert.reason.size': 'over the size limit',
  'convert.original': 'Original',
  'convert.converted': 'Converted',
  'convert.facts': '{format} · {size} · {width}×{height} px',
  'convert.factsNoDims': '{format} · {size}',
  'convert.quality': 'quality {quality}',
  'convert.downscaled': 'made smaller',
  'convert.working': 'Converting "{name}"…',
  'convert.accept': 'Convert and upload',
  'convert.skip': 'Skip this file',
  'convert.all': 'Convert all like this',
  'convert.allHint':
    'This batch has {count, plural, one {# more file} other {# more files}} to convert: "Convert all like this" converts and uploads them too',
  'convert.queue': '{count, plural, one {# more file} other {# more files}} waiting for your choice',
  'convert.skipped':
    'The conversion was skipped and the file was not uploaded. To upload it, pick it again and choose "Convert and upload", or save it as JPG/PNG yourself first.',
} as const;
