import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The CDN build, in dist/cdn/:
 * - practice-widgets.js: one minified ES module that registers every element, with Lit bundled
 *   in its production build, and lazy chunks beside it (map geometry, virtual scroller);
 * - embed.html, embed.js, embed.css: the iframe embed page, which loads practice-widgets.js;
 * - embed-resize.js: the optional script for pages that embed the iframe;
 * - configurator.html, configurator.js, configurator.css: the configurator, hosted beside the
 *   bundle so that the code it writes points at the bundle it sits next to;
 * - practice-widgets.css: the page stylesheet that reserves the widgets' room before the script
 *   runs (src/styles/practice-widgets.css, minified), also written to dist/npm/ for npm users.
 * The unbundled npm modules and their `.d.ts` are emitted by `tsc -p tsconfig.build.json`.
 */
/**
 * Lit's html`` and css`` templates keep their whitespace and comments otherwise. Whitespace is
 * collapsed to one space, never removed: each template is minified on its own, and the space
 * that opens html` <span>…` separates it from the text before it. The server renderer's build
 * minifies them the same way: hydration needs the server's templates to be the page's.
 */
const minifyTemplates = () =>
  minifyTemplateLiterals({ options: { minifyOptions: { conservativeCollapse: true } } });

/**
 * The server renderer (`practice-feed render`, `practice-feed site`), in `dir`: src/site with
 * the elements it renders, their templates minified as in the CDN build (a rendered page's
 * templates must be those of the script that takes it over), Lit and the rest of node_modules
 * left as imports. Not minified otherwise: it runs in Node.
 */
export const serverRenderer = (dir = 'dist/site') => ({
  input: { site: 'src/site/site.ts' },
  external: (id) => /^[^./\0]/.test(id) && !/^[A-Za-z]:/.test(id),
  output: { dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
  plugins: [
    typescript({
      tsconfig: './tsconfig.build.json',
      declaration: false,
      declarationDir: undefined,
      outDir: dir,
      sourceMap: false,
      inlineSources: false,
    }),
    minifyTemplates(),
  ],
});

const plugins = () => [
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationDir: undefined,
    outDir: 'dist/cdn',
    sourceMap: true,
    // The maps carry the sources: the package does not ship src/.
    inlineSources: true,
  }),
  minifyTemplates(),
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 3 },
    format: { comments: false },
  }),
];

/**
 * A plain style sheet without its comments and extra whitespace. Spaces inside values stay
 * (one each): `calc(a - b)` needs them.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The page stylesheet, beside the bundle and in the npm build. */
const pageStylesheet = () => ({
  name: 'page-stylesheet',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'practice-widgets.css',
      source: minifyCss(readFileSync('src/styles/practice-widgets.css', 'utf8')),
    });
  },
  writeBundle() {
    mkdirSync('dist/npm', { recursive: true });
    writeFileSync(
      'dist/npm/practice-widgets.css',
      minifyCss(readFileSync('src/styles/practice-widgets.css', 'utf8')),
    );
  },
});

/** Copies the embed page's static files beside the scripts. */
const embedAssets = () => ({
  name: 'embed-assets',
  generateBundle() {
    for (const fileName of ['embed.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`) });
    }
  },
});

/** Copies the configurator page and its styles beside its script. */
const configuratorAssets = () => ({
  name: 'configurator-assets',
  generateBundle() {
    for (const fileName of ['configurator.html', 'configurator.css']) {
      this.emitFile({
        type: 'asset',
        fileName,
        source: readFileSync(`src/configurator/${fileName}`),
      });
    }
  },
});

export default [
  {
    input: { 'practice-widgets': 'src/cdn.ts' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [...plugins(), pageStylesheet()],
  },
  // Built apart from the library, so that they share no chunk with it.
  ...['embed', 'embed-resize'].map((name) => ({
    input: { [name]: `src/embed/${name}.ts` },
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', sourcemap: true },
    plugins: [...plugins(), ...(name === 'embed' ? [embedAssets()] : [])],
  })),
  {
    input: { configurator: 'src/configurator/configurator.ts' },
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', sourcemap: true },
    plugins: [...plugins(), configuratorAssets()],
  },
  serverRenderer(),
];
