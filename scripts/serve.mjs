#!/usr/bin/env node
// `npm start`: serves the demo with the bundled sample feed, straight from the TypeScript
// sources (no build step), on PORT (default 8000). /cdn/ stands for the built dist/cdn/ folder:
// the configurator, the embed page and the bundle's address, each answered from its source.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT) || 8000;

/**
 * The files of dist/cdn/ under /cdn/, from the sources: pages and styles as they are, each
 * script as a module that imports its TypeScript source.
 */
const CDN_FILES = {
  'configurator.html': { file: 'src/configurator/configurator.html' },
  'configurator.css': { file: 'src/configurator/configurator.css' },
  'configurator.js': { source: '/src/configurator/configurator.ts' },
  'practice-widgets.js': { source: '/src/cdn.ts' },
  'embed.html': { file: 'src/embed/embed.html' },
  'embed.css': { file: 'src/embed/embed.css' },
  'embed.js': { source: '/src/embed/embed.ts' },
  'embed-resize.js': { source: '/src/embed/embed-resize.ts' },
};
const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript' };

const server = await startDevServer({
  config: {
    rootDir,
    port,
    hostname: process.env.HOST || 'localhost',
    nodeResolve: true,
    // A snippet from the configurator may be tried in a page of another local origin.
    middleware: [
      (context, next) => {
        context.set('Access-Control-Allow-Origin', '*');
        return next();
      },
    ],
    open: false,
    watch: false,
    plugins: [
      esbuildPlugin({ ts: true, target: 'es2021', tsconfig: `${rootDir}tsconfig.json` }),
      {
        name: 'demo-index',
        // The site root is the demo gallery.
        serve(context) {
          if (context.path === '/')
            return { body: '', status: 302, headers: { Location: '/demo/' } };
        },
      },
      {
        name: 'cdn-from-sources',
        serve(context) {
          const name = context.path.startsWith('/cdn/') ? context.path.slice(5) : undefined;
          const entry = name === '' ? CDN_FILES['configurator.html'] : CDN_FILES[name];
          if (!entry) return undefined;
          const type = TYPES[(name || '.html').slice((name || '.html').lastIndexOf('.'))];
          const body = entry.file
            ? readFileSync(`${rootDir}${entry.file}`, 'utf8')
            : `import '${entry.source}';\n`;
          return { body, type };
        },
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`Demo: http://localhost:${port}/demo/`);
console.log(
  `Configurator: http://localhost:${port}/cdn/configurator.html?src=http://localhost:${port}/demo/data/practices.json`,
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
