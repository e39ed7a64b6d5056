/**
 * Key paths of nested tables (UI strings, translations), for saying exactly
 * which key one language has and the other lacks: `popover.close`,
 * `chicago.localNotes[2]`.
 */
function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf's path (a string, number, function or null ends a path). */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => keyPaths(item, `${prefix}[${index}]`));
  }
  if (isTable(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      keyPaths(item, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [prefix];
}

export interface KeyDifference {
  /** In the reference, not in the other. */
  missing: string[];
  /** In the other, not in the reference. */
  extra: string[];
}

export function compareKeys(reference: unknown, other: unknown): KeyDifference {
  const want = new Set(keyPaths(reference));
  const have = new Set(keyPaths(other));
  return {
    missing: [...want].filter((path) => !have.has(path)),
    extra: [...have].filter((path) => !want.has(path)),
  };
}
