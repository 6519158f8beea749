import { displayName } from '../lib/display-name';

/** An item's name as shown in the grid, list and details: bidi-isolated (<bdi>) and without bidi controls. */
export function ItemName({ name, className }: { name: string; className?: string }) {
  return <bdi className={className}>{displayName(name)}</bdi>;
}
