// Types of scripts/api-docs.mjs, for the tests that import it.
export const START: string;
export const END: string;
export function elementsOf(manifest: unknown): Map<string, Record<string, unknown>>;
export function apiSection(element: Record<string, unknown>): string;
export function rewrite(page: string, generated: string): string;
