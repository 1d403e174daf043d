#!/usr/bin/env node
/*
 * `npm run wordpress:zip`, after `npm run build`: packs the WordPress plugin
 * (integrations/wordpress/) with the library's CDN build inside it, as
 * dist/wordpress/practice-widgets-<version>.zip, ready for Plugins → Add New → Upload Plugin.
 *
 * The plugin's version is stamped from package.json, so the plugin and the bundle it carries
 * always agree. Source maps are left out: they would double the zip for no reader's benefit.
 *
 * The translations (languages/practice-widgets-<lang>.po) are compiled here into what WordPress
 * reads: a .mo file for the PHP strings and a JSON file for the block editor's script. Every
 * string the plugin translates must be in every .po file, or the zip is not written.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { Buffer } from 'node:buffer';

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

/** The handle WordPress gives the block's editor script (generate_block_asset_handle()). */
const EDITOR_SCRIPT_HANDLE = 'practice-widgets-widget-editor-script';
/** The separator gettext puts between a context and its message in a compiled key. */
const CONTEXT_SEPARATOR = '\u0004';

/**
 * Reads a .po file of single-line strings.
 * @returns {Map<string, string>} key (`context\u0004msgid` or `msgid`) => translation
 */
export function parsePo(text) {
  const unquote = (quoted) => JSON.parse(quoted.replace(/\t/g, '\\t'));
  const messages = new Map();
  let entry = {};
  const flush = () => {
    if (entry.msgid !== undefined && entry.msgstr !== undefined) {
      const key =
        entry.msgctxt === undefined
          ? entry.msgid
          : `${entry.msgctxt}${CONTEXT_SEPARATOR}${entry.msgid}`;
      messages.set(key, entry.msgstr);
    }
    entry = {};
  };
  let last;
  for (const line of text.split('\n')) {
    const field = /^(msgctxt|msgid|msgstr) (".*")$/.exec(line);
    if (field) {
      if (field[1] !== 'msgstr' && entry.msgstr !== undefined) flush();
      entry[field[1]] = unquote(field[2]);
      last = field[1];
    } else if (/^".*"$/.test(line) && last) {
      entry[last] += unquote(line);
    } else if (line.trim() === '') {
      flush();
      last = undefined;
    }
  }
  flush();
  return messages;
}

/** Compiles messages into gettext's binary .mo format (little-endian, no hash table). */
export function compileMo(messages) {
  const encoder = new TextEncoder();
  const keys = [...messages.keys()].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1));
  const originals = keys.map((key) => encoder.encode(key));
  const translations = keys.map((key) => encoder.encode(messages.get(key)));
  const count = keys.length;
  const headerSize = 28;
  const tablesSize = count * 16;
  let offset = headerSize + tablesSize;
  const positions = (strings) =>
    strings.map((bytes) => {
      const position = [bytes.length, offset];
      offset += bytes.length + 1;
      return position;
    });
  const originalPositions = positions(originals);
  const translationPositions = positions(translations);
  const buffer = Buffer.alloc(offset);
  buffer.writeUInt32LE(0x950412de, 0);
  buffer.writeUInt32LE(0, 4);
  buffer.writeUInt32LE(count, 8);
  buffer.writeUInt32LE(headerSize, 12);
  buffer.writeUInt32LE(headerSize + count * 8, 16);
  // No hash table; its offset is where the tables end, as WordPress's reader expects.
  buffer.writeUInt32LE(0, 20);
  buffer.writeUInt32LE(headerSize + tablesSize, 24);
  [originalPositions, translationPositions].forEach((table, t) => {
    table.forEach(([length, at], i) => {
      const entryOffset = headerSize + t * count * 8 + i * 8;
      buffer.writeUInt32LE(length, entryOffset);
      buffer.writeUInt32LE(at, entryOffset + 4);
      buffer.set((t === 0 ? originals : translations)[i], at);
    });
  });
  return new Uint8Array(buffer);
}

/** The Jed 1.x JSON that wp.i18n reads for a script's translations. */
function scriptTranslations(messages, lang) {
  const locale = { '': { domain: 'messages', lang } };
  for (const [key, translation] of messages) if (key !== '') locale[key] = [translation];
  return JSON.stringify({ domain: 'messages', locale_data: { messages: locale } });
}

/** The strings the plugin's PHP and JavaScript pass to WordPress's translation functions. */
function translatedStrings() {
  const found = new Set();
  const call =
    /\b(?:__|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;
  for (const path of filesUnder(PLUGIN_DIR)) {
    if (!/\.(php|js)$/.test(path) || path.startsWith('cdn/')) continue;
    for (const [, quoted] of readFileSync(join(PLUGIN_DIR, path), 'utf8').matchAll(call)) {
      found.add(quoted.slice(1, -1).replace(/\\(['"\\])/g, '$1'));
    }
  }
  const block = JSON.parse(readFileSync(join(PLUGIN_DIR, 'block/block.json'), 'utf8'));
  found.add(`block title${CONTEXT_SEPARATOR}${block.title}`);
  found.add(`block description${CONTEXT_SEPARATOR}${block.description}`);
  for (const keyword of block.keywords) found.add(`block keyword${CONTEXT_SEPARATOR}${keyword}`);
  return found;
}

/** @returns {{ path: string, size: number, files: number }} the zip written */
export function buildWordPressZip() {
  if (!existsSync(join(CDN_DIR, 'practice-widgets.js'))) {
    throw new Error('No CDN build: run `npm run build` first.');
  }
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  /** @type {Record<string, Uint8Array>} */
  const entries = {};

  const needed = translatedStrings();
  for (const path of filesUnder(PLUGIN_DIR)) {
    if (path === '.gitignore' || path.startsWith('cdn/')) continue;
    const po = /^languages\/practice-widgets-([a-z]{2})\.po$/.exec(path);
    if (po) {
      const messages = parsePo(readFileSync(join(PLUGIN_DIR, path), 'utf8'));
      const missing = [...needed].filter((key) => !messages.get(key));
      if (missing.length > 0) {
        throw new Error(`${path} lacks ${missing.map((key) => JSON.stringify(key)).join(', ')}`);
      }
      const name = `${SLUG}/languages/practice-widgets-${po[1]}`;
      entries[`${name}.mo`] = compileMo(messages);
      entries[`${name}-${EDITOR_SCRIPT_HANDLE}.json`] = new TextEncoder().encode(
        scriptTranslations(messages, po[1]),
      );
    }
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
