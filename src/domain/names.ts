// Names the person types for activities, measures and providers: compared the way a person reads them.

/** A name folded for comparison: trimmed, inner spaces collapsed, case ignored ("  Reach the  Shelf" = "reach the shelf"). */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The first row (other than `exceptId`) whose name reads the same as `name`, or undefined. */
export function sameNamed<T extends { id: string; name: string }>(
  rows: readonly T[],
  name: string,
  exceptId?: string,
): T | undefined {
  const key = nameKey(name);
  return rows.find((row) => row.id !== exceptId && nameKey(row.name) === key);
}

/** The providers of past sessions, most recently seen first, each once (by {@link nameKey}), at most `max`. */
export function recentProviders(sessions: readonly { provider: string; at: string }[], max = 8): string[] {
  const newestFirst = [...sessions].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { provider } of newestFirst) {
    const key = nameKey(provider);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(provider.trim());
    if (out.length >= max) break;
  }
  return out;
}
