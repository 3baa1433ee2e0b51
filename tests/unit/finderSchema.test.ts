import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError, parseYaml } from '../../src/lib/dataFile';
import { loadServices, serviceContext } from '../../src/lib/finder/data';
import { readServiceFiles, validateServiceFile } from '../../src/lib/finder/schema';

const ctx = serviceContext('content');
const DIR = 'tests/fixtures/services';
const check = (name: string) => {
  const file = `${DIR}/broken/${name}`;
  return () => validateServiceFile(file, parseYaml(file, readFileSync(file, 'utf8')), ctx);
};
const unverified = (
  JSON.parse(readFileSync('tests/fixtures/phone-canary/unverified-numbers.json', 'utf8')) as {
    numbers: { digits: string }[];
  }
).numbers.map((n) => n.digits);

describe('the real listings', () => {
  const listings = loadServices('content');

  it('all pass validation', () => {
    expect(listings.length).toBeGreaterThan(0);
  });

  it('never publish a number the reference files mark as unverified', () => {
    const published = listings.flatMap((l) => (l.phone ? [l.phone.number.replace(/^\+1/, '')] : []));
    expect(published.filter((d) => unverified.includes(d))).toEqual([]);
  });

  it('are never marked as checked unless a person called', () => {
    for (const l of listings) if (l.lastVerified) expect(l.lastVerified.method).toBe('phone call');
  });

  it('leave out the psychiatric hospital that is not an addiction treatment place', () => {
    expect(listings.filter((l) => /Recovery Center and Hospital|309 Belmont/i.test(`${l.name} ${l.address}`))).toEqual(
      [],
    );
  });
});

describe('the fixture listing the broken ones start from', () => {
  it('is valid', () => {
    const file = `${DIR}/valid.yaml`;
    expect(validateServiceFile(file, parseYaml(file, readFileSync(file, 'utf8')), ctx).id).toBe('valid');
  });
});

describe('a broken listing fails naming the file, the field and the reason', () => {
  it('an unknown service', () => {
    expect(check('unknown-service.yaml')).toThrow(
      /broken\/unknown-service\.yaml, listing:\n {2}- field "services\.rehab": "rehab" is not a known services value; use one of detox, residential/,
    );
  });

  it('an unknown payment value', () => {
    expect(check('unknown-payment.yaml')).toThrow(
      /unknown-payment\.yaml, listing:\n {2}- field "payment\.cash": "cash" is not a known payment value/,
    );
  });

  it('a value other than yes, no or unknown', () => {
    expect(check('unknown-state.yaml')).toThrow(/field "services\.outpatient": must be yes, no or unknown/);
  });

  it('a listing without a source', () => {
    expect(check('no-source.yaml')).toThrow(
      /no-source\.yaml, listing:\n {2}- field "sources": needs at least one source/,
    );
  });

  it('a source id that content/sources.yaml does not have', () => {
    expect(check('unknown-source.yaml')).toThrow(/field "sources\.0\.id": unknown source id "no-such-source"/);
  });

  it('a phone number its source does not quote', () => {
    expect(check('phone-not-quoted.yaml')).toThrow(
      /phone-not-quoted\.yaml, listing:\n {2}- field "phone": is not confirmed: the "confirms" text of source "leominster-champion-outpatient" must quote 8004649555 and 1161/,
    );
  });

  it('a phone number whose source is not among the listing sources', () => {
    expect(check('phone-source-not-cited.yaml')).toThrow(
      /field "phone\.source": source "iberkshires-2012-pittsfield-clinic" must also be listed under sources/,
    );
  });

  it('a phone number confirmed only by a third-party directory', () => {
    expect(check('phone-third-party-source.yaml')).toThrow(
      /field "phone\.source": source "metrobostoncit-resources" is a third-party directory; it cannot confirm a phone number/,
    );
  });

  it('a phone number not written in E.164 form', () => {
    expect(check('malformed-phone.yaml')).toThrow(
      /field "phone\.number": "\(800\) 464-9555" is a phone number written for people: write it in E\.164 form, "\+18004649555"/,
    );
  });

  it('a vanity number instead of digits', () => {
    expect(check('vanity-phone.yaml')).toThrow(
      /field "phone\.number": "[^"]+" contains letters: a vanity number .* is never turned into digits/,
    );
  });

  it('a ZIP code that is not five digits', () => {
    expect(check('malformed-zip.yaml')).toThrow(/field "zip\.code": must be 5 digits in quotes/);
  });

  it('a ZIP code outside Massachusetts', () => {
    expect(check('zip-outside-massachusetts.yaml')).toThrow(
      /field "zip\.code": "03301" is not a Massachusetts ZIP code/,
    );
  });

  it('a town the ZIP code table does not know', () => {
    expect(check('unknown-town.yaml')).toThrow(/field "town": "Leominstr" is not a Massachusetts town/);
  });

  it('a status typed by hand instead of derived from dated sources', () => {
    expect(check('status-typed.yaml')).toThrow(/field "status": is derived from dated sources, never typed/);
  });

  it('a yes that no source supports', () => {
    expect(check('yes-without-source.yaml')).toThrow(
      /field "services\.detox": is yes but no source supports it: add "services\.detox" to the supports list/,
    );
  });

  it('a source said to support a value the listing leaves unknown', () => {
    expect(check('supports-unknown-value.yaml')).toThrow(
      /field "sources\.0\.supports\.1": names walkIn, which is unknown in this listing/,
    );
  });

  it('an undated source said to show whether the place is admitting', () => {
    expect(check('admitting-undated-source.yaml')).toThrow(
      /field "sources\.0\.admitting": source "leominster-champion-outpatient" has no date/,
    );
  });

  it('a phone number with its extension written in, as directories export it', () => {
    expect(check('phone-with-extension.yaml')).toThrow(
      /field "phone\.number": "508-555-0100 x1" is a phone number with an extension: write number: "\+15085550100" and extension: "1"/,
    );
  });

  it('a place with neither a phone nor a help line to call instead', () => {
    expect(check('no-phone-and-no-line.yaml')).toThrow(/field "askLine": is required when there is no phone/);
  });

  it('a listing marked checked without a phone call', () => {
    expect(check('verified-by-reading.yaml')).toThrow(/field "lastVerified\.method": must be "phone call"/);
  });
});

describe('reading the listing folder', () => {
  it('reports every broken file at once instead of dropping any', () => {
    const read = () => readServiceFiles(`${DIR}/broken`, ctx);
    expect(read).toThrow(ContentError);
    const message = (() => {
      try {
        read();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of readdirSync(`${DIR}/broken`)) expect(message).toContain(`${DIR}/broken/${name}`);
  });

  it('refuses a file that does not end in .yaml', () => {
    expect(() => validateServiceFile('content/services/Bad Name.yml', {}, ctx)).toThrow(
      /Bad Name\.yml: the file name must be lower-case words joined by hyphens and end in \.yaml/,
    );
  });
});
