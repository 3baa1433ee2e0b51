import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFile } from '../../scripts/lib/staticServer';

describe('the benchmark server', () => {
  const parent = mkdtempSync(join(tmpdir(), 'static-'));
  const root = join(parent, 'dist');
  mkdirSync(join(root, '_astro'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, '_astro', '_..DAZk4YsS.css'), 'p{}');
  writeFileSync(join(parent, 'secret.txt'), 'outside');

  it('serves a file whose name holds two dots, as Astro names some chunks', () => {
    expect(resolveFile(root, '/_astro/_..DAZk4YsS.css')).toBe(join(root, '_astro', '_..DAZk4YsS.css'));
  });

  it('serves index.html for a folder', () => {
    expect(resolveFile(root, '/?q=1')).toBe(join(root, 'index.html'));
  });

  it('never serves a file above its root', () => {
    expect(resolveFile(root, '/../secret.txt')).toBeNull();
    expect(resolveFile(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveFile(root, '/_astro/../../secret.txt')).toBeNull();
  });
});
