import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en';
import { GENERATED_SLUGS } from '../../src/lib/generatedPages';
import {
  ATTRIBUTE_GROUPS,
  findTreatmentSlug,
  isMedicationSlug,
  isPaymentSlug,
  isServiceSlug,
  labelKey,
  SERVICE_SLUGS,
  type AttributeGroup,
} from '../../src/lib/finder/taxonomy';

describe('taxonomy', () => {
  it('keeps the service slugs that the treatment pages and finder pages use', () => {
    expect(SERVICE_SLUGS).toEqual(['detox', 'residential', 'outpatient', 'medication', 'peer-recovery', 'mobile-van']);
  });

  it('recognises its own slugs and nothing else', () => {
    expect(isServiceSlug('detox')).toBe(true);
    expect(isServiceSlug('rehab')).toBe(false);
    expect(isMedicationSlug('methadone')).toBe(true);
    expect(isMedicationSlug('detox')).toBe(false);
    expect(isPaymentSlug('masshealth')).toBe(true);
    expect(isPaymentSlug(7)).toBe(false);
  });

  it('has an English label for every slug', () => {
    for (const group of Object.keys(ATTRIBUTE_GROUPS) as AttributeGroup[]) {
      for (const slug of ATTRIBUTE_GROUPS[group]) expect(Object.keys(en)).toContain(labelKey(group, slug));
    }
  });

  it('refuses to name a slug the group does not have', () => {
    expect(() => labelKey('payment', 'cash')).toThrow(/Unknown payment slug: received "cash"/);
  });

  it('builds one finder page per service', () => {
    for (const service of SERVICE_SLUGS) expect(GENERATED_SLUGS).toContain(findTreatmentSlug(service));
  });
});
