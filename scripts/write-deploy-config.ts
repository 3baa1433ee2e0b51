// Writes the server configuration under deploy/ from scripts/lib/deployConfig.ts and the locale list.
// `--check` writes nothing and exits 1 when deploy/ is out of date (the unit test does the same).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deployFiles } from './lib/deployConfig';

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [path, text] of Object.entries(deployFiles())) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
if (check && stale.length > 0) {
  console.error(`Out of date: ${stale.join(', ')}. Run: npm run deploy:config`);
  process.exitCode = 1;
} else {
  console.log(stale.length === 0 ? 'deploy/ is up to date.' : `Wrote ${stale.join(', ')}.`);
}
