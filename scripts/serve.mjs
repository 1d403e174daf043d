#!/usr/bin/env node
// `npm start`: serves the demo with the bundled sample feed, straight from the TypeScript
// sources (no build step), on PORT (default 8000).
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT) || 8000;

const server = await startDevServer({
  config: {
    rootDir,
    port,
    hostname: process.env.HOST || 'localhost',
    nodeResolve: true,
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
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`Demo: http://localhost:${port}/demo/`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
