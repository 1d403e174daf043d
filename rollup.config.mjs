import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * The CDN bundle: one minified ES module that registers every element, with Lit bundled in its
 * production build, and lazy chunks beside it. The unbundled npm modules and their `.d.ts` are
 * emitted by `tsc -p tsconfig.build.json` (see the `build` script).
 */
export default {
  input: { 'practice-widgets': 'src/cdn.ts' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.build.json',
      declaration: false,
      declarationDir: undefined,
      outDir: 'dist/cdn',
      sourceMap: true,
    }),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
