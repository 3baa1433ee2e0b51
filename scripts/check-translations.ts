// Lists translations whose English source changed since they were made, and translations that lack
// a source, component, advice note or heading of their English page (npm run check:translations).
import { contentDir } from '../src/lib/contentFiles';
import { translationParity } from '../src/lib/translationParity';
import { translationStates } from '../src/lib/translationStatus';

const dir = contentDir();
const states = translationStates(dir);
const stale = states.filter((s) => s.state === 'stale');
for (const s of states) {
  console.log(
    `${s.state === 'stale' ? 'STALE  ' : 'current'}  ${s.file}${s.state === 'stale' ? `  (set sourceHash: '${s.englishHash}')` : ''}`,
  );
}
const incomplete = translationParity(dir).filter((r) => r.problems.length > 0);
for (const r of incomplete) {
  console.log(`\nINCOMPLETE  ${r.file} (English: ${r.english})\n${r.problems.map((p) => `  - ${p}`).join('\n')}`);
}
console.log(`\n${states.length} translations, ${stale.length} stale, ${incomplete.length} incomplete.`);
process.exitCode = stale.length > 0 || incomplete.length > 0 ? 1 : 0;
