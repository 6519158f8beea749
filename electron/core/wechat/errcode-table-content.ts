/**
 * Errcodes about what was sent: media files, material ids, drafts and publishing
 * (docs/wechat-api.md § Error codes). Texts say what happened and what the operator should do.
 */
import type { ErrcodeTable } from './errcode-types';

export const CONTENT_ERRCODES: ErrcodeTable = {
  40004: {
    errClass: 'bad-input',
    retryable: false,
    zh: '素材类型不合法。请确认类型为 image / voice / video / thumb（列表只支持 image / voice / video / news）。',
    en: 'Invalid media type. Use image / voice / video / thumb (listing supports image / voice / video / news only).',
  },
  40005: {
    errClass: 'bad-input',
    retryable: false,
    zh: '文件格式不被接受（微信按文件名后缀判断）。请确认文件是所选类型支持的格式，且文件名带有正确后缀。',
    en: 'File type not accepted (WeChat goes by the file-name extension). Make sure the file is a supported format with the right extension.',
  },
  40006: {
    errClass: 'bad-input',
    retryable: false,
    zh: '文件大小超出限制。请压缩后再上传。',
    en: 'The file is larger than allowed. Compress it and upload again.',
  },
  40007: {
    errClass: 'not-found',
    retryable: false,
    zh: 'media_id 无效：素材可能已被删除、临时素材已过期（3 天），或把临时/永久素材的 id 用错了接口。请刷新列表后重试。',
    en: 'Invalid media_id: the item may be deleted, a temporary item expired (3 days), or a temporary/permanent id was used with the wrong API. Refresh the list and retry.',
  },
  40009: {
    errClass: 'bad-input',
    retryable: false,
    zh: '图片尺寸或大小不合法（格式不对时也会报此错）。请换用小于 1 MB 的 JPG/PNG（图文内图片）或符合限制的图片。',
    en: 'Invalid image size (also reported for a wrong format). Use a JPG/PNG under 1 MB (article images) or an image within the limits.',
  },
  40113: {
    errClass: 'bad-input',
    retryable: false,
    zh: '不支持的文件类型（文件名后缀与内容不符或缺失）。请确认文件名带有正确后缀，如 .jpg、.mp4。',
    en: 'Unsupported file type (the file-name extension is missing or does not match). Make sure the name ends in the right extension, e.g. .jpg or .mp4.',
  },
  40114: {
    errClass: 'bad-input',
    retryable: false,
    zh: '草稿中的文章序号（index）不合法，序号从 0 开始。请刷新草稿后重试。',
    en: 'Invalid article index in the draft (indexes start at 0). Reload the draft and retry.',
  },
  40161: {
    errClass: 'bad-input',
    retryable: false,
    zh: '图片文件不匹配。请换一张图片，或重新导出为标准 JPG/PNG 后再试。',
    en: 'Image file mismatch. Try another image, or re-export it as a standard JPG/PNG.',
  },
  41005: {
    errClass: 'bad-input',
    retryable: false,
    zh: '微信没有收到文件数据（表单字段、文件名或其编码不被接受）。请把文件改成简单的文件名后重试；若持续出现请反馈给开发者。',
    en: 'WeChat received no file data (form field, file name or its encoding not accepted). Rename the file to a simple name and retry; report it if it persists.',
  },
  41039: {
    errClass: 'bad-input',
    retryable: false,
    zh: '原文链接（content_source_url）不合法。请填写完整的 http(s) 链接，长度不超过 1 KB。',
    en: 'Invalid source URL (content_source_url). Use a full http(s) link of at most 1 KB.',
  },
  44001: {
    errClass: 'bad-input',
    retryable: false,
    zh: '上传的文件为空。请检查文件是否完整。',
    en: 'The uploaded file is empty. Check that the file is complete.',
  },
  44002: {
    errClass: 'bad-input',
    retryable: false,
    zh: '请求内容为空。若使用了中转，请确认中转转发了请求体；否则请反馈给开发者。',
    en: 'The request body was empty. If you use a relay, make sure it forwards bodies; otherwise please report it.',
  },
  44003: {
    errClass: 'bad-input',
    retryable: false,
    zh: '图文内容为空。请至少填写一篇文章的标题和正文。',
    en: 'The article content is empty. Give at least one article a title and body.',
  },
  45001: {
    errClass: 'bad-input',
    retryable: false,
    zh: '文件大小超过限制。请压缩后再上传。',
    en: 'The file exceeds the size limit. Compress it and upload again.',
  },
  45002: {
    errClass: 'bad-input',
    retryable: false,
    zh: '内容超过长度限制。请缩短正文（少于 2 万字符、小于 1 MB）。',
    en: 'The content is too long. Shorten the body (under 20,000 characters and 1 MB).',
  },
  45003: {
    errClass: 'bad-input',
    retryable: false,
    zh: '标题超过长度限制。请缩短标题（不超过 32 个字）。',
    en: 'The title is too long. Keep it to at most 32 characters.',
  },
  45004: {
    errClass: 'bad-input',
    retryable: false,
    zh: '描述（摘要）超过长度限制。请缩短摘要（不超过 128 个字）。',
    en: 'The description (digest) is too long. Keep it to at most 128 characters.',
  },
  45007: {
    errClass: 'bad-input',
    retryable: false,
    zh: '语音时长超过限制（最长 60 秒）。请剪短后再上传。',
    en: 'The voice clip is too long (60 s maximum). Trim it and upload again.',
  },
  45103: {
    errClass: 'retired',
    retryable: false,
    zh: '该接口已被微信下线。永久图文素材接口已停用，请改用草稿箱和发表接口。',
    en: 'WeChat has retired this API. Legacy news material APIs are gone; use the draft box and publishing APIs.',
  },
  45106: {
    errClass: 'retired',
    retryable: false,
    zh: '该接口已于 2022-02-28 下线（add_news / update_news）。请改用草稿箱：draft/add、draft/update，再用 freepublish/submit 发表。',
    en: 'This API was retired on 2022-02-28 (add_news / update_news). Use the draft box (draft/add, draft/update), then publish with freepublish/submit.',
  },
  45166: {
    errClass: 'bad-input',
    retryable: false,
    zh: '文章内容不合法或超长（图片消息有更严格的长度限制）。请精简正文并去掉不支持的标签后重试。',
    en: 'The article content is invalid or too long (image posts have a stricter limit). Trim the body and remove unsupported markup.',
  },
  46001: {
    errClass: 'not-found',
    retryable: false,
    zh: '媒体数据不存在。请刷新列表，确认该素材仍然存在。',
    en: 'The media data does not exist. Refresh the list to check the item still exists.',
  },
  47001: {
    errClass: 'bad-input',
    retryable: false,
    zh: '数据格式错误（JSON 或表单不合法）。请检查填写的内容；若持续出现请反馈给开发者。',
    en: 'Data format error (malformed JSON or form). Check what you entered; report it if it persists.',
  },
  53404: {
    errClass: 'bad-input',
    retryable: false,
    zh: '账号的带货能力已被限制。请删除文章中的商品卡片后重试。',
    en: "The account's product-selling ability is restricted. Remove the product cards and retry.",
  },
  53405: {
    errClass: 'bad-input',
    retryable: false,
    zh: '插入的商品信息有误。请检查商品卡片后重试。',
    en: 'The inserted product information is wrong. Check the product cards and retry.',
  },
  53406: {
    errClass: 'permission',
    retryable: false,
    zh: '账号尚未开通带货能力。请先在公众平台开通，或删除商品卡片。',
    en: 'The account has not enabled product selling. Enable it on the platform first, or remove the product cards.',
  },
  53503: {
    errClass: 'bad-input',
    retryable: false,
    zh: '该草稿未通过发表检查。请在 mp.weixin.qq.com 打开草稿查看提示并修改后再发表。',
    en: 'The draft failed the publishing check. Open it at mp.weixin.qq.com to see the reason, fix it, then publish.',
  },
  53504: {
    errClass: 'bad-input',
    retryable: false,
    zh: '该草稿需要前往公众平台官网使用。请在 mp.weixin.qq.com 打开草稿发表。',
    en: 'This draft must be used on the official platform. Open and publish it at mp.weixin.qq.com.',
  },
  53505: {
    errClass: 'bad-input',
    retryable: false,
    zh: '请先在 mp.weixin.qq.com 手动保存该草稿成功后再发表。',
    en: 'Save the draft manually at mp.weixin.qq.com first, then publish.',
  },
  53600: {
    errClass: 'not-found',
    retryable: false,
    zh: 'Article ID 无效。文章可能已被删除，请刷新已发表列表。',
    en: 'Invalid article ID. The article may be deleted; refresh the published list.',
  },
  88000: {
    errClass: 'permission',
    retryable: false,
    zh: '公众号没有留言权限，不能开启留言。请关闭“打开留言”后重试。',
    en: 'The account has no comment privilege. Turn off "open comments" and retry.',
  },
};
