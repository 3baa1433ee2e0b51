/**
 * Enhances <site-search> with Pagefind. Pagefind picks the index of the page's <html lang>, so
 * results are only in the reader's language. The query is never put in the URL; Pagefind fetches
 * index chunks by word prefix from this origin only.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at a time; the rest come in pages of this size on request, so every result is reachable. */
export const RESULTS_PAGE = 10;

function message(el: HTMLElement, count: number, query: string): string {
  if (count === 0) return (el.dataset['none'] ?? '').replace('{query}', query);
  const category = new Intl.PluralRules(el.dataset['intl']).select(count);
  const template = (category === 'one' ? el.dataset['one'] : el.dataset['other']) ?? '';
  return template.replace('{count}', new Intl.NumberFormat(el.dataset['intl']).format(count)).replace('{query}', query);
}

export function runSiteSearch(el: HTMLElement): void {
  const form = el.querySelector('form')!;
  const input = el.querySelector('input')!;
  const status = el.querySelector<HTMLElement>('.search-status')!;
  const section = el.querySelector<HTMLElement>('.search-results')!;
  const list = section.querySelector('ol')!;
  const help = section.querySelector<HTMLElement>('.search-help')!;
  const more = section.querySelector<HTMLButtonElement>('.search-more')!;
  let pending: PagefindResult[] = [];
  el.querySelector<HTMLElement>('.search-nojs')!.hidden = true;
  form.hidden = false;

  let engine: Promise<Pagefind> | undefined;
  const load = () => {
    // A path built at run time, so the bundler leaves Pagefind's own file to be fetched from /pagefind/.
    const url = '/pagefind/pagefind.js';
    engine ??= import(/* @vite-ignore */ url).then(async (mod: Pagefind) => {
      await mod.init();
      return mod;
    });
    return engine;
  };

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query === '') {
      section.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = el.dataset['loading'] ?? '';
    try {
      const pagefind = await load();
      const found = await pagefind.search(query);
      if (ticket !== latest) return;
      pending = found?.results ?? [];
      const first = await nextPage();
      if (ticket !== latest) return;
      list.replaceChildren(...first);
      section.hidden = false;
      help.hidden = first.length > 0;
      status.textContent = message(el, found?.results.length ?? 0, query);
    } catch {
      if (ticket === latest) status.textContent = el.dataset['failed'] ?? '';
    }
  };

  /** The next page of results as list items; updates the "show more" button. */
  const nextPage = async (): Promise<HTMLLIElement[]> => {
    const page = await Promise.all(pending.slice(0, RESULTS_PAGE).map((r) => r.data()));
    pending = pending.slice(RESULTS_PAGE);
    const next = Math.min(RESULTS_PAGE, pending.length);
    more.hidden = next === 0;
    if (next > 0) {
      const category = new Intl.PluralRules(el.dataset['intl']).select(next);
      more.textContent = ((category === 'one' ? el.dataset['moreOne'] : el.dataset['moreOther']) ?? '').replace(
        '{count}',
        new Intl.NumberFormat(el.dataset['intl']).format(next),
      );
    }
    return page.map((r) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = r.url;
      link.textContent = r.meta.title ?? r.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is text from our own pages with <mark> around the matches.
      excerpt.innerHTML = r.excerpt;
      item.append(link, excerpt);
      return item;
    });
  };

  more.addEventListener('click', () => {
    void nextPage().then((items) => {
      list.append(...items);
      // Focus goes to the first new result, so a keyboard or screen-reader user carries on from there.
      items[0]?.querySelector('a')?.focus();
    });
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
}
