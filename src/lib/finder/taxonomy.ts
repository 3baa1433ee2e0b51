/**
 * The one list of treatment services, medications and ways to pay. Slugs are stable: they are
 * the keys in content/services/*.yaml, the filter values in the finder's URL fragment, and the
 * page slugs of /treatment/<service>/ and /find-treatment/<service>/. Renaming one breaks links.
 */

/** Kinds of care, in the order the site lists them. */
export const SERVICE_SLUGS = [
  'detox',
  'residential',
  'outpatient',
  'medication',
  'peer-recovery',
  'mobile-van',
] as const;
export type ServiceSlug = (typeof SERVICE_SLUGS)[number];

/** Medications for opioid use disorder that a listing may confirm. */
export const MEDICATION_SLUGS = ['methadone', 'buprenorphine', 'naltrexone'] as const;
export type MedicationSlug = (typeof MEDICATION_SLUGS)[number];

/** Ways to pay, in Massachusetts terms. `state-funded` is care paid by the state for people without insurance. */
export const PAYMENT_SLUGS = ['masshealth', 'medicare', 'private-insurance', 'state-funded', 'self-pay'] as const;
export type PaymentSlug = (typeof PAYMENT_SLUGS)[number];

/** Every attribute of a listing is confirmed yes, confirmed no, or unknown (no source says). */
export const TRI_STATES = ['yes', 'no', 'unknown'] as const;
export type TriState = (typeof TRI_STATES)[number];

/** The attribute groups a listing has, each keyed by its slugs. */
export const ATTRIBUTE_GROUPS = {
  services: SERVICE_SLUGS,
  medications: MEDICATION_SLUGS,
  payment: PAYMENT_SLUGS,
} as const;
export type AttributeGroup = keyof typeof ATTRIBUTE_GROUPS;

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * True when `value` is a service slug.
 * @example isServiceSlug('detox') // true
 * @example isServiceSlug('rehab') // false
 */
export function isServiceSlug(value: unknown): value is ServiceSlug {
  return isOneOf(SERVICE_SLUGS, value);
}

/**
 * True when `value` is a medication slug.
 * @example isMedicationSlug('methadone') // true
 */
export function isMedicationSlug(value: unknown): value is MedicationSlug {
  return isOneOf(MEDICATION_SLUGS, value);
}

/**
 * True when `value` is a payment slug.
 * @example isPaymentSlug('masshealth') // true
 */
export function isPaymentSlug(value: unknown): value is PaymentSlug {
  return isOneOf(PAYMENT_SLUGS, value);
}

/** The UI-string key of each group's labels. */
export interface LabelKeys {
  services: `finder.service.${ServiceSlug}`;
  medications: `finder.medication.${MedicationSlug}`;
  payment: `finder.payment.${PaymentSlug}`;
}

/**
 * The UI-string key naming a slug of a group, for `useTranslations`. Throws on a slug the group lacks.
 * @example labelKey('services', 'detox') // 'finder.service.detox'
 * @example labelKey('payment', 'self-pay') // 'finder.payment.self-pay'
 */
export function labelKey<G extends AttributeGroup>(group: G, slug: string): LabelKeys[G] {
  const slugs: readonly string[] = ATTRIBUTE_GROUPS[group];
  if (!slugs.includes(slug)) {
    throw new Error(`Unknown ${group} slug: received "${slug}", expected one of ${slugs.join(', ')}`);
  }
  const prefix = group === 'services' ? 'service' : group === 'medications' ? 'medication' : 'payment';
  return `finder.${prefix}.${slug}` as LabelKeys[G];
}

/**
 * The slug of the per-service finder page, as listed in GENERATED_SLUGS.
 * @example findTreatmentSlug('peer-recovery') // 'find-treatment/peer-recovery'
 */
export function findTreatmentSlug(service: ServiceSlug): string {
  return `find-treatment/${service}`;
}
