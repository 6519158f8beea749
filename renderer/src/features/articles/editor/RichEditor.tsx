import { useEffect, useRef } from 'react';
import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import type { AppErrorPayload } from '@shared/errors';
import { useT } from '../../../i18n';
import { cleanPastedHtml } from '../output/sanitize';
import { articleExtensions } from './extensions';
import { ImageGuard } from './image-guard';
import { insertImageFiles, reapplyOutcomes, resolveForeignImages, type ImageFlowOptions } from './image-flow';
import { Toolbar } from './Toolbar';

interface Props {
  accountId: string;
  doc: JSONContent;
  hosts: readonly string[];
  onChange: (doc: JSONContent) => void;
  onBlur: () => void;
  onError: (error: AppErrorPayload) => void;
}

const imageFiles = (list: FileList | null | undefined): File[] =>
  Array.from(list ?? []).filter((f) => f.type.startsWith('image/') || f.type === '');

/** The Tiptap body editor of one article (remounted per article via `key`). */
export function RichEditor({ accountId, doc, hosts, onChange, onBlur, onError }: Props) {
  const t = useT();
  const flow = useRef<ImageFlowOptions>({ accountId, hosts, onError });
  useEffect(() => {
    flow.current = { accountId, hosts, onError };
  });
  const callbacks = useRef({ onChange, onBlur });
  useEffect(() => {
    callbacks.current = { onChange, onBlur };
  });

  const editor = useEditor({
    extensions: [...articleExtensions(accountId), ImageGuard],
    content: doc,
    immediatelyRender: true,
    // Tiptap would inject a <style> element, which the CSP (style-src 'self') refuses: articles.css has it.
    injectCSS: false,
    editorProps: {
      // The body is named like the other fields (a contenteditable textbox has no <label>).
      attributes: {
        class: 'article-body',
        'data-testid': 'article-body',
        // The writer's text, not the UI's (test/e2e/ui-screens.ts).
        'data-content': '',
        spellcheck: 'false',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('articles.body.label'),
      },
      transformPastedHTML: (html) => cleanPastedHtml(html),
      handlePaste: (_view, event) => {
        const files = imageFiles(event.clipboardData?.files);
        if (files.length === 0 || !editorRef.current) return false;
        // Consumed here: the app-wide paste-to-upload layer must not also take it.
        event.preventDefault();
        event.stopPropagation();
        void insertImageFiles(editorRef.current, files, flow.current);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = imageFiles(event.dataTransfer?.files);
        if (moved || files.length === 0 || !editorRef.current) return false;
        event.preventDefault();
        event.stopPropagation();
        const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        void insertImageFiles(editorRef.current, files, flow.current, pos);
        return true;
      },
    },
    onUpdate: ({ editor: e }) => {
      reapplyOutcomes(e);
      resolveForeignImages(e, flow.current);
      callbacks.current.onChange(e.getJSON());
    },
    onBlur: () => callbacks.current.onBlur(),
  });
  const editorRef = useRef(editor);
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  // Hosts arrive after mount: check what the document already holds (a restored paste, an old draft).
  useEffect(() => {
    if (editor && hosts.length) resolveForeignImages(editor, flow.current);
  }, [editor, hosts]);

  if (!editor) return null;
  return (
    <div className="article-editor">
      <Toolbar editor={editor} onPickImages={(files) => void insertImageFiles(editor, files, flow.current)} />
      <EditorContent editor={editor} />
    </div>
  );
}
