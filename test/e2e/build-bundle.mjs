// Builds the CDN bundle with the project's own rollup configuration (same entry, plugins and
// minifier) into a directory of its own, so that the end-to-end checks test what partners load,
// without a build step before `npm test` and without touching dist/.
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import configs from '../../rollup.config.mjs';

/**
 * @returns {Promise<string>} the directory holding practice-widgets.js and its chunks, and the
 *   embed page's script and styles (embed.js, embed.css, embed-resize.js) as dist/cdn has them
 */
export async function buildCdnBundle() {
  const dir = await mkdtemp(join(tmpdir(), 'practice-widgets-cdn-'));
  for (const name of ['practice-widgets', 'embed', 'embed-resize']) {
    await buildEntry(
      configs.find((entry) => name in entry.input),
      dir,
    );
  }
  return dir;
}

async function buildEntry(config, dir) {
  const bundle = await rollup({
    input: config.input,
    // The TypeScript plugin insists on writing inside the output directory: the same options
    // as the build, another directory.
    plugins: config.plugins.map((plugin) =>
      plugin.name === 'typescript'
        ? typescript({
            tsconfig: './tsconfig.build.json',
            declaration: false,
            declarationDir: undefined,
            outDir: dir,
            sourceMap: false,
          })
        : plugin,
    ),
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
  });
  await bundle.write({ ...config.output, dir, sourcemap: false });
  await bundle.close();
}

/**
 * Builds the server renderer (`practice-feed render` and `site`: src/site with the elements,
 * their templates minified as in the CDN bundle) into `dir`, as `npm run build` writes it to
 * dist/site.
 * @param {string} dir
 */
export async function buildServerRenderer(dir) {
  const { serverRenderer } = await import('../../rollup.config.mjs');
  const config = serverRenderer(dir);
  const bundle = await rollup({
    input: config.input,
    external: config.external,
    plugins: config.plugins,
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
  });
  await bundle.write(config.output);
  await bundle.close();
}
