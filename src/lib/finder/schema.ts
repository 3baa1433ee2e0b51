import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { ContentError, describeIssues, parseYaml } from '../dataFile';
import { isPartialDate, type PartialDate } from '../dates';
import { localizedText } from '../schemas';
import { ATTRIBUTE_PATHS, type AttributePath } from './evidence';
import {
  ATTRIBUTE_GROUPS,
  TRI_STATES,
  type AttributeGroup,
  type MedicationSlug,
  type PaymentSlug,
  type ServiceSlug,
  type TriState,
} from './taxonomy';
import { digitsOf, isDialable, SHORT_CODES } from '../tel';

/** What the listing schema checks ids and places against. */
export interface ServiceSchemaContext {
  /** Every source in content/sources.yaml with its confidence and publication date. */
  readonly sources: ReadonlyMap<string, { readonly confidence: string; readonly published: PartialDate | null }>;
  /** Ids of content/hotlines.yaml. */
  readonly hotlineIds: ReadonlySet<string>;
  /** Massachusetts postal town names the distance table knows. */
  readonly towns: ReadonlySet<string>;
  /** Massachusetts ZIP codes the distance table knows. */
  readonly zips: ReadonlySet<string>;
}

const triState = z.enum(TRI_STATES, {
  error: (issue) =>
    `must be yes, no or unknown (lower case, no quotes needed); received ${JSON.stringify(issue.input)}`,
});

/** A map such as `services: { detox: yes, outpatient: no }`; slugs left out are unknown. */
function attributeMap<G extends AttributeGroup>(group: G) {
  type Slug = (typeof ATTRIBUTE_GROUPS)[G][number];
  const slugs: readonly string[] = ATTRIBUTE_GROUPS[group];
  return z
    .record(z.string(), triState, { error: `must be a list of "slug: yes/no/unknown" lines, like "${slugs[0]}: yes"` })
    .superRefine((map, ctx) => {
      for (const key of Object.keys(map)) {
        if (!slugs.includes(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `"${key}" is not a known ${group} value; use one of ${slugs.join(', ')} (src/lib/finder/taxonomy.ts)`,
          });
        }
      }
    })
    .default({})
    .transform((map) => Object.fromEntries(slugs.map((s) => [s, map[s] ?? 'unknown'])) as Record<Slug, TriState>);
}

const sourceRef = (ctx: ServiceSchemaContext) =>
  z
    .string({ error: 'is required: the id of the source (in content/sources.yaml) that states it' })
    .refine((id) => ctx.sources.has(id), {
      error: (issue) =>
        `unknown source id "${String(issue.input)}": add it to content/sources.yaml or fix the spelling`,
    });

/** An extension written into the number, as directories write it: `x1`, `ext. 1161`, `extension 12`, `#3`. */
const EXTENSION_IN_NUMBER = /^(.*?\d)\s*(?:,|;)?\s*(?:x|ext\.?|extension|#)\s*(\d{1,6})\s*$/i;

/**
 * The E.164 form of a 10-digit North American number written any common way, or null.
 * @example e164Of('508-555-0100') // '+15085550100'
 */
function e164Of(text: string): string | null {
  const digits = text.replace(/\D/g, '');
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return null;
}

/** How to write a number that is not in E.164 form, naming what it is. */
function phoneAdvice(value: string): string {
  const ext = EXTENSION_IN_NUMBER.exec(value);
  if (ext) {
    const e164 = e164Of(ext[1] ?? '');
    return `"${value}" is a phone number with an extension: write number: "${e164 ?? '+1 and the 10 digits'}" and extension: "${ext[2] ?? ''}"`;
  }
  if (/[a-z]/i.test(value)) {
    return `"${value}" contains letters: a vanity number (like 1-877-MyRehab) is never turned into digits; leave the phone out unless a source prints the digits`;
  }
  const e164 = e164Of(value);
  if (e164 && isDialable(e164))
    return `"${value}" is a phone number written for people: write it in E.164 form, "${e164}"`;
  return `"${value}" is not a phone number in E.164 form: write "+1" and the 10 digits, like "+18004649555"`;
}

const phoneNumber = z
  .string({ error: 'is required: the number in E.164 form, like "+18004649555", in quotes' })
  .refine((v) => isDialable(v) && !(SHORT_CODES as readonly string[]).includes(v), {
    error: (issue) => phoneAdvice(String(issue.input)),
  });

const attributePath = z.enum(ATTRIBUTE_PATHS as [AttributePath, ...AttributePath[]], {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not an attribute; use names like services.detox, medications.methadone, payment.masshealth or walkIn`,
});

const fullDate = z
  .string({ error: 'is required: the day of the call as YYYY-MM-DD, in quotes' })
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isPartialDate(v), {
    error: 'must be the real date of the call written YYYY-MM-DD (in quotes)',
  });

/**
 * The schema of one file in content/services/. Factory: source ids, help-line ids, towns and
 * ZIP codes must resolve. Messages are written for the person editing the file.
 * @example serviceSchema(ctx).parse(parseYaml('x.yaml', text)).services.detox // 'yes'
 */
export const serviceSchema = (ctx: ServiceSchemaContext) =>
  z
    .strictObject({
      name: z.string({ error: 'is required: the name of the place' }).trim().min(1, { error: 'is empty' }),
      operator: z.string({ error: 'is required: who runs the place' }).trim().min(1, { error: 'is empty' }),
      status: z
        .never({
          error:
            'is derived from dated sources, never typed: remove it, and mark the sources that say whether the place was taking new patients with "admitting: yes" or "admitting: no"',
        })
        .optional(),
      statusNote: localizedText.nullable().default(null),
      address: z.string().trim().min(1, { error: 'is empty: write null when no source states it' }).nullable(),
      addressNote: localizedText.nullable().default(null),
      town: z
        .string({ error: 'is required: the Massachusetts town, as the Postal Service writes it' })
        .refine((t) => ctx.towns.has(t), {
          error: (issue) =>
            `"${String(issue.input)}" is not a Massachusetts town in the ZIP code table; check the spelling (for example "Westborough")`,
        }),
      zip: z
        .strictObject({
          code: z
            .string({ error: 'is required: 5 digits in quotes, like "01605"' })
            .regex(/^\d{5}$/, { error: 'must be 5 digits in quotes, like "01605"' })
            .refine((zip) => ctx.zips.has(zip), {
              error: (issue) => `"${String(issue.input)}" is not a Massachusetts ZIP code`,
            }),
          source: sourceRef(ctx),
        })
        .nullable()
        .default(null),
      services: attributeMap('services'),
      medications: attributeMap('medications'),
      payment: attributeMap('payment'),
      walkIn: triState.default('unknown'),
      ages: localizedText.nullable().default(null),
      hours: localizedText.nullable().default(null),
      languages: localizedText.nullable().default(null),
      details: localizedText.nullable().default(null),
      phone: z
        .strictObject({
          number: phoneNumber,
          extension: z
            .string()
            .regex(/^\d{1,6}$/, { error: 'must be digits only, in quotes, like "1161"' })
            .nullable()
            .default(null),
          source: sourceRef(ctx),
        })
        .nullable()
        .default(null),
      askLine: z
        .string()
        .refine((id) => ctx.hotlineIds.has(id), {
          error: (issue) => `"${String(issue.input)}" is not a line in content/hotlines.yaml`,
        })
        .nullable()
        .default(null),
      point: z
        .strictObject({
          lat: z.number({ error: 'is required: latitude in decimal degrees, like 42.2626' }).min(41).max(43.1),
          lon: z.number({ error: 'is required: longitude in decimal degrees, like -71.8023' }).min(-73.6).max(-69.8),
          source: sourceRef(ctx),
        })
        .nullable()
        .default(null),
      sources: z
        .array(
          z.strictObject({
            id: sourceRef(ctx),
            confirms: z
              .string({ error: 'is required: say what this source confirms' })
              .trim()
              .min(1, { error: 'is empty: say what this source confirms' }),
            supports: z.array(attributePath).default([]),
            contradicts: z.array(attributePath).default([]),
            admitting: z
              .enum(['yes', 'no'], {
                error:
                  'must be yes (the source shows the place open and treating people) or no (it says the place stopped taking new patients or closed)',
              })
              .nullable()
              .default(null),
          }),
          { error: 'is required: a list of sources, each with id and confirms' },
        )
        .min(1, { error: 'needs at least one source: nothing is published without one' }),
      lastVerified: z
        .strictObject({
          date: fullDate,
          by: z.string({ error: 'is required: who called' }).trim().min(1),
          method: z.literal('phone call', {
            error: 'must be "phone call": only a real call by a person verifies a listing',
          }),
        })
        .nullable()
        .default(null),
    })
    .superRefine((listing, issue) => {
      const cited = new Map(listing.sources.map((s) => [s.id, s.confirms]));
      const nationalDigits = (e164: string) => e164.replace(/^\+1/, '');
      checkEvidence(listing, ctx, (path, message) => issue.addIssue({ code: 'custom', path, message }));
      if (listing.phone === null && listing.askLine === null) {
        issue.addIssue({
          code: 'custom',
          path: ['askLine'],
          message:
            'is required when there is no phone: the id of the help line (content/hotlines.yaml) to call instead',
        });
      }
      const checkQuoted = (field: 'phone' | 'zip', sourceId: string, digits: string[]) => {
        const confirms = cited.get(sourceId);
        if (confirms === undefined) {
          issue.addIssue({
            code: 'custom',
            path: [field, 'source'],
            message: `source "${sourceId}" must also be listed under sources, with what it confirms`,
          });
          return;
        }
        if (ctx.sources.get(sourceId)?.confidence === 'third-party') {
          issue.addIssue({
            code: 'custom',
            path: [field, 'source'],
            message: `source "${sourceId}" is a third-party directory; it cannot confirm a ${field === 'phone' ? 'phone number' : 'ZIP code'}`,
          });
        }
        const quoted = digitsOf(confirms);
        if (!digits.every((d) => quoted.includes(d))) {
          issue.addIssue({
            code: 'custom',
            path: [field],
            message: `is not confirmed: the "confirms" text of source "${sourceId}" must quote ${digits.join(' and ')} as the source prints it`,
          });
        }
      };
      // Only well-formed values are looked for in the source; a malformed one already has its own message.
      if (listing.phone && isDialable(listing.phone.number)) {
        const digits = [nationalDigits(listing.phone.number)];
        if (listing.phone.extension) digits.push(listing.phone.extension);
        checkQuoted('phone', listing.phone.source, digits);
      }
      if (listing.zip && ctx.zips.has(listing.zip.code)) checkQuoted('zip', listing.zip.source, [listing.zip.code]);
    });

type ParsedListing = {
  readonly services: Readonly<Record<string, string>>;
  readonly medications: Readonly<Record<string, string>>;
  readonly payment: Readonly<Record<string, string>>;
  readonly walkIn: string;
  readonly point: { readonly source: string } | null;
  readonly sources: readonly {
    readonly id: string;
    readonly supports: readonly AttributePath[];
    readonly contradicts: readonly AttributePath[];
    readonly admitting: 'yes' | 'no' | null;
  }[];
};

/** The value of an attribute path in a parsed listing. */
function valueAt(listing: ParsedListing, path: AttributePath): string {
  if (path === 'walkIn') return listing.walkIn;
  const [group, slug] = path.split('.') as ['services' | 'medications' | 'payment', string];
  return listing[group][slug] ?? 'unknown';
}

/**
 * Every yes or no needs a source that supports it; a source supports or contradicts only values that
 * are yes or no; a source that says whether the place was admitting must be dated.
 */
function checkEvidence(
  listing: ParsedListing,
  ctx: ServiceSchemaContext,
  report: (path: (string | number)[], message: string) => void,
): void {
  for (const path of ATTRIBUTE_PATHS) {
    const value = valueAt(listing, path);
    if (value === 'unknown') continue;
    if (!listing.sources.some((s) => s.supports.includes(path))) {
      report(
        path.split('.'),
        `is ${value} but no source supports it: add "${path}" to the supports list of the source that states it, or make it unknown`,
      );
    }
  }
  listing.sources.forEach((source, i) => {
    for (const key of ['supports', 'contradicts'] as const) {
      source[key].forEach((path, j) => {
        if (valueAt(listing, path) === 'unknown') {
          report(
            ['sources', i, key, j],
            `names ${path}, which is unknown in this listing: set ${path} to yes or no, or remove it here`,
          );
        }
      });
    }
    if (source.admitting !== null && (ctx.sources.get(source.id)?.published ?? null) === null) {
      report(
        ['sources', i, 'admitting'],
        `source "${source.id}" has no date in content/sources.yaml: an undated source cannot show whether a place is taking new patients`,
      );
    }
  });
  if (listing.point && !listing.sources.some((s) => s.id === listing.point?.source)) {
    report(
      ['point', 'source'],
      `source "${listing.point.source}" must also be listed under sources, with what it confirms`,
    );
  }
}

export type ServiceData = z.output<ReturnType<typeof serviceSchema>>;

/** A validated listing with its id (the file name without .yaml). */
export interface ServiceListing extends ServiceData {
  readonly id: string;
  /** The file it came from, for error messages. */
  readonly file: string;
}

/** Typed views of a listing's attribute maps. */
export type ServiceMap = Record<ServiceSlug, TriState>;
export type MedicationMap = Record<MedicationSlug, TriState>;
export type PaymentMap = Record<PaymentSlug, TriState>;

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/;

/**
 * Validates the parsed contents of one listing file. Throws a ContentError naming the file and field.
 * @example validateServiceFile('content/services/adcare-hospital.yaml', data, ctx).id // 'adcare-hospital'
 */
export function validateServiceFile(file: string, data: unknown, ctx: ServiceSchemaContext): ServiceListing {
  const name = file.split('/').pop() ?? file;
  if (!FILE_NAME.test(name)) {
    throw new ContentError(
      `${file}: the file name must be lower-case words joined by hyphens and end in .yaml, like "adcare-hospital.yaml"`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(
      `${file}: expected one listing (lines like "name: …"), found ${data === null ? 'nothing' : 'a list'}`,
    );
  }
  const result = serviceSchema(ctx).safeParse(data);
  if (!result.success) throw new ContentError(describeIssues(file, 'listing', result.error.issues));
  return { ...result.data, id: name.replace(/\.yaml$/, ''), file };
}

/**
 * Reads and validates every listing in a folder (content/services), in file-name order.
 * Collects the problems of all files into one ContentError; never drops a file.
 * @example readServiceFiles('content/services', ctx).length // 19
 */
export function readServiceFiles(dir: string, ctx: ServiceSchemaContext): ServiceListing[] {
  if (!existsSync(dir)) throw new ContentError(`${dir}/: folder not found; listings live in content/services/*.yaml`);
  const problems: string[] = [];
  const out: ServiceListing[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = `${dir}/${name}`;
    try {
      if (!name.endsWith('.yaml')) {
        throw new ContentError(`${file}: only listing files ending in .yaml belong in ${dir}/`);
      }
      out.push(validateServiceFile(file, parseYaml(file, readFileSync(file, 'utf8')), ctx));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return out;
}
