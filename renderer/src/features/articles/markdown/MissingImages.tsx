import { useId, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useT } from '../../../i18n';
import type { ImageFlowOptions } from '../editor/image-flow';
import { missingPaths, resolveMissing, setImages } from './local-images';

/** 缺少的图片: local pictures a Markdown file named but that were not picked; each gets a file or goes. */
export function MissingImages({ editor, flow }: { editor: Editor; flow: () => ImageFlowOptions }) {
  const t = useT();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [target, setTarget] = useState<string | null>(null);
  const paths = useEditorState({ editor, selector: ({ editor: e }) => missingPaths(e.getJSON()).join('\n') });
  if (!paths) return null;
  return (
    <section className="missing-images" aria-labelledby={headingId} data-testid="missing-images">
      <h3 id={headingId}>{t('articles.md.missing.title')}</h3>
      <p className="hint">{t('articles.md.missing.hint')}</p>
      <ul>
        {paths.split('\n').map((path) => (
          <li key={path}>
            <code data-content>{path}</code>
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('articles.md.missing.pickLabel', { name: path })}
              onClick={() => {
                setTarget(path);
                input.current?.click();
              }}
            >
              {t('articles.md.missing.pick')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('articles.md.missing.removeLabel', { name: path })}
              onClick={() => setImages(editor, path, null)}
            >
              {t('articles.md.missing.remove')}
            </button>
          </li>
        ))}
      </ul>
      <input
        ref={input}
        type="file"
        accept="image/*"
        hidden
        data-testid="missing-image-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file && target) void resolveMissing(editor, target, file, flow());
        }}
      />
    </section>
  );
}
