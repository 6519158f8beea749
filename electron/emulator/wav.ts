/**
 * WAV (PCM, 8-bit mono) generator: real, playable voice files for seeds and tests,
 * with an exact, chosen duration (used to test the 60 s voice limit → 45007).
 */

export function makeWav(durationS: number, opts: { sampleRate?: number; freqHz?: number; salt?: number } = {}): Buffer {
  const sampleRate = opts.sampleRate ?? 8000;
  const freq = opts.freqHz ?? 440;
  const samples = Math.round(durationS * sampleRate);
  const out = Buffer.alloc(44 + samples);
  out.write('RIFF', 0, 'latin1');
  out.writeUInt32LE(36 + samples, 4);
  out.write('WAVE', 8, 'latin1');
  out.write('fmt ', 12, 'latin1');
  out.writeUInt32LE(16, 16); // fmt chunk size
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate, 28); // byte rate = rate × 1 byte
  out.writeUInt16LE(1, 32); // block align
  out.writeUInt16LE(8, 34); // bits per sample
  out.write('data', 36, 'latin1');
  out.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i += 1) {
    // Soft tone; 8-bit PCM is unsigned around 128.
    out[44 + i] = 128 + Math.round(40 * Math.sin((2 * Math.PI * freq * i) / sampleRate));
  }
  // A salt in the first four samples keeps otherwise identical seed files distinct.
  if (samples >= 4 && opts.salt !== undefined) out.writeUInt32LE(opts.salt >>> 0, 44);
  return out;
}
