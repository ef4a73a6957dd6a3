// Builds the production app once for every browser test file; each file serves it on its own port (its own origin,
// so its own storage). PJ_E2E_DIST reuses an existing build.
import type { TestProject } from 'vitest/node';
import { buildApp } from '../support/build';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject) {
  const distDir = process.env.PJ_E2E_DIST ?? buildApp();
  project.provide('distDir', distDir);
}
