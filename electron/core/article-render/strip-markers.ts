/**
 * The last step: nothing WeChat would drop or that means something only to this app. Marker classes and
 * `data-*` attributes go once their styles are inline; <style>, <script>, comments and event handlers
 * never reach the output (the editor's sanitizer already removed them; this holds for any input).
 */
import type { ArticleDom } from './parse-html';

/** DOM node type of a comment (the DOM standard's Node.COMMENT_NODE). */
const COMMENT_NODE = 8;

/** Before the passes: elements and comments that must not survive, whatever the input. */
export function dropUnsafeNodes($: ArticleDom): void {
  $('style, script, link, meta, iframe, object, embed').remove();
  $('*')
    .contents()
    .filter((_, node) => node.nodeType === COMMENT_NODE)
    .remove();
  $.root()
    .contents()
    .filter((_, node) => node.nodeType === COMMENT_NODE)
    .remove();
}

/** After inlining: classes, data-* and on* attributes removed from every element. */
export function stripMarkers($: ArticleDom): void {
  $('*').each((_, el) => {
    const node = $(el);
    for (const name of Object.keys(node.attr() ?? {})) {
      if (name === 'class' || name.startsWith('data-') || /^on/i.test(name)) node.removeAttr(name);
    }
  });
}
