import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './tempProject';

// One real build per failure class proves the validators are wired into `astro build`;
// the many other bad-input cases call the validators directly (tests/unit).
let project: TempProject | undefined;
afterEach(() => project?.remove());

describe('a real build stops on bad content', () => {
  it('when a UI string is missing in one locale, naming the locale file and key', () => {
    project = tempProject();
    project.edit('src/i18n/ui/pt.ts', (text) => text.replace(/\n\s*'crisisBar\.title':[^\n]*\n/, '\n'));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('UI strings for locale "pt" (src/i18n/ui/pt.ts) are invalid');
    expect(output).toContain('key "crisisBar.title" is missing');
  });

  it('when a help line has an invalid phone number, naming the file, entry and field', () => {
    project = tempProject();
    project.edit('content/hotlines.yaml', (text) => text.replace("call: '+18003667732'", "call: '800-366-7732'"));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/hotlines.yaml, entry 3 (id "spectrum-inpatient")');
    expect(output).toContain('field "channels.call": "800-366-7732" is not a phone number in E.164 form');
  });
});

describe('a real build for publication', () => {
  it('stops when SITE_URL is set without CORRECTIONS_CONTACT, saying what to set', () => {
    project = tempProject();
    const { status, output } = project.build({ SITE_URL: 'https://worcester-help.org', CORRECTIONS_CONTACT: '' });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL is set');
    expect(output).toContain('Set CORRECTIONS_CONTACT to an e-mail address');
  });
});

describe('a real build stops on a broken reference in a page', () => {
  it('when an MDX page calls a help line that does not exist, naming the page and the id', () => {
    project = tempProject();
    project.edit('content/pages/en/hotlines.mdx', (text) => `${text}\n<Call id="no-such-line" />\n`);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/en/hotlines.mdx');
    expect(output).toContain('<Call id="no-such-line" /> names a line that is not in content/hotlines.yaml');
  });

  it('when an MDX page uses a component it does not import, naming the component', () => {
    project = tempProject();
    project.edit('content/pages/en/hotlines.mdx', (text) => text.replace(/^import HotlineList from [^\n]*\n/m, ''));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('HotlineList');
    expect(output).toMatch(/forgot to import/);
  });

  it('when a translation has no English page (an orphan), naming the file', () => {
    project = tempProject();
    writeFileSync(
      `${project.dir}/content/pages/es/huerfana.mdx`,
      "---\ntitle: Huérfana\ndescription: Una página sin original en inglés, para la prueba.\ntranslation: draft\nsourceHash: 'abcdefabcdef'\n---\n\nTexto.\n",
    );
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/es/huerfana.mdx: orphan translation');
  });
});
