#!/usr/bin/env node
/*
 * `npm run test:types`: type-checks a small consumer project against the package as npm would
 * install it. Run after `npm run build`.
 *
 * The package is packed (`npm pack`) and unpacked into a temporary project's node_modules, so
 * only what is published is seen, through the exports map. Its dependencies (and theirs, side by
 * side as npm installs them) link to this repository's installed ones; React and Vue are small stand-ins with the shapes of their real
 * types (test/types/stubs). The consumer (test/types/consumer) is checked with
 * `moduleResolution` "bundler", "nodenext" and "node10" (through `typesVersions`); its `@ts-expect-error` lines check that wrong
 * uses are refused, not only that right ones pass.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import process from 'node:process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

if (
  !existsSync(join(ROOT, 'dist/npm/index.d.ts')) ||
  !existsSync(join(ROOT, 'dist/types/react.d.ts'))
) {
  console.error('No build: run `npm run build` first.');
  process.exit(1);
}

/** The package's runtime dependencies and, transitively, theirs. */
function dependencyClosure() {
  const seen = new Set();
  const visit = (manifestPath) => {
    const { dependencies = {} } = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const name of Object.keys(dependencies)) {
      const path = join(ROOT, 'node_modules', name, 'package.json');
      if (seen.has(name) || !existsSync(path)) continue;
      seen.add(name);
      visit(path);
    }
  };
  visit(join(ROOT, 'package.json'));
  return seen;
}

const project = mkdtempSync(join(tmpdir(), 'practice-widgets-consumer-'));
const results = [];
try {
  // The package as published.
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const modules = join(project, 'node_modules');
  mkdirSync(modules);
  execFileSync('tar', ['-xzf', join(project, pack.filename), '-C', project]);
  cpSync(join(project, 'package'), join(modules, 'practice-widgets'), { recursive: true });

  // Its dependencies and theirs, as npm installs them side by side, linked to this repository's.
  for (const name of dependencyClosure()) {
    const link = join(modules, name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(resolve(ROOT, 'node_modules', name), link, 'junction');
  }
  cpSync(join(HERE, 'stubs/react'), join(modules, 'react'), { recursive: true });
  cpSync(join(HERE, 'stubs/vue'), join(modules, 'vue'), { recursive: true });
  cpSync(join(HERE, 'consumer'), project, { recursive: true });

  for (const config of ['tsconfig.json', 'tsconfig.nodenext.json', 'tsconfig.node10.json']) {
    const run = spawnSync(process.execPath, [TSC, '-p', join(project, config)], {
      cwd: project,
      encoding: 'utf8',
    });
    const ok = run.status === 0;
    results.push(ok);
    console.log(`${ok ? 'ok' : 'FAIL'} - the consumer example type-checks (${config})`);
    if (!ok) console.log(`${run.stdout}${run.stderr}`.replaceAll(project, '<consumer>'));
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}

const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed || results.length === 0 ? 1 : 0);
