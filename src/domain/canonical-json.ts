// Canonical JSON: one exact text for one JSON value, so a checksum over it does not depend on key order or spacing.
// The rules of RFC 8785 (JCS) for the values a backup holds: object keys sorted by UTF-16 code units, no whitespace,
// strings and numbers written as JSON.stringify writes them (ECMAScript's shortest round-trip number form).

/** The canonical JSON text of a JSON value (null, boolean, finite number, string, array, plain object). */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    out.push(JSON.stringify(value));
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('Canonical JSON cannot hold NaN or Infinity.');
    out.push(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i) out.push(',');
      write(item, out);
    });
    out.push(']');
    return;
  }
  if (typeof value === 'object') {
    out.push('{');
    // Object.keys lists an own "__proto__" key (JSON.parse makes them) like any other, so it is hashed, never skipped.
    const keys = Object.keys(value).sort();
    let first = true;
    for (const key of keys) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key), ':');
      write(item, out);
    }
    out.push('}');
    return;
  }
  throw new TypeError(`Canonical JSON cannot hold a ${typeof value}.`);
}
