import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/*
 * The command line tool runs the package's built data layer (dist/npm/data), as an installed
 * package would. `npm test` runs before `npm run build`, so the tests compile what the tool
 * imports, with the build's own compiler options, into a temporary folder laid out like the
 * package: bin/, dist/npm/ and package.json. The working tree's dist/ is left alone.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Source modules the tool imports (their own imports are compiled with them). */
const ENTRY_POINTS = [
  'src/data/csv.ts',
  'src/data/validate.ts',
  'src/data/validated.ts',
  'src/data/types.ts',
  'src/data/export.ts',
  'src/data/suggest.ts',
  'src/data/countries.ts',
];

export interface PackageLayout {
  /** The folder that stands for the installed package. */
  readonly root: string;
  /** The tool's file inside it. */
  readonly bin: string;
  readonly remove: () => void;
}

export interface LayoutOptions {
  /**
   * With the site generator (`practice-feed site`): its modules and the elements it renders, the
   * project's dependencies (linked), and the CDN files in `cdn` (a folder) as dist/cdn.
   */
  readonly site?: { readonly cdn: string };
}

export function buildPackageLayout(options: LayoutOptions = {}): PackageLayout {
  const root = mkdtempSync(join(tmpdir(), 'practice-feed-'));
  const configPath = join(ROOT, 'tsconfig.build.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {
      outDir: join(root, 'dist/npm'),
      declaration: false,
      declarationDir: undefined,
      sourceMap: false,
    },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`Could not read ${configPath}`);
  const program = ts.createProgram({
    rootNames: [...ENTRY_POINTS, ...(options.site ? ['src/site/site.ts'] : [])].map((file) =>
      join(ROOT, file),
    ),
    options: parsed.options,
  });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
  if (diagnostics.length > 0) {
    throw new Error(
      ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (name) => name,
        getCurrentDirectory: () => ROOT,
        getNewLine: () => '\n',
      }),
    );
  }
  mkdirSync(join(root, 'bin'));
  const bin = join(root, 'bin/practice-feed.mjs');
  copyFileSync(join(ROOT, 'bin/practice-feed.mjs'), bin);
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  if (options.site) {
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    cpSync(options.site.cdn, join(root, 'dist/cdn'), { recursive: true });
  }
  return { root, bin, remove: () => rmSync(root, { recursive: true, force: true }) };
}
