/**
 * Pulls the media_id out of what the user pasted: a bare media_id, or a received message's XML
 * (`<MediaId><![CDATA[…]]></MediaId>`, as in the "图尚往来" image-message flow).
 */
export function extractMediaId(input: string): string | null {
  const text = input.trim();
  const m = /<MediaId>\s*(?:<!\[CDATA\[\s*([^\]]*?)\s*\]\]>|([^<]*?))\s*<\/MediaId>/i.exec(text);
  const id = m ? (m[1] ?? m[2] ?? '').trim() : text.includes('<') ? '' : text;
  return /^[\x21-\x7e]{1,256}$/.test(id) ? id : null;
}

/** The message type (`image`, `voice`, `video`, `shortvideo`) when the XML says so. */
export function extractMsgType(input: string): string | null {
  const m = /<MsgType>\s*(?:<!\[CDATA\[\s*([^\]]*?)\s*\]\]>|([^<]*?))\s*<\/MsgType>/i.exec(input);
  return m ? (m[1] ?? m[2] ?? '').trim() || null : null;
}
