// @vitest-environment node
// The layers of src/ and the direction imports may run (README.md, "How it is built"): shared components below the app
// and the features, pure domain logic below everything, and no two files that need each other.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * What `file` imports, read by TypeScript's own pre-processor (static imports and re-exports, type-only included since
 * a type circle still ties two files together; side-effect imports; dynamic import()): files under src/ by their path
 * from the repository root, and packages by name. Stylesheets and other assets are left out.
 */
function importsOf(file: string, text = readFileSync(file, 'utf8')): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages: string[] = [];
  for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
    if (!spec.startsWith('.')) {
      packages.push(spec);
      continue;
    }
    if (/\.(css|svg|png|json)$/.test(spec)) continue;
    const base = resolve(dirname(file), spec);
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx'), base].find(
      (path) => existsSync(path) && statSync(path).isFile(),
    );
    if (!found) throw new Error(`${relative(ROOT, file)} imports ${spec}, which is not a file`);
    files.push(relative(ROOT, found));
  }
  return { files, packages };
}

const graph = new Map(sourceFiles(SRC).map((file) => [relative(ROOT, file), importsOf(file)]));
const within = (path: string, folder: string) => path.startsWith(`src/${folder}/`);

/** Every set of two or more files that reach one another (Tarjan's strongly connected components). */
function circles(edges: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1) found.push(part.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import parser', () => {
  const here = join(SRC, 'app/example.ts');
  it('reads static, type-only, re-exported, side-effect and dynamic imports, and skips comments', () => {
    const text = [
      "import { a } from './router';",
      "import type { RouteProps } from './route-props';",
      "export { b } from '../ui/Screen';",
      "import './app.css';",
      "const lazy = () => import('../features/trends/TrendsScreen');",
      "import { h } from 'preact';",
      "// import { gone } from '../db/index';",
      "/* import { also } from '../domain/types'; */",
    ].join('\n');
    expect(importsOf(here, text)).toEqual({
      files: [
        'src/app/router.ts',
        'src/app/route-props.ts',
        'src/ui/Screen.tsx',
        'src/features/trends/TrendsScreen.tsx',
      ],
      packages: ['preact'],
    });
  });
  it('refuses a relative import that names no file, rather than missing an edge', () => {
    expect(() => importsOf(here, "import { x } from './no-such-module';")).toThrow(/not a file/);
  });
  it('finds a circle of three and leaves a chain alone', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(edges)).toEqual([['a', 'b', 'c']]);
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('the layers of src/', () => {
  it('reads every source file', () => {
    expect(graph.size).toBeGreaterThan(100);
  });

  it('shared components (src/ui) import neither the app nor a feature', () => {
    const upward = [...graph].flatMap(([file, { files }]) =>
      within(file, 'ui')
        ? files.filter((to) => within(to, 'app') || within(to, 'features')).map((to) => `${file} -> ${to}`)
        : [],
    );
    expect(upward).toEqual([]);
  });

  it('domain logic (src/domain) imports only itself: no package, no DOM module, no other folder', () => {
    const outside = [...graph].flatMap(([file, { files, packages }]) =>
      within(file, 'domain')
        ? [...files.filter((to) => !within(to, 'domain')), ...packages].map((to) => `${file} -> ${to}`)
        : [],
    );
    expect(outside).toEqual([]);
  });

  it('no source files import each other in a circle (type-only and dynamic imports count)', () => {
    const edges = new Map([...graph].map(([file, { files }]) => [file, files]));
    expect(circles(edges)).toEqual([]);
  });
});
