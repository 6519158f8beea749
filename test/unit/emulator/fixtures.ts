/**
 * Real, structurally valid media fixtures built in code (and two committed MP3s made
 * with ffmpeg), one per validation rule.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng } from '../../../electron/emulator/png';
import { makeWav } from '../../../electron/emulator/wav';
import { asset } from './helpers';

export const fixture = (name: string): Buffer =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));

/** A valid, uncompressed PNG of at least `bytes` bytes (stored deflate blocks). */
export function bigPng(bytes: number): Buffer {
  const side = Math.ceil(Math.sqrt(bytes / 3)) + 2;
  return encodePng(side, side, Buffer.alloc(side * side * 3, 0x7f), false);
}

/** The demo MP4 padded with a trailing ISO-BMFF 'free' box up to at least `bytes`. */
export function bigMp4(bytes: number): Buffer {
  const mp4 = asset('demo-video.mp4');
  const pad = Math.max(8, bytes - mp4.length + 1);
  const box = Buffer.alloc(pad);
  box.writeUInt32BE(pad, 0);
  box.write('free', 4, 'latin1');
  return Buffer.concat([mp4, box]);
}

/** AMR-NB file: "#!AMR\n" + 20 ms frames in mode 7 (12.2 kbit/s, 1 + 31 bytes each). */
export function amr(seconds: number): Buffer {
  const frames = Math.round(seconds / 0.02);
  const frame = Buffer.alloc(32, 0x55);
  frame[0] = (7 << 3) | 0x04; // frame type 7, quality bit set
  return Buffer.concat([Buffer.from('#!AMR\n', 'latin1'), ...Array.from({ length: frames }, () => frame)]);
}

export const wav = (seconds: number): Buffer => makeWav(seconds);

/** 1×1 GIF89a. */
export const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** A small, valid PNG. */
export const PNG = encodePng(8, 8, Buffer.alloc(8 * 8 * 3, 0x33));
