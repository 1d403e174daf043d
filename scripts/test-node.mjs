#!/usr/bin/env node
// Runs the DOM-free tests (test/**/*.node.test.ts, beside the browser tests of the same module) with Node's own test runner, TypeScript
// through tsx. Node 20's runner does not expand globs itself, so the files are listed here. Then
// checks that the API tables of docs/elements/ are what the elements' JSDoc gives
// (scripts/api-docs.mjs --check; no build needed).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders with no test of their own (fixtures, and the installs of the consumer checks). */
const SKIPPED = new Set(['node_modules', 'fixtures']);

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : testFiles(path);
    return entry.name.endsWith('.node.test.ts') ? [path] : [];
  });
}

const files = testFiles('test').sort();
if (files.length === 0) {
  console.error('No *.node.test.ts files under test/.');
  process.exit(1);
}
const { status } = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], {
  stdio: 'inherit',
});
const docs = spawnSync(process.execPath, ['scripts/api-docs.mjs', '--check'], { stdio: 'inherit' });
process.exit(status === 0 && docs.status === 0 ? 0 : (status ?? 1) || 1);
