import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversionOffer } from '@shared/features/images.channels';
import { fake, ok, resetFake } from '../fake-api';

// The fit-to-limit offer in the renderer: a fitting file is sent as it is, a convertible one waits for
// the user's choice (original vs converted shown), "convert all like this" answers the rest of the batch.
window.api = fake;
const { Providers } = await import('../providers');
const { ConversionOfferHost } = await import('../../../renderer/src/features/uploads/ConversionOffer');
const { fitStaged } = await import('../../../renderer/src/features/uploads/api/fit-files');

const tok = (n: number) => n.toString(16).padStart(32, '0');
const offerFor = (n: number, name: string): ConversionOffer => ({
  sourceToken: tok(n),
  token: tok(100 + n),
  name,
  target: 'image',
  reasons: ['format'],
  original: { format: 'heic', bytes: 2_400_000, width: 4032, height: 3024 },
  converted: { format: 'jpeg', bytes: 1_800_000, width: 4032, height: 3024 },
  quality: 92,
  downscaled: false,
});

beforeEach(() => resetFake());
afterEach(() => cleanup());

describe('conversion offer', () => {
  it('sends a fitting file now, asks before a converted one, and "convert all" answers the batch', async () => {
    fake.imagesCheckFit.mockResolvedValue(
      ok([
        { token: tok(1), verdict: 'fits', target: 'image' },
        {
          token: tok(2),
          verdict: 'convertible',
          target: 'image',
          reasons: ['format'],
          original: { format: 'heic', bytes: 1, width: 0, height: 0 },
        },
        {
          token: tok(3),
          verdict: 'convertible',
          target: 'image',
          reasons: ['format'],
          original: { format: 'webp', bytes: 1, width: 0, height: 0 },
        },
      ]),
    );
    fake.imagesConvert.mockImplementation(({ token }: { token: string }) =>
      Promise.resolve(ok({ ok: true, offer: offerFor(parseInt(token, 16), token === tok(2) ? 'a.jpg' : 'b.jpg') })),
    );
    render(
      <Providers>
        <ConversionOfferHost />
      </Providers>,
    );
    const split = await act(() =>
      fitStaged(
        [1, 2, 3].map((n) => ({ token: tok(n), name: `f${n}`, size: 1 })),
        'auto',
        'permanent',
      ),
    );
    expect(split.now.map((s) => s.token)).toEqual([tok(1)]);
    const dialog = await screen.findByRole('dialog', { name: '转换后再上传？' });
    expect(within(dialog).getByTestId('convert-original').textContent).toContain('4032×3024');
    expect(within(dialog).getByTestId('convert-result').textContent).toContain('JPG');
    fireEvent.click(within(dialog).getByRole('button', { name: '全部按此转换' }));
    const results = await Promise.all(split.later);
    expect(results.map((r) => r?.token)).toEqual([tok(102), tok(103)]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('skip sends nothing for that file', async () => {
    fake.imagesCheckFit.mockResolvedValue(
      ok([
        {
          token: tok(4),
          verdict: 'convertible',
          target: 'thumb',
          reasons: ['size'],
          original: { format: 'jpeg', bytes: 1, width: 0, height: 0 },
        },
      ]),
    );
    fake.imagesConvert.mockResolvedValue(ok({ ok: true, offer: { ...offerFor(4, 'c.jpg'), target: 'thumb' } }));
    render(
      <Providers>
        <ConversionOfferHost />
      </Providers>,
    );
    const split = await act(() => fitStaged([{ token: tok(4), name: 'c.jpg', size: 1 }], 'thumb', 'permanent'));
    const dialog = await screen.findByRole('dialog', { name: '转换后再上传？' });
    fireEvent.click(within(dialog).getByRole('button', { name: '跳过此文件' }));
    expect(await split.later[0]).toBeNull();
  });
});
