/**
 * Item names come from WeChat as the account's users typed them, and may carry bidi controls: with
 * U+202E, `\u202Egpj.exe` reads as `exe.jpg`. Files on disk never keep them (electron/core/files/file-name.ts);
 * on screen they are removed from the text and the name is isolated from the text around it, so a name
 * can neither reorder itself nor the label it sits in. Zero-width joiners stay: scripts and emoji need them.
 */
// eslint-disable-next-line no-control-regex
const BIDI_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The name without bidi controls and control characters, for display only. */
export function displayName(name: string): string {
  return name.replace(BIDI_AND_CONTROLS, '');
}

/** For names inside a translated sentence (no element possible): FSI … PDI isolate it like <bdi>. */
export function isolatedName(name: string): string {
  return `\u2068${displayName(name)}\u2069`;
}
