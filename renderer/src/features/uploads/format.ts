/**
 * Sizes, speeds and countdowns of the uploads screen come from the app-language formatter
 * (renderer/src/i18n/format.ts: `const f = useFormat(); f.bytes(n); f.speed(bps); f.remaining(at, now)`),
 * so a Chinese screen never shows English units. Re-exported here for the feature's own imports.
 */
export { formatterFor, useFormat } from '../../i18n/format';
