/** Types for heic-decode 2.1.0 (it ships none): one HEIC/HEIF buffer → RGBA pixels of its primary image. */
declare module 'heic-decode' {
  interface DecodedHeic {
    width: number;
    height: number;
    /** width × height × 4 bytes, RGBA, top row first. */
    data: Uint8ClampedArray;
  }
  function decode(input: { buffer: Uint8Array }): Promise<DecodedHeic>;
  export = decode;
}
