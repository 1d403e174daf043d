/**
 * CPU profiles (DevTools protocol, `Profiler`) named by the library's source: each sample's
 * function as `src/data/query.ts:61 runQuery`, through the source maps of the CDN build. Used by
 * bench/large-profile.mjs and bench/paint-trace.mjs.
 */
import { readFileSync, existsSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const maps = new Map();
/** The source map of a script of a CDN build (dist/cdn or bench/out/base/cdn), by its URL. */
function mapOf(url) {
  if (maps.has(url)) return maps.get(url);
  const path = url.replace(/^[a-z]+:\/\/[^/]+\//, '').replace(/[?#].*$/, '');
  const file = /(^|\/)cdn\//.test(path) ? `${path}.map` : undefined;
  const map = file && existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : undefined;
  maps.set(url, map);
  return map;
}

/** A profile node's frame as the library's source names it: `src/data/query.ts:61 runQuery`. */
export function frameName({ functionName, url, lineNumber, columnNumber }) {
  const map = url ? mapOf(url) : undefined;
  if (map) {
    const pos = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
    if (pos.source) {
      const source = pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
      return `${source}:${pos.line} ${functionName || pos.name || '(anonymous)'}`;
    }
  }
  if (!url) return functionName || '(native)';
  return `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`;
}

/**
 * For each stretch `{ start, end }` (microseconds, the trace's clock, which the profile shares),
 * the functions with the most time, themselves (`self`) and with what they call (`total`, the
 * library's frames only), `top` of each, as printable lines.
 */
export function topFunctions(profile, stretches, top = 6) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const names = new Map();
  const nameOf = (id) => {
    if (!names.has(id)) names.set(id, frameName(nodes.get(id).callFrame));
    return names.get(id);
  };
  const found = stretches.map((stretch) => ({ ...stretch, samples: [] }));
  let time = profile.startTime;
  let at = 0;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    while (at < found.length && found[at].end < time) at++;
    const stretch = found[at];
    if (stretch && stretch.start <= time)
      stretch.samples.push({ id, delta: profile.timeDeltas[i] ?? 0 });
  });
  return found.map((stretch) => {
    const self = new Map();
    const total = new Map();
    for (const { id, delta } of stretch.samples) {
      const ms = delta / 1000;
      const name = nameOf(id);
      self.set(name, (self.get(name) ?? 0) + ms);
      const seen = new Set();
      for (let node = id; node !== undefined; node = parent.get(node)) {
        const frame = nameOf(node);
        if (seen.has(frame) || !frame.startsWith('src/')) continue;
        seen.add(frame);
        total.set(frame, (total.get(frame) ?? 0) + ms);
      }
    }
    const lines = (map) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`);
    return { ...stretch, self: lines(self), total: lines(total) };
  });
}
