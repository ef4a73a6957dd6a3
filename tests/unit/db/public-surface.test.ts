// @vitest-environment node
// The app loads src/db/index.ts as one namespace (src/app/data.ts), so every name it exports ships. Only what the app
// uses may be there: a function only tests call belongs in the test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');
/** The Dexie instance: tests and the benchmark seed through it; it ships either way (every function uses it). */
const FOR_SEEDING = ['db'];
/** Exported ahead of the screens that will use them (the home programme, whose screens land next). Each one leaves
 * this list when its first use lands (the test below fails while a used name is still here). */
const AHEAD_OF_THEIR_SCREEN: string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The value names (not types) that src/db/index.ts exports. */
function exportedValues(): string[] {
  const file = join(SRC, 'db/index.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  return source.statements.flatMap((statement) =>
    ts.isExportDeclaration(statement) &&
    !statement.isTypeOnly &&
    statement.exportClause &&
    ts.isNamedExports(statement.exportClause)
      ? statement.exportClause.elements.filter((element) => !element.isTypeOnly).map((element) => element.name.text)
      : [],
  );
}

describe("the data layer's public surface", () => {
  const names = exportedValues();
  // Code outside src/db, comments dropped, so a name in a comment does not count as a use.
  const app = sourceFiles(SRC)
    .filter((path) => !path.startsWith(join(SRC, 'db')))
    .map((path) =>
      readFileSync(path, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, ''),
    )
    .join('\n');

  it('lists its exports by name (no export *), so what ships is chosen', () => {
    expect(readFileSync(join(SRC, 'db/index.ts'), 'utf8')).not.toMatch(/export \*/);
    expect(names).toContain('saveCheckin');
  });

  const used = (name: string) => new RegExp(`\\b${name}\\b`).test(app);

  it('exports only what the app uses', () => {
    const allowed = [...FOR_SEEDING, ...AHEAD_OF_THEIR_SCREEN];
    expect(names.filter((name) => !allowed.includes(name) && !used(name))).toEqual([]);
  });

  it('lists a name as ahead of its screen only until the screen uses it', () => {
    expect(AHEAD_OF_THEIR_SCREEN.filter(used)).toEqual([]);
  });
});
