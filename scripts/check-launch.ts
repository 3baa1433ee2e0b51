// Lists what a person must still verify before launch (npm run check:launch). Exits 1 while anything is left.
import en from '../src/i18n/ui/en';
import { REVIEWED_UI_KEYS } from '../src/i18n/reviewed';
import { contentDir, loadHotlines } from '../src/lib/contentFiles';
import { launchItems } from '../src/lib/launchCheck';
import { loadListings } from '../src/lib/launchListings';

const items = launchItems({
  hotlines: loadHotlines(),
  listings: loadListings(contentDir()),
  uiKeys: Object.keys(en),
  reviewedKeys: REVIEWED_UI_KEYS,
});
const titles: Record<string, string> = {
  'unverified-line': 'Help lines nobody has confirmed by calling',
  'unverified-listing': 'Treatment listings nobody has checked by calling',
  'unreviewed-line-text': 'Crisis-bar line texts not reviewed by a fluent speaker',
  'unreviewed-crisis-string': 'Crisis UI strings not reviewed by a fluent speaker',
};
for (const [kind, title] of Object.entries(titles)) {
  const group = items.filter((i) => i.kind === kind);
  console.log(`\n${title} (${group.length}):`);
  for (const item of group) console.log(`  - ${item.detail}`);
}
console.log(`\n${items.length} items before launch.`);
process.exitCode = items.length > 0 ? 1 : 0;
