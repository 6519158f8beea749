import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ItemName } from '../../../renderer/src/components/ItemName';
import { displayName, isolatedName } from '../../../renderer/src/lib/display-name';

afterEach(cleanup);

describe('item names on screen (issue 8, finding 8)', () => {
  it('isolates the name in <bdi> and drops bidi controls, so "\\u202Egpj.exe" cannot read as "exe.jpg"', () => {
    const { container } = render(<ItemName className="tile-name" name={'\u202Egpj.exe'} />);
    const el = container.querySelector('bdi.tile-name');
    expect(el).not.toBeNull();
    expect(el!.textContent).toBe('gpj.exe');
  });

  it('keeps joiners scripts need, removes every bidi control and control character', () => {
    expect(displayName('a\u2066b\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u0007c')).toBe('abc');
    expect(displayName('👨\u200D👩\u200D👧')).toBe('👨\u200D👩\u200D👧');
    expect(isolatedName('\u202Eabc')).toBe('\u2068abc\u2069');
  });
});
