#!/usr/bin/env node
/*
 * `npm run release -- <patch|minor|major|x.y.z>`: prepares a release in the working tree.
 *
 * 1. bumps the version in package.json and package-lock.json (`npm version`, no git tag);
 * 2. moves CHANGELOG.md's "Unreleased" notes under a heading with the new version and today's
 *    date, leaving an empty "Unreleased" above;
 * 3. points the documented addresses (README.md, docs/, the schema's `$id`) at the new version;
 * 4. builds.
 *
 * Committing, tagging and `npm publish` stay with the person releasing, after reading the diff.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { documentedFiles } from './docs-files.mjs';

const UNRELEASED = '## Unreleased';

/** CHANGELOG text with the Unreleased notes under `## <version> - <date>`. */
export function releaseChangelog(text, version, date) {
  const start = text.indexOf(`${UNRELEASED}\n`);
  if (start === -1) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" heading.`);
  const notesStart = start + UNRELEASED.length + 1;
  const next = text.slice(notesStart).search(/^## /m);
  const notesEnd = next === -1 ? text.length : notesStart + next;
  const notes = text.slice(notesStart, notesEnd).trim();
  if (!notes) throw new Error('CHANGELOG.md has nothing under "Unreleased": nothing to release.');
  return `${text.slice(0, start)}${UNRELEASED}\n\n## ${version} - ${date}\n\n${notes}\n\n${text.slice(notesEnd)}`.replace(
    /\n+$/,
    '\n',
  );
}

/** Text with every versioned address of the package moved from `from` to `to`. */
export function updateAddresses(text, from, to) {
  return text.replaceAll(`practice-widgets@${from}/`, `practice-widgets@${to}/`);
}

function main(bump) {
  if (!bump) {
    console.error('Usage: npm run release -- <patch|minor|major|x.y.z>');
    process.exit(2);
  }
  const before = JSON.parse(readFileSync('package.json', 'utf8')).version;
  execFileSync('npm', ['version', bump, '--no-git-tag-version', '--ignore-scripts'], {
    stdio: 'inherit',
  });
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const date = new Date().toISOString().slice(0, 10);

  writeFileSync(
    'CHANGELOG.md',
    releaseChangelog(readFileSync('CHANGELOG.md', 'utf8'), version, date),
  );
  for (const file of [...documentedFiles(), 'schema/practice-feed.schema.json']) {
    writeFileSync(file, updateAddresses(readFileSync(file, 'utf8'), before, version));
  }
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  console.log(
    `\n${before} → ${version}. Read the diff, run the checks, commit, tag v${version}, publish.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv[2]);
