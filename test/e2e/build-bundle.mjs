// Builds the CDN bundle the way `npm run build` does (same entry, plugins and minifier) into a
// directory of its own, so that the end-to-end checks test what partners load without touching
// dist/ and without a build step before `npm test`.
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @returns {Promise<string>} the directory holding practice-widgets.js and its chunks */
export async function buildCdnBundle() {
  const dir = await mkdtemp(join(tmpdir(), 'practice-widgets-cdn-'));
  const bundle = await rollup({
    input: { 'practice-widgets': 'src/cdn.ts' },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        declarationDir: undefined,
        outDir: dir,
        sourceMap: false,
        // The build's cache lives beside its output, not in the repository.
        cacheDir: join(dir, '.ts-cache'),
      }),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
  });
  await bundle.write({
    dir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  });
  await bundle.close();
  return dir;
}
