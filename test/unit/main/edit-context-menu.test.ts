import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { attachEditContextMenu } from '../../../electron/main/context-menu-glue';
import { buildEditContextMenu, type EditContextParams } from '../../../electron/main/edit-context-menu';

const noFlags = { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canSelectAll: false };
const params = (over: Partial<EditContextParams> = {}): EditContextParams => ({
  isEditable: false,
  selectionText: '',
  editFlags: noFlags,
  ...over,
});

describe('buildEditContextMenu', () => {
  it('an editable field: undo/redo, cut/copy/paste, select all, enabled as its editFlags say', () => {
    const template = buildEditContextMenu(
      params({ isEditable: true, editFlags: { ...noFlags, canPaste: true, canSelectAll: true } }),
      'zh-CN',
    )!;
    const items = template.filter((i) => i.role);
    expect(items.map((i) => [i.role, i.label, i.enabled])).toEqual([
      ['undo', '撤销', false],
      ['redo', '重做', false],
      ['cut', '剪切', false],
      ['copy', '复制', false],
      ['paste', '粘贴', true],
      ['selectAll', '全选', true],
    ]);
  });

  it('selected text outside a field: copy only', () => {
    const template = buildEditContextMenu(
      params({ selectionText: 'media_id', editFlags: { ...noFlags, canCopy: true } }),
      'en',
    );
    expect(template).toEqual([{ role: 'copy', label: 'Copy', enabled: true }]);
  });

  it('nothing to edit or copy: no menu', () => {
    expect(buildEditContextMenu(params({ selectionText: '  ' }), 'en')).toBeNull();
  });
});

describe('attachEditContextMenu', () => {
  it('pops the menu up on context-menu, in the current language, and not when there is nothing to offer', () => {
    let listener: ((e: unknown, p: EditContextParams) => void) | undefined;
    const contents = { on: vi.fn((_name: 'context-menu', fn: typeof listener) => (listener = fn)) };
    const popup = vi.fn();
    const menu = {
      buildFromTemplate: vi.fn<(template: MenuItemConstructorOptions[]) => { popup: typeof popup }>(() => ({ popup })),
    };
    let language: 'zh-CN' | 'en' = 'zh-CN';
    attachEditContextMenu(contents, menu, () => language);
    expect(contents.on).toHaveBeenCalledWith('context-menu', expect.any(Function));

    listener!({}, params({ isEditable: true }));
    expect(popup).toHaveBeenCalledTimes(1);
    expect(menu.buildFromTemplate.mock.calls[0][0]).toContainEqual(
      expect.objectContaining({ role: 'paste', label: '粘贴' }),
    );

    language = 'en';
    listener!({}, params({ selectionText: 'x', editFlags: { ...noFlags, canCopy: true } }));
    expect(menu.buildFromTemplate.mock.calls[1][0]).toEqual([{ role: 'copy', label: 'Copy', enabled: true }]);

    listener!({}, params());
    expect(popup).toHaveBeenCalledTimes(2);
  });
});
