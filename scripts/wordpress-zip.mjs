#!/usr/bin/env node
/*
 * `npm run wordpress:zip`, after `npm run build`: packs the WordPress plugin
 * (integrations/wordpress/) with the library's CDN build inside it, as
 * dist/wordpress/practice-widgets-<version>.zip, ready for Plugins → Add New → Upload Plugin.
 *
 * The plugin's version is stamped from package.json, so the plugin and the bundle it carries
 * always agree. Source maps are left out: they would double the zip for no reader's benefit.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const PLUGIN_DIR = 'integrations/wordpress';
const CDN_DIR = 'dist/cdn';
const OUT_DIR = 'dist/wordpress';
/** The folder name WordPress installs the plugin under. */
const SLUG = 'practice-widgets';
/** Files that carry the version: the plugin header, its constant, the block script's asset file. */
const VERSIONED = new Set(['practice-widgets.php', 'block/editor.asset.php', 'readme.txt']);

/** @returns {string[]} every file under `dir`, as paths relative to it with `/` separators */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** Writes the package's version into the plugin's header, constant and asset file. */
function stampVersion(text, version) {
  return text
    .replace(/^(\s*\*\s*Version:\s*).+$/m, `$1${version}`)
    .replace(/^(Stable tag:\s*).+$/m, `$1${version}`)
    .replace(/(define\(\s*'PRACTICE_WIDGETS_VERSION',\s*')[^']*(')/, `$1${version}$2`)
    .replace(/('version'\s*=>\s*')[^']*(')/, `$1${version}$2`);
}

/** @returns {{ path: string, size: number, files: number }} the zip written */
export function buildWordPressZip() {
  if (!existsSync(join(CDN_DIR, 'practice-widgets.js'))) {
    throw new Error('No CDN build: run `npm run build` first.');
  }
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  /** @type {Record<string, Uint8Array>} */
  const entries = {};

  for (const path of filesUnder(PLUGIN_DIR)) {
    if (path === '.gitignore' || path.startsWith('cdn/')) continue;
    const bytes = readFileSync(join(PLUGIN_DIR, path));
    entries[`${SLUG}/${path}`] = VERSIONED.has(path)
      ? new TextEncoder().encode(stampVersion(bytes.toString('utf8'), version))
      : bytes;
  }
  for (const path of filesUnder(CDN_DIR)) {
    if (path.endsWith('.map')) continue;
    entries[`${SLUG}/cdn/${path}`] = readFileSync(join(CDN_DIR, path));
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, `${SLUG}-${version}.zip`);
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(path, zip);
  return { path, size: zip.byteLength, files: Object.keys(entries).length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { path, size, files } = buildWordPressZip();
  console.log(`${path}: ${files} files, ${(size / 1024).toFixed(1)} KiB.`);
}
