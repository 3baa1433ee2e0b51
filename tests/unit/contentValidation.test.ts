import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { parseYaml, validateList } from '../../src/lib/dataFile';
import { loadHotlines, loadSources } from '../../src/lib/contentFiles';
import { locatePage } from '../../src/lib/pageDocuments';
import { hotlineSchema, pageSchema, sourceSchema } from '../../src/lib/schemas';

const FILE = 'content/hotlines.yaml';
const sourceIds = new Set(loadSources().map((s) => s.id));
const realHotlines = parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>[];
const withChange = (index: number, change: (h: Record<string, unknown>) => void) => {
  const copy = structuredClone(realHotlines);
  change(copy[index]!);
  return copy;
};

describe('the real content', () => {
  it('has valid sources and help lines', () => {
    expect(loadSources().length).toBeGreaterThan(0);
    expect(
      loadHotlines()
        .filter((h) => h.crisisBar !== undefined)
        .map((h) => h.id),
    ).toEqual(['emergency-911', 'lifeline-988', 'spectrum-inpatient', 'spectrum-outpatient']);
  });

  it('has no help line marked verified without a person calling', () => {
    for (const line of loadHotlines()) {
      if (line.verified) expect(line.verified.method).toBe('phone call');
    }
  });
});

describe('bad help-line data fails with file, entry, field and reason', () => {
  it('an invalid phone number', () => {
    const bad = withChange(2, (h) => ((h['channels'] as Record<string, string>)['call'] = '(800) 366-7732'));
    expect(() => validateList(FILE, bad, hotlineSchema(sourceIds))).toThrow(
      /content\/hotlines\.yaml, entry 3 \(id "spectrum-inpatient"\):\n {2}- field "channels\.call": "\(800\) 366-7732" is not a phone number in E\.164 form/,
    );
  });

  it('an unknown source id', () => {
    const bad = withChange(0, (h) => ((h['sources'] as { id: string }[])[0]!.id = 'no-such-source'));
    expect(() => validateList(FILE, bad, hotlineSchema(sourceIds))).toThrow(
      /field "sources\.0\.id": unknown source id "no-such-source"/,
    );
  });

  it('a line without any source', () => {
    const bad = withChange(1, (h) => (h['sources'] = []));
    expect(() => validateList(FILE, bad, hotlineSchema(sourceIds))).toThrow(
      /field "sources": needs at least one source/,
    );
  });

  it('a missing translation of a line name', () => {
    const bad = withChange(3, (h) => delete (h['name'] as Record<string, string>)['pt']);
    expect(() => validateList(FILE, bad, hotlineSchema(sourceIds))).toThrow(
      /field "name\.pt": needs the Português text/,
    );
  });

  it('a line marked verified by reading a web page', () => {
    const bad = withChange(
      2,
      (h) => (h['verified'] = { date: '2026-11-01', by: 'editor', method: 'read the website' }),
    );
    expect(() => validateList(FILE, bad, hotlineSchema(sourceIds))).toThrow(
      /field "verified\.method": must be "phone call"/,
    );
  });

  it('two lines with the same id', () => {
    const bad = [...realHotlines, realHotlines[0]];
    expect(() => validateList(FILE, bad, hotlineSchema(sourceIds))).toThrow(
      /"emergency-911" is already used by entry 1/,
    );
  });

  it('a file that is not a list', () => {
    expect(() => validateList(FILE, { id: 'x' }, hotlineSchema(sourceIds))).toThrow(/expected a list of entries/);
  });
});

describe('bad sources fail with file, entry, field and reason', () => {
  it('an impossible publication date', () => {
    const bad = [
      { id: 'x', publisher: 'P', title: 'T', url: 'https://a.org/', published: '2017-02-30', confidence: 'confirmed' },
    ];
    expect(() => validateList('content/sources.yaml', bad, sourceSchema)).toThrow(
      /entry 1 \(id "x"\):\n {2}- field "published": must be a real date/,
    );
  });

  it('an unknown confidence mark', () => {
    const bad = [{ id: 'x', publisher: 'P', title: 'T', published: null, confidence: 'probably' }];
    expect(() => validateList('content/sources.yaml', bad, sourceSchema)).toThrow(/field "confidence": must be one of/);
  });
});

describe('malformed YAML', () => {
  it('fails with the file and line instead of loading an empty collection', () => {
    expect(() => parseYaml('content/hotlines.yaml', '- id: a\n  name: [unclosed\n- id: b\n')).toThrow(
      /content\/hotlines\.yaml, line \d+: YAML cannot be read/,
    );
  });
});

describe('page files', () => {
  it('fail in a folder that is not a published locale', () => {
    expect(() => locatePage({ id: 'fr/about', filePath: 'content/pages/fr/about.mdx' })).toThrow(
      /content\/pages\/fr\/about\.mdx: folder "fr" is not a published locale/,
    );
  });

  it('fail as a translation without its review state', () => {
    expect(() =>
      locatePage({ id: 'es/about', filePath: 'content/pages/es/about.mdx', sourceHash: 'abcdefabcdef' }),
    ).toThrow(/content\/pages\/es\/about\.mdx: field "translation" is required/);
  });

  it('fail as a translation without the hash of its English source', () => {
    expect(() => locatePage({ id: 'pt/about', filePath: 'content/pages/pt/about.mdx', translation: 'draft' })).toThrow(
      /field "sourceHash" is required/,
    );
  });

  it('map a locale home page to the empty slug', () => {
    expect(locatePage({ id: 'en/index', filePath: 'content/pages/en/index.mdx' })).toMatchObject({
      locale: 'en',
      slug: '',
    });
  });

  it('fail without a title or with an unknown source id in the frontmatter', () => {
    const result = pageSchema(sourceIds).safeParse({
      description: 'A sentence that is long enough.',
      sources: ['nope'],
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('title: is required: the page title');
    expect(messages).toContain(
      'sources.0: unknown source id "nope": add it to content/sources.yaml or fix the spelling',
    );
  });
});
