import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageShape, parityProblems, translationParity } from '../../src/lib/translationParity';

const english = `---
title: Families
advice: medical-legal
sources:
  - a
  - b
---
import Finder from '@components/finder/Finder.astro';

## Overdose

<Call id="emergency-911" />

### Signs

<Notice id="program-status" title="Still running?" tone="warning">
Text.
</Notice>

\`\`\`
## not a heading inside code <Call id="x" />
\`\`\`
`;

const spanish = english
  .replace('title: Families', 'title: Familias\ntranslation: draft')
  .replace('## Overdose', '<h2 id="overdose">Sobredosis</h2>')
  .replace('title="Still running?"', 'title="¿Sigue?"');

describe('translation parity', () => {
  it('reads sources, advice, components with their ids and heading levels, outside code', () => {
    expect(pageShape('en.mdx', english)).toEqual({
      sources: ['a', 'b'],
      advice: 'medical-legal',
      components: ['<Call id="emergency-911">', '<Notice id="program-status" tone="warning">'],
      headings: [2, 3],
    });
  });

  it('accepts a translation that keeps every source, component and heading, whatever its wording', () => {
    expect(parityProblems(pageShape('en.mdx', english), pageShape('es.mdx', spanish))).toEqual([]);
  });

  it('names each source the translation does not cite', () => {
    const lost = spanish.replace('  - b\n', '');
    expect(parityProblems(pageShape('en.mdx', english), pageShape('es.mdx', lost))).toEqual(['missing sources: b']);
  });

  it('names a call link with another id, or one left out', () => {
    const other = spanish.replace('emergency-911', 'lifeline-988');
    expect(parityProblems(pageShape('en.mdx', english), pageShape('es.mdx', other))).toEqual([
      'missing components: <Call id="emergency-911">',
      'components the English page does not have: <Call id="lifeline-988">',
    ]);
  });

  it('counts headings, so a dropped section fails', () => {
    const dropped = spanish.replace('### Signs', '');
    expect(parityProblems(pageShape('en.mdx', english), pageShape('es.mdx', dropped))).toEqual([
      'headings: 1 (h2 ×1), English has 2 (h2 ×1, h3 ×1)',
    ]);
  });

  it('names a missing advice note', () => {
    const noAdvice = spanish.replace('advice: medical-legal\n', '');
    expect(parityProblems(pageShape('en.mdx', english), pageShape('es.mdx', noAdvice))).toEqual([
      'advice note is absent, English has medical-legal',
    ]);
  });

  it('fails the Spanish families page as it was on 30 November 2026, which lost the overdose-risk warning', () => {
    const today = pageShape('content/pages/en/families.mdx', readFileSync('content/pages/en/families.mdx', 'utf8'));
    const canary = 'tests/fixtures/translation-parity/es-families-2026-11-30.mdx';
    const problems = parityProblems(today, pageShape(canary, readFileSync(canary, 'utf8')));
    expect(problems.join('\n')).toMatch(/missing sources: .*nabp-narcan-otc, ahrq-moud-mitigating-overdose-risk/);
  });

  it('finds every translation in content/ complete', () => {
    const incomplete = translationParity('content')
      .filter((r) => r.problems.length > 0)
      .map((r) => `${r.file}: ${r.problems.join('; ')}`);
    expect(incomplete).toEqual([]);
  });
});
