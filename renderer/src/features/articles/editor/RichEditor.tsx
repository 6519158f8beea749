import { useEffect, useRef, useState } from 'react';
import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import type { AppErrorPayload } from '@shared/errors';
import { useT } from '../../../i18n';
import { cleanPastedHtml } from '../output/sanitize';
import { articleExtensions } from './extensions';
import { ImageGuard } from './image-guard';
import { insertImageFiles, reapplyOutcomes, resolveForeignImages, type ImageFlowOptions } from './image-flow';
import { Toolbar } from './Toolbar';
import { docToMarkdown } from '../markdown/doc-to-md';
import { prepareLocalImages, uploadLocalImages } from '../markdown/local-images';
import { looksLikeMarkdown } from '../markdown/looks-like-markdown';
import { MarkdownBar } from '../markdown/MarkdownBar';
import { markdownToDoc } from '../markdown/md-to-doc';
import { MissingImages } from '../markdown/MissingImages';
import { SourceView } from '../markdown/SourceView';
import { usePasteChoice } from '../markdown/use-paste-choice';
import '../markdown/markdown.css';
import { clientError } from '../../../lib/app-error';

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

const isMarkdownFile = (f: File) => /\.(md|markdown|mdown|mkd)$/i.test(f.name) || f.type === 'text/markdown';

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
  /** The source view's Markdown while it is open (null: the rich editor is shown). */
  const [source, setSource] = useState<string | null>(null);
  const pasteChoice = usePasteChoice();
  const notesTitle = t('articles.md.notes');

  /** Markdown (a file, a paste, the source view) into the body; local pictures come from `files`. */
  const applyMarkdown = (markdown: string, files: File[], mode: 'replace' | 'insert') => {
    const e = editorRef.current;
    if (!e) return;
    const { doc: parsed, uploads } = prepareLocalImages(markdownToDoc(markdown, notesTitle), files);
    if (mode === 'replace') e.commands.setContent(parsed, { emitUpdate: true });
    else
      e.chain()
        .focus()
        .insertContent(parsed.content ?? [])
        .run();
    void uploadLocalImages(e, uploads, flow.current);
  };

  const openMarkdownFiles = async (files: File[]) => {
    const md = files.find(isMarkdownFile);
    if (!md) return onError(clientError('MARKDOWN_NO_FILE', 'bad-input', 'articles.md.noFile'));
    const text = await md.text();
    setSource(null);
    applyMarkdown(
      text,
      files.filter((f) => f !== md),
      'replace',
    );
  };

  const pasteText = async (text: string) => {
    const choice = await pasteChoice.ask();
    const e = editorRef.current;
    if (!e || !choice) return;
    if (choice === 'markdown') applyMarkdown(text, [], 'insert');
    else {
      e.commands.focus();
      e.view.pasteText(text);
    }
  };

  /** The Markdown the source view last showed or applied: leaving it unchanged changes nothing (no dirty draft). */
  const sourceBase = useRef('');
  const applySource = (markdown: string) => {
    if (markdown === sourceBase.current) return;
    sourceBase.current = markdown;
    applyMarkdown(markdown, [], 'replace');
  };
  const toggleSource = () => {
    const e = editorRef.current;
    if (!e) return;
    if (source === null) {
      const markdown = docToMarkdown(e.getJSON());
      sourceBase.current = markdown;
      setSource(markdown);
    } else {
      applySource(source);
      setSource(null);
    }
  };

  const editor = useEditor({
    extensions: [...articleExtensions(accountId, { math: t('articles.md.math') }), ImageGuard],
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
        const text = event.clipboardData?.getData('text/plain') ?? '';
        // Plain text only (a web page's HTML paste keeps its own structure): ask before laying it out.
        if (files.length === 0 && !event.clipboardData?.getData('text/html') && looksLikeMarkdown(text)) {
          event.preventDefault();
          event.stopPropagation();
          void pasteText(text);
          return true;
        }
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
      <MarkdownBar
        sourceOpen={source !== null}
        onToggleSource={toggleSource}
        onOpenFiles={(files) => void openMarkdownFiles(files)}
      />
      {source === null ? (
        <Toolbar editor={editor} onPickImages={(files) => void insertImageFiles(editor, files, flow.current)} />
      ) : (
        <SourceView value={source} onChange={setSource} onBlur={() => applySource(source)} />
      )}
      {/* Kept mounted while the source is shown: its history and node views survive the round trip. */}
      <div hidden={source !== null}>
        <EditorContent editor={editor} />
      </div>
      <MissingImages editor={editor} flow={() => flow.current} />
      {pasteChoice.dialog}
    </div>
  );
}
