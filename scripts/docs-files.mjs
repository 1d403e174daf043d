// The Markdown files that document the package and ship with it: README.md and docs/**/*.md.
// The release script moves the bundle's address in each; `npm run check:pack` checks it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** README.md, then every .md file under docs/, as paths from the repository's root. */
export function documentedFiles(root = '.') {
  const walk = (dir) =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.md') ? [path] : [];
    });
  return ['README.md', ...walk('docs').sort()];
}
