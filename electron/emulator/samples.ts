/**
 * Real sample files for seeding (JPEG photos and covers, an MP4, an MP3 voice) from
 * assets/demo. The emulator runs from source (vitest, tsx), from an esbuild CJS bundle
 * (dist/emulator/cli.cjs) and inside the packaged app, so the directory is searched in
 * several places ($SUCAIDESK_DEMO_ASSETS first); if none has it, tiny embedded samples
 * keep seeding working.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TINY_JPEG_BASE64, TINY_MP4_BASE64 } from './fallback-samples';
import { sniff } from './media-sniff';
import type { MediaFormat } from './media-sniff';

export interface SampleFile {
  file: string;
  bytes: Buffer;
  format: MediaFormat;
}

export interface Samples {
  photos: SampleFile[];
  /** A JPEG under 64 KB, valid as a thumb. */
  thumb: SampleFile;
  video: SampleFile;
  /** null when only the embedded fallback is available (seeding then uses WAV). */
  voiceMp3: SampleFile | null;
  source: 'assets' | 'embedded';
}

const PHOTO_FILES = [
  'poster-mandelbrot.jpg',
  'banner-gradient.jpg',
  'square-life.jpg',
  'portrait-radial.jpg',
  'bars.jpg',
];

/**
 * Directory of this module when known: the esbuild CJS bundle (dist/emulator/) and vitest
 * define __dirname. `import.meta` is avoided on purpose: esbuild warns about it in every
 * CJS build, and from source the working-directory candidate (repo root) covers it.
 */
function moduleDir(): string | null {
  return typeof __dirname === 'string' ? __dirname : null;
}

function candidateDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.SUCAIDESK_DEMO_ASSETS) dirs.push(process.env.SUCAIDESK_DEMO_ASSETS);
  const here = moduleDir();
  if (here) dirs.push(resolve(here, '../../assets/demo'), resolve(here, '../assets/demo'));
  dirs.push(resolve(process.cwd(), 'assets/demo'));
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resources)
    dirs.push(
      join(resources, 'assets/demo'),
      join(resources, 'app.asar.unpacked/assets/demo'),
      join(resources, 'app.asar/assets/demo'),
    );
  return dirs;
}

function load(dir: string, file: string): SampleFile | null {
  const path = join(dir, file);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const format = sniff(bytes);
  return format ? { file, bytes, format } : null;
}

function embedded(): Samples {
  const jpeg = Buffer.from(TINY_JPEG_BASE64, 'base64');
  const photo: SampleFile = { file: 'tiny.jpg', bytes: jpeg, format: 'jpg' };
  return {
    photos: [photo],
    thumb: photo,
    video: { file: 'tiny.mp4', bytes: Buffer.from(TINY_MP4_BASE64, 'base64'), format: 'mp4' },
    voiceMp3: null,
    source: 'embedded',
  };
}

let cache: Samples | null = null;

export function loadSamples(): Samples {
  if (cache) return cache;
  for (const dir of candidateDirs()) {
    const photos = PHOTO_FILES.map((f) => load(dir, f)).filter((s): s is SampleFile => s !== null);
    const thumb = load(dir, 'cover-thumb.jpg');
    const video = load(dir, 'demo-video.mp4');
    if (photos.length > 0 && thumb && video) {
      cache = { photos, thumb, video, voiceMp3: load(dir, 'demo-voice.mp3'), source: 'assets' };
      return cache;
    }
  }
  cache = embedded();
  return cache;
}
