// Lists translations whose English source changed since they were made (npm run check:translations).
import { contentDir } from '../src/lib/contentFiles';
import { translationStates } from '../src/lib/translationStatus';

const states = translationStates(contentDir());
const stale = states.filter((s) => s.state === 'stale');
for (const s of states) {
  console.log(
    `${s.state === 'stale' ? 'STALE  ' : 'current'}  ${s.file}${s.state === 'stale' ? `  (set sourceHash: '${s.englishHash}')` : ''}`,
  );
}
console.log(`\n${states.length} translations, ${stale.length} stale.`);
process.exitCode = stale.length > 0 ? 1 : 0;
