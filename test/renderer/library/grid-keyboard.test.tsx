import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fake, ok, resetFake } from '../fake-api';

// Issue 10, the library by keyboard (happy-dom): one Tab stop with roving focus, every card action
// reachable without a mouse, Escape and focus return, double-click that keeps the selection.
window.api = fake;
const { LibraryView } = await import('../../../renderer/src/features/library/LibraryView');
const { Providers } = await import('../providers');
const { parseDay } = await import('../../../renderer/src/features/library/filters');

beforeEach(() => {
  localStorage.clear();
  resetFake();
  fake.libraryDetail.mockImplementation(({ mediaId }) =>
    Promise.resolve(
      ok({
        item: { mediaId, kind: 'image' as const, name: `${mediaId}.jpg`, updateTime: 1, hasThumb: true },
        previewUrl: `preview/demo/${mediaId}`,
      }),
    ),
  );
});
afterEach(cleanup);

async function renderView() {
  render(
    <Providers>
      <LibraryView accountId="demo" />
    </Providers>,
  );
  await screen.findAllByTestId('material-card');
}

const cards = () => screen.getAllByTestId('material-card');
const count = () => screen.getByTestId('selection-count').textContent;

describe('library grid by keyboard', () => {
  it('is a grid of cells with one Tab stop; the controls inside are out of the Tab order', async () => {
    await renderView();
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-multiselectable')).toBe('true');
    expect(within(grid).getAllByRole('row').length).toBeGreaterThan(0);
    expect(cards().every((c) => c.getAttribute('role') === 'gridcell')).toBe(true);
    expect(cards().filter((c) => c.tabIndex === 0)).toHaveLength(1);
    const controls = grid.querySelectorAll<HTMLElement>('button, input');
    expect(controls.length).toBeGreaterThan(0);
    expect([...controls].every((c) => c.tabIndex === -1)).toBe(true);
  });

  it('Home/End jump, Delete asks to delete the focused card, Ctrl+A selects the page', async () => {
    await renderView();
    fireEvent.keyDown(cards()[0], { key: 'End' });
    expect(cards()[19].tabIndex).toBe(0);
    expect(document.activeElement).toBe(cards()[19]);
    fireEvent.keyDown(cards()[19], { key: 'Home' });
    expect(document.activeElement).toBe(cards()[0]);
    fireEvent.keyDown(cards()[0], { key: 'Delete' });
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('image-0.jpg');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(cards()[0]);
    fireEvent.keyDown(cards()[0], { key: 'a', ctrlKey: true });
    expect(count()).toBe('已选 20 项');
  });

  it('F2 moves into the card’s buttons, arrows move among them, Escape goes back to the card', async () => {
    await renderView();
    fireEvent.keyDown(cards()[2], { key: 'F2' });
    const card = cards()[2];
    expect(document.activeElement).toBe(within(card).getByTestId('material-open'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(within(card).getByTestId('material-download'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(within(card).getByTestId('material-delete'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(document.activeElement).toBe(card);
  });

  it('a double-click opens the preview and leaves the selection as it was', async () => {
    await renderView();
    fireEvent.click(cards()[0]);
    fireEvent.click(cards()[1], { ctrlKey: true });
    expect(count()).toBe('已选 2 项');
    // What a browser sends for a double-click: two clicks (detail 1, 2), then dblclick.
    fireEvent.click(cards()[5], { detail: 1 });
    fireEvent.click(cards()[5], { detail: 2 });
    fireEvent.doubleClick(cards()[5], { detail: 2 });
    expect(await screen.findByTestId('preview-pane')).toBeTruthy();
    expect(count()).toBe('已选 2 项');
    expect(cards()[5].getAttribute('aria-selected')).toBe('false');
  });

  it('Enter previews and moves focus into the pane; Escape closes it and focus returns to the card', async () => {
    await renderView();
    fireEvent.keyDown(cards()[0], { key: 'ArrowRight' });
    fireEvent.keyDown(cards()[1], { key: 'Enter' });
    const pane = await screen.findByTestId('preview-pane');
    await waitFor(() => expect(document.activeElement).toBe(pane));
    expect(await within(pane).findByTestId('preview-download')).toBeTruthy();
    fireEvent.keyDown(pane, { key: 'Escape' });
    expect(screen.queryByTestId('preview-pane')).toBeNull();
    expect(document.activeElement).toBe(cards()[1]);
  });

  it('the pane’s Delete asks about its item; Escape closes the dialog first, then the pane', async () => {
    await renderView();
    fireEvent.keyDown(cards()[0], { key: 'Enter' });
    const pane = await screen.findByTestId('preview-pane');
    fireEvent.click(await within(pane).findByTestId('preview-delete'));
    expect((await screen.findByRole('dialog')).textContent).toContain('demo-image-0');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('preview-pane')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByTestId('preview-pane')).toBeNull();
  });

  it('paging moves focus to the first card of the new page', async () => {
    await renderView();
    fireEvent.click(screen.getByTestId('page-next'));
    await waitFor(() => expect(cards()[0].getAttribute('data-media-id')).toBe('demo-image-20'));
    await waitFor(() => expect(document.activeElement).toBe(cards()[0]));
  });

  it('reads the next page ahead from the index once a page is shown', async () => {
    await renderView();
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(fake.libraryQuery).toHaveBeenCalledWith(expect.objectContaining({ offset: 20, limit: 20 }));
  });
});

describe('date field', () => {
  it('takes what people type and refuses what is not a date', () => {
    expect(parseDay('2024-03-05')).toBe('2024-03-05');
    expect(parseDay(' 2024/3/5 ')).toBe('2024-03-05');
    expect(parseDay('2024.12.31')).toBe('2024-12-31');
    expect(parseDay('20240305')).toBe('2024-03-05');
    expect(parseDay('')).toBe('');
    expect(parseDay('2024-02-30')).toBeNull();
    expect(parseDay('05/03/2024')).toBeNull();
  });

  it('filters the index with a typed date, one field per bound', async () => {
    await renderView();
    const from = screen.getByLabelText('起始日期');
    fireEvent.change(from, { target: { value: '2024/3/5' } });
    await waitFor(() =>
      expect(fake.libraryQuery).toHaveBeenLastCalledWith(
        expect.objectContaining({ from: Math.floor(new Date(2024, 2, 5).getTime() / 1000) }),
      ),
    );
    fireEvent.change(from, { target: { value: '2024-13-01' } });
    fireEvent.blur(from);
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('年-月-日');
  });
});
