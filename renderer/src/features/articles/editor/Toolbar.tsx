import { useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useT } from '../../../i18n';
import { PALETTE, paletteClass } from './extensions';
import { toolbarName } from './toolbar-name';

/** Formatting buttons; state (active marks) follows the selection. */
export function Toolbar({ editor, onPickImages }: { editor: Editor; onPickImages: (files: File[]) => void }) {
  const t = useT();
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      code: e.isActive('code'),
      codeBlock: e.isActive('codeBlock'),
      link: e.isActive('link'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const btn = (id: string, label: string, active: boolean | null, run: () => void, disabled = false) => {
    const short = t(`articles.tb.${id}.short` as 'articles.tb.bold.short');
    return (
      <button
        type="button"
        className={active ? 'tb-btn tb-btn--on' : 'tb-btn'}
        // Only toggles (bold, a heading…) are pressed or not; actions (undo, divider) have no state.
        aria-pressed={active ?? undefined}
        data-testid={`tb-${id}`}
        title={label}
        aria-label={toolbarName(label, short)}
        disabled={disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={run}
      >
        {short}
      </button>
    );
  };
  const applyLink = () => {
    const v = href.trim();
    if (!v) chain().extendMarkRange('link').unsetLink().run();
    else if (/^(https?:\/\/|mailto:)/i.test(v)) chain().extendMarkRange('link').setLink({ href: v }).run();
    setLinkOpen(false);
  };
  return (
    <div className="article-toolbar" role="toolbar" aria-label={t('articles.tb.label')}>
      {btn('h1', t('articles.tb.h1'), s.h1, () => chain().toggleHeading({ level: 1 }).run())}
      {btn('h2', t('articles.tb.h2'), s.h2, () => chain().toggleHeading({ level: 2 }).run())}
      {btn('h3', t('articles.tb.h3'), s.h3, () => chain().toggleHeading({ level: 3 }).run())}
      {btn('bold', t('articles.tb.bold'), s.bold, () => chain().toggleBold().run())}
      {btn('italic', t('articles.tb.italic'), s.italic, () => chain().toggleItalic().run())}
      {btn('underline', t('articles.tb.underline'), s.underline, () => chain().toggleUnderline().run())}
      <span className="tb-colors" role="group" aria-label={t('articles.tb.color')}>
        {PALETTE.map((c) => (
          <button
            key={c}
            type="button"
            className={`tb-swatch sw-${paletteClass(c) ?? ''}`}
            title={c}
            aria-label={`${t('articles.tb.color')} ${c}`}
            data-testid={`tb-color-${c.slice(1)}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => chain().setArticleColor(c).run()}
          />
        ))}
        {btn('colorReset', t('articles.tb.colorReset'), null, () => chain().setArticleColor(null).run())}
      </span>
      {btn('alignLeft', t('articles.tb.alignLeft'), null, () => chain().setAlign('left').run())}
      {btn('alignCenter', t('articles.tb.alignCenter'), null, () => chain().setAlign('center').run())}
      {btn('alignRight', t('articles.tb.alignRight'), null, () => chain().setAlign('right').run())}
      {btn('bullet', t('articles.tb.bullet'), s.bullet, () => chain().toggleBulletList().run())}
      {btn('ordered', t('articles.tb.ordered'), s.ordered, () => chain().toggleOrderedList().run())}
      {btn('quote', t('articles.tb.quote'), s.quote, () => chain().toggleBlockquote().run())}
      {btn('link', t('articles.tb.link'), s.link, () => {
        setHref(String(editor.getAttributes('link').href ?? ''));
        setLinkOpen((o) => !o);
      })}
      {btn('hr', t('articles.tb.hr'), null, () => chain().setHorizontalRule().run())}
      {btn('code', t('articles.tb.code'), s.code, () => chain().toggleCode().run())}
      {btn('codeBlock', t('articles.tb.codeBlock'), s.codeBlock, () => chain().toggleCodeBlock().run())}
      {btn('table', t('articles.tb.table'), null, () =>
        chain().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run(),
      )}
      {btn('math', t('articles.tb.math'), null, () =>
        chain()
          .insertContent({ type: 'mathInline', attrs: { tex: 'x^2' } })
          .run(),
      )}
      {/* A real button (a label around a hidden input cannot be reached with the keyboard). */}
      <button
        type="button"
        className="tb-btn"
        data-testid="tb-image"
        title={t('articles.tb.image')}
        aria-label={toolbarName(t('articles.tb.image'), t('articles.tb.image.short'))}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => fileInput.current?.click()}
      >
        {t('articles.tb.image.short')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="image/*"
        multiple
        hidden
        data-testid="tb-image-input"
        onChange={(e) => {
          onPickImages(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      {btn('undo', t('articles.tb.undo'), null, () => chain().undo().run(), !s.canUndo)}
      {btn('redo', t('articles.tb.redo'), null, () => chain().redo().run(), !s.canRedo)}
      {linkOpen && (
        <span className="tb-link">
          <input
            type="url"
            value={href}
            placeholder="https://"
            aria-label={t('articles.tb.link')}
            data-testid="tb-link-input"
            onChange={(e) => setHref(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && applyLink()}
          />
          <button type="button" className="btn" onClick={applyLink}>
            {t('articles.tb.linkApply')}
          </button>
        </span>
      )}
    </div>
  );
}
