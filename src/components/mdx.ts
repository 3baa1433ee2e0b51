import Call from './Call.astro';
import HotlineList from './HotlineList.astro';

/** Components every MDX page can use without importing them. */
export const mdxComponents = { Call, HotlineList };
