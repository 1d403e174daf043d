// The token table of docs/theming.md says what src/styles/theme.ts does: every public token,
// with its light and dark defaults.
import { expect } from '@open-wc/testing';

/** `--practice-x` → its fallback, in the order the style sheet gives them (light, dark, auto). */
function defaultsIn(source: string): Map<string, string[]> {
  const defaults = new Map<string, string[]>();
  for (const [, token, fallback] of source.matchAll(/var\((--practice-[a-z-]+),\s*([^)]+)\)/g)) {
    defaults.set(token!, [...(defaults.get(token!) ?? []), fallback!.trim()]);
  }
  return defaults;
}

describe('inclusion: the theming tokens are documented', () => {
  it('lists every token of theme.ts in docs/theming.md with its light and dark defaults', async () => {
    const [theme, readme] = await Promise.all(
      ['/src/styles/theme.ts', '/docs/theming.md'].map((path) => fetch(path).then((r) => r.text())),
    );
    const defaults = defaultsIn(theme);
    expect(defaults.size).to.be.greaterThan(5);
    const rows = new Map(
      [
        ...readme.matchAll(
          /^\|\s*`(--practice-[a-z-]+)`\s*\|\s*`?([^|`]*?)`?\s*\|\s*`?([^|`]*?)`?\s*\|/gm,
        ),
      ].map(([, token, light, dark]) => [token!, [light!.trim(), dark!.trim()]]),
    );
    for (const [token, [light, dark]] of defaults) {
      expect(rows.has(token), `${token} in docs/theming.md`).to.equal(true);
      const [documentedLight, documentedDark] = rows.get(token)!;
      expect(documentedLight, `${token}, light`).to.equal(light);
      if (dark !== undefined) expect(documentedDark, `${token}, dark`).to.equal(dark);
    }
    expect([...rows.keys()].sort()).to.deep.equal([...defaults.keys()].sort());
  });
});
