import { displayName } from '../lib/display-name';

/**
 * An item's name as shown in the grid, list and details: bidi-isolated (<bdi>) and without bidi controls.
 * `data-content` marks it as the user's text, not the UI's (test/e2e/ui-screens.ts skips it in its checks).
 */
export function ItemName({ name, className }: { name: string; className?: string }) {
  return (
    <bdi className={className} data-content>
      {displayName(name)}
    </bdi>
  );
}
