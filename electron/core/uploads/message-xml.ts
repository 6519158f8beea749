/**
 * Pulls the media_id out of what the user pasted: a bare media_id, or a received message's XML
 * (`<MediaId><![CDATA[…]]></MediaId>`, as in the "图尚往来" image-message flow).
 *
 * A plain indexOf scan, no regular expression over the paste: a lazy pattern with `\s*` around an
 * optional group backtracked cubically on `<MediaId>` + spaces (3,010 characters blocked the main
 * process for 7.7 s). Each call is linear in the input (test/unit/core/uploads/message-xml.test.ts).
 */

const MEDIA_ID = /^[\x21-\x7e]{1,256}$/;
const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/** ASCII-only lower-casing keeps every index aligned with the original (toLowerCase may not). */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/**
 * The text of the first `<tag>…</tag>` (tag case-insensitive), CDATA unwrapped and trimmed; null when
 * the element is missing or holds markup (`<` outside CDATA, `]` inside it).
 */
function elementText(input: string, tag: string): string | null {
  const lower = asciiLower(input);
  const open = `<${tag.toLowerCase()}>`;
  const start = lower.indexOf(open);
  if (start < 0) return null;
  const from = start + open.length;
  const end = lower.indexOf(`</${tag.toLowerCase()}>`, from);
  if (end < 0) return null;
  const inner = input.slice(from, end).trim();
  if (inner.startsWith(CDATA_OPEN) && inner.endsWith(CDATA_CLOSE)) {
    const value = inner.slice(CDATA_OPEN.length, inner.length - CDATA_CLOSE.length);
    return value.includes(']') ? null : value.trim();
  }
  return inner.includes('<') ? null : inner;
}

export function extractMediaId(input: string): string | null {
  const text = input.trim();
  const id = text.includes('<') ? (elementText(text, 'MediaId') ?? '') : text;
  return id.length <= 256 && MEDIA_ID.test(id) ? id : null;
}

/** The message type (`image`, `voice`, `video`, `shortvideo`) when the XML says so. */
export function extractMsgType(input: string): string | null {
  return elementText(input, 'MsgType') || null;
}
