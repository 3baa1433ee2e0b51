import Call from './Call.astro';
import ContentLink from './ContentLink.astro';
import HotlineList from './HotlineList.astro';
import NewsList from './NewsList.astro';
import CorrectionsContact from './CorrectionsContact.astro';
import FormattedDate from './FormattedDate.astro';
import Notice from './Notice.astro';
import Finder from './finder/Finder.astro';
import Statistics from './stats/Statistics.astro';

/** Components every MDX page can use without importing them. */
export const mdxComponents = {
  a: ContentLink,
  Call,
  HotlineList,
  NewsList,
  CorrectionsContact,
  FormattedDate,
  Notice,
  Finder,
  Statistics,
};
