import Call from './Call.astro';
import ContentLink from './ContentLink.astro';

/**
 * Components every MDX page can use without importing them: links and help-line buttons, which
 * nearly every page has. A page imports any other component itself, so its styles and scripts
 * reach only the pages that use it.
 */
export const mdxComponents = {
  a: ContentLink,
  Call,
};
