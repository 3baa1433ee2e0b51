import { findTreatmentSlug, SERVICE_SLUGS } from './finder/taxonomy';

/**
 * Pages that are built from data and UI strings (not from an MDX file) in every locale,
 * by their own file in src/pages/. Each slug must also have that page file, or the
 * route table and dist/ disagree (a test checks).
 * Their translations count as drafts until the locale's UI strings are reviewed.
 */
export const GENERATED_SLUGS: readonly string[] = [...SERVICE_SLUGS.map(findTreatmentSlug)];
