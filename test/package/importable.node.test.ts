// Every entry point of the package's exports map imports in plain Node, with no DOM: a server
// that renders pages, a test runner or a build tool may import the library before any browser
// is involved. The modules are imported one after another in a Node process of their own (this
// one has loaded test helpers), which checks before each import that no DOM global appeared.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  exports: Record<string, unknown>;
};

/** The source module of each entry point of the exports map (`./components/*` once per file). */
function sourceEntries(): string[] {
  const entries: string[] = [];
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const path = typeof target === 'string' ? target : (target as { default?: string }).default;
    if (!path?.endsWith('.js')) continue; // type-only entries and JSON files
    if (entry === './cdn') {
      entries.push('src/cdn.ts');
    } else if (entry.includes('*')) {
      for (const tag of readdirSync(`${ROOT}src/components`)) {
        if (tag === 'shared') continue;
        entries.push(`src/components/${tag}/${tag}.ts`, `src/components/${tag}/define.ts`);
      }
    } else {
      entries.push(path.replace('./dist/npm/', 'src/').replace(/\.js$/, '.ts'));
    }
  }
  return entries;
}

describe('the package in plain Node', () => {
  const entries = sourceEntries();

  it('has entry points to check', () => {
    assert.ok(entries.includes('src/index.ts'));
    assert.ok(entries.includes('src/react/index.ts'));
    assert.ok(entries.includes('src/components/practice-map/define.ts'));
  });

  // One process for all (a process per module costs seconds each): it reports, per module,
  // the error of its import, or that a DOM global was defined by an earlier one.
  const script = `
    const results = {};
    for (const [entry, url] of ${JSON.stringify(entries.map((entry) => [entry, pathToFileURL(`${ROOT}${entry}`).href]))}) {
      const dom = ['window', 'document', 'Element', 'Node', 'ShadowRoot'].filter((name) => name in globalThis);
      try {
        if (dom.length) throw new Error(dom.join(', ') + ' defined before the import');
        await import(url);
        results[entry] = 'ok';
      } catch (error) {
        results[entry] = String(error?.stack ?? error);
      }
    }
    console.log(JSON.stringify(results));
  `;
  let results: Record<string, string> | undefined;
  const imported = (): Record<string, string> => {
    if (results) return results;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(run.status, 0, run.stderr);
    results = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, string>;
    return results;
  };

  for (const entry of entries) {
    it(`imports ${entry} without a DOM`, () => {
      assert.equal(imported()[entry], 'ok');
    });
  }
});
