// Types of scripts/static-server.mjs, for the tests that import it (the options they use).
export const CONTENT_TYPES: Record<string, string>;
export function contentType(name: string): string;
export function startStaticServer(
  rootDir: string,
  options?: { readonly mounts?: Record<string, string> },
): Promise<{
  url: string;
  port: number;
  log: { path: string; headers: Record<string, string>; status: number }[];
  close: () => Promise<void>;
}>;
