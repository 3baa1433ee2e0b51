import { z } from 'astro/zod';
import { LOCALES } from '../i18n/locales';
import { isPartialDate } from './dates';
import { HOTLINE_FIELDS } from './hotlineFacts';
import { isDialable } from './tel';

const slugId = z.string({ error: 'is required' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be lower-case words joined by hyphens, like "spectrum-2017-release"',
});

export const partialDate = z
  .string({ error: 'is required: a date as YYYY, YYYY-MM or YYYY-MM-DD, in quotes' })
  .refine(isPartialDate, { error: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (in quotes)' });

/** Text given in every published locale; a missing locale fails the build. */
export const localizedText = z.strictObject(
  Object.fromEntries(
    LOCALES.map((l) => [
      l.code,
      z
        .string({ error: `needs the ${l.label} text` })
        .trim()
        .min(1, { error: `the ${l.label} text is empty` }),
    ]),
  ) as Record<(typeof LOCALES)[number]['code'], z.ZodString>,
);

/** One entry of content/sources.yaml: every source is described once and cited by id. */
export const sourceSchema = z.strictObject({
  id: slugId,
  publisher: z.string({ error: 'is required: who published it' }).min(1),
  title: z.string({ error: 'is required' }).min(1),
  url: z.url({ error: 'must be a full web address starting with https:// or http://' }).nullable().optional(),
  file: z.string().optional(),
  published: partialDate.nullable(),
  accessed: partialDate.optional(),
  confidence: z.enum(['primary', 'confirmed', 'confirmed-old', 'third-party'], {
    error: 'must be one of primary, confirmed, confirmed-old, third-party',
  }),
  note: z.string().optional(),
});
export type Source = z.output<typeof sourceSchema>;

/** A citation: a source id and what that source confirms. */
export const citation = (sourceIds: ReadonlySet<string>) =>
  z.strictObject({
    id: z.string().refine((id) => sourceIds.has(id), {
      error: (issue) =>
        `unknown source id "${String(issue.input)}": add it to content/sources.yaml or fix the spelling`,
    }),
    confirms: z.string({ error: 'is required: say what this source confirms' }).min(1),
  });

const callable = z.string({ error: 'is required' }).refine(isDialable, {
  error: (issue) =>
    `"${String(issue.input)}" is not a phone number in E.164 form (+1 then 10 digits, like "+18003667732") nor an allowed short code (911, 988)`,
});
const smsNumber = z.string().refine((v) => isDialable(v) || /^\d{5,6}$/.test(v), {
  error: (issue) => `"${String(issue.input)}" is not an E.164 number or an SMS short code of 5 to 6 digits`,
});

/** One entry of content/hotlines.yaml (factory: source ids must resolve). */
export const hotlineSchema = (sourceIds: ReadonlySet<string>) =>
  z.strictObject({
    id: slugId,
    operator: z.string({ error: 'is required: who answers the line' }).min(1),
    /** Position in the crisis bar; lines without it appear only on the hotlines page. */
    crisisBar: z.number().int().positive().optional(),
    channels: z
      .strictObject({
        call: callable.optional(),
        text: smsNumber.optional(),
        textKeyword: localizedText.optional(),
        tty: callable.optional(),
        chat: z.url().optional(),
      })
      .refine((c) => c.call ?? c.text ?? c.tty ?? c.chat, { error: 'needs at least one of call, text, tty or chat' }),
    extension: z
      .string()
      .regex(/^\d{1,6}$/, { error: 'must be digits only, like "1161"' })
      .nullable()
      .default(null),
    name: localizedText,
    short: localizedText,
    audience: localizedText,
    description: localizedText,
    hours: localizedText.nullable().default(null),
    languages: localizedText.nullable().default(null),
    sources: z
      .array(
        citation(sourceIds).extend({
          /** The hours, languages or channels this source states (each of them needs one). */
          fields: z.array(z.enum(HOTLINE_FIELDS, { error: `must be one of ${HOTLINE_FIELDS.join(', ')}` })).optional(),
        }),
      )
      .min(1, { error: 'needs at least one source that confirms the number' }),
    verified: z
      .strictObject({
        date: partialDate,
        by: z.string().min(1),
        method: z.literal('phone call', {
          error: 'must be "phone call": only a real call by a person verifies a line',
        }),
      })
      .nullable(),
    /** Locales whose texts for this line a fluent speaker has reviewed. */
    reviewedLocales: z.array(z.enum(LOCALES.map((l) => l.code) as [string, ...string[]])).default([]),
  });
export type Hotline = z.output<ReturnType<typeof hotlineSchema>>;

/** Frontmatter of an MDX page under content/pages/<locale>/ (factory: source ids must resolve). */
export const pageSchema = (sourceIds: ReadonlySet<string>) =>
  z.strictObject({
    title: z.string({ error: 'is required: the page title' }).min(1),
    description: z.string({ error: 'is required: one sentence for search results' }).min(20, {
      error: 'is too short: write one full sentence (at least 20 characters)',
    }),
    /** Short label for navigation; defaults to the title. */
    navLabel: z.string().optional(),
    sources: z
      .array(
        z.string().refine((id) => sourceIds.has(id), {
          error: (issue) =>
            `unknown source id "${String(issue.input)}": add it to content/sources.yaml or fix the spelling`,
        }),
      )
      .default([]),
    /** Medical or legal pages say they are not advice. */
    advice: z.enum(['medical', 'legal', 'medical-legal']).optional(),
    quickExit: z.boolean().default(false),
    /** Translations only: review state and the hash of the English source they were made from. */
    translation: z.enum(['draft', 'reviewed'], { error: 'must be draft or reviewed' }).optional(),
    sourceHash: z
      .string()
      .regex(/^[0-9a-f]{12}$/, { error: 'must be the 12-character hash printed by npm run check:translations' })
      .optional(),
  });
export type PageData = z.output<ReturnType<typeof pageSchema>>;

/** Frontmatter of a news item under content/news/<locale>/ (factory: source ids must resolve). */
export const newsSchema = (sourceIds: ReadonlySet<string>) =>
  pageSchema(sourceIds).extend({
    /** Date the original publisher printed; null when the source states none ("date not stated in the source"). */
    published: partialDate.nullable(),
    /** Who published the original release. */
    publisher: z.string({ error: 'is required: who published the original' }).min(1),
    /**
     * The Worcester date (YYYY-MM-DD) this site first published its page on the item. Feeds and search
     * engines date the item by it when the original states no full date, so no item is left undated.
     */
    listed: z
      .string({ error: 'is required: the day (YYYY-MM-DD) this site first published this page' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a full date, YYYY-MM-DD' })
      .refine(isPartialDate, { error: 'is not a real date' }),
    /** Source id of the original this item republishes or summarises. */
    isBasedOn: z
      .string()
      .refine((id) => sourceIds.has(id), {
        error: (issue) =>
          `unknown source id "${String(issue.input)}": add it to content/sources.yaml or fix the spelling`,
      })
      .optional(),
  });
export type NewsData = z.output<ReturnType<typeof newsSchema>>;
