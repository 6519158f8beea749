/** What kind of element has the focus, for the "a field owns its keys" rule (keys.ts `fieldOwnsKey`). */
import type { FocusKind } from './keys';

/** Input types that take typed text; the others (checkbox, radio, button, range, file…) are controls. */
const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** Roles whose element acts on Space/Enter itself. */
const CONTROL_ROLES =
  '[role="button"],[role="link"],[role="menuitem"],[role="menuitemcheckbox"],[role="menuitemradio"],' +
  '[role="option"],[role="tab"],[role="checkbox"],[role="radio"],[role="switch"],[role="treeitem"]';

export function focusKind(el: Element | null): FocusKind {
  if (!el || !(el instanceof HTMLElement)) return 'other';
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return 'text';
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.has(el.type) ? 'text' : 'control';
  if (el.closest('[contenteditable=""],[contenteditable="true"]')) return 'text';
  if (el.matches('button, a[href], summary, audio, video') || el.matches(CONTROL_ROLES)) return 'control';
  return 'other';
}
