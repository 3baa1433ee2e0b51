// Enhances the server-rendered finder: instant filtering, distance, state in the URL fragment.
// Nothing typed leaves the device: the only request is for the whole Massachusetts ZIP table.
import type { CentroidTable } from '../../lib/finder/centroids';
import { roundMiles, type LatLon } from '../../lib/finder/distance';
import {
  createFilter,
  shownCounts,
  hasCriteria,
  type FinderListing,
  type Origin,
  type RankedListing,
} from '../../lib/finder/filter';
import { formatFragment, parseFragment, type FragmentState } from '../../lib/finder/fragment';
import { isZipInProgress, normalizeZip } from '../../lib/finder/zip';
import { syncChildren } from './syncChildren';

interface Item {
  readonly listing: FinderListing;
  readonly li: HTMLElement;
  /** The town list the item belongs to without filters. */
  readonly townList: HTMLElement;
  readonly distance: HTMLElement | null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const FRAGMENT_DELAY_MS = 100;

const q = <T extends Element>(root: ParentNode, selector: string): T => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Finder markup is missing ${selector}`);
  return el;
};

/**
 * Wires one finder. Exported so a benchmark page can call it on synthetic markup.
 * @example initFinder(document.querySelector('[data-finder]')!)
 */
export function initFinder(root: HTMLElement): void {
  const s = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
  const intl = root.dataset['intl'] ?? 'en-US';
  const home = JSON.parse(root.dataset['home'] ?? 'null') as LatLon | null;
  const tableUrl = root.dataset['centroids'] ?? '';
  const plural = new Intl.PluralRules(intl);
  const miles = new Intl.NumberFormat(intl, { maximumFractionDigits: 1 });
  const fill = (key: string, vars: Record<string, string | number>) =>
    (s[key] ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
  const count = (key: string, n: number, vars: Record<string, string | number> = {}) =>
    fill(`${key}.${plural.select(n) === 'one' ? 'one' : 'other'}`, { count: n, ...vars });

  const items: Item[] = [...root.querySelectorAll<HTMLElement>('[data-listing]')].map((article) => {
    const li = article.parentElement as HTMLElement;
    return {
      listing: JSON.parse(article.dataset['listing'] ?? '{}') as FinderListing,
      li,
      townList: li.parentElement as HTMLElement,
      distance: article.querySelector<HTMLElement>('[data-distance]'),
    };
  });
  const byId = new Map(items.map((i) => [i.listing.id, i]));
  const townItems = new Map<HTMLElement, Item[]>();
  for (const item of items) {
    const list = townItems.get(item.townList) ?? [];
    list.push(item);
    townItems.set(item.townList, list);
  }
  const filter = createFilter(
    items.map((i) => i.listing),
    home,
  );

  const controls = q<HTMLElement>(root, '[data-finder-controls]');
  const service = q<HTMLSelectElement>(controls, '[data-control="service"]');
  const medication = q<HTMLSelectElement>(controls, '[data-control="medication"]');
  const payment = q<HTMLSelectElement>(controls, '[data-control="payment"]');
  const within = q<HTMLSelectElement>(controls, '[data-control="within"]');
  const walkIn = q<HTMLInputElement>(controls, '[data-control="walkin"]');
  const only = q<HTMLInputElement>(controls, '[data-control="only"]');
  const zip = q<HTMLInputElement>(controls, '[data-control="near"]');
  const zipMessage = q<HTMLElement>(controls, '[data-zip-message]');
  const locate = q<HTMLButtonElement>(controls, '[data-locate]');
  const locateMessage = q<HTMLElement>(controls, '[data-locate-message]');
  const clear = q<HTMLButtonElement>(controls, '[data-clear]');
  const heading = q<HTMLElement>(root, '[data-results-heading]');
  const live = q<HTMLElement>(root, '[data-live]');
  const towns = q<HTMLElement>(root, '[data-view="towns"]');
  const ranked = q<HTMLElement>(root, '[data-view="ranked"]');
  const empty = q<HTMLElement>(root, '[data-empty]');
  const groups = {
    confirmed: q<HTMLElement>(ranked, '[data-group="confirmed"]'),
    unknown: q<HTMLDetailsElement>(ranked, '[data-group="unknown"]'),
  };
  const moreSummary = q<HTMLElement>(groups.unknown, '[data-more-summary]');
  const confirmedHead = q<HTMLElement>(groups.confirmed, '[data-group-head]');

  let state: FragmentState = {};
  let device: LatLon | null = null;
  let table: CentroidTable | null = null;
  let tableFailed = false;
  let loading: Promise<void> | null = null;

  const loadTable = () => {
    loading ??= fetch(tableUrl, { credentials: 'omit' })
      .then((r) => (r.ok ? (r.json() as Promise<CentroidTable>) : Promise.reject()))
      .then((data) => {
        table = data;
      })
      .catch(() => {
        tableFailed = true;
      })
      .then(render);
    return loading;
  };

  const origin = (): Origin | null => {
    if (state.near) {
      const p = table?.zips[state.near];
      return p ? { point: { lat: p[0], lon: p[1] }, town: table?.towns[p[2]] ?? null } : null;
    }
    return device ? { point: device, town: null } : null;
  };

  const showZipMessage = () => {
    let text = '';
    if (state.near && tableFailed) text = s['zipDataError'] ?? '';
    else if (state.near && table && !table.zips[state.near]) text = fill('zipUnknown', { zip: state.near });
    if (zipMessage.textContent !== text) zipMessage.textContent = text;
  };

  // A long result shows its first places and the rest on request (see shownCounts), so it
  // re-orders within a frame. `expanded` holds the groups the reader opened; a new filter closes them.
  const townGroups = q<HTMLElement>(towns, '[data-town-groups]');
  const townsButton = q<HTMLButtonElement>(towns, '[data-show-all]');
  const expanded = new Set<HTMLElement>();

  const place = (group: HTMLElement, rows: readonly RankedListing[], howMany: number) => {
    const list = q<HTMLElement>(group, 'ol');
    const button = q<HTMLButtonElement>(group, '[data-show-all]');
    const shown = rows.slice(0, howMany);
    syncChildren(
      list,
      shown.map((r) => byId.get(r.listing.id)!.li),
    );
    button.hidden = shown.length === rows.length;
    if (!button.hidden) button.textContent = count('showAll', rows.length);
    for (const r of shown) {
      const el = byId.get(r.listing.id)!.distance;
      if (!el) continue;
      if (r.miles === null) {
        el.hidden = true;
        continue;
      }
      // A town centre inside the reader's own town says nothing about the distance: name the town.
      const value = roundMiles(r.miles);
      el.textContent = r.sameTown
        ? fill('inTown', { town: r.listing.town })
        : count(r.listing.approximate ? 'distanceTown' : 'distance', value, {
            distance: miles.format(value),
            town: r.listing.town,
          });
      el.hidden = false;
    }
  };

  /**
   * Shows the complete list by town: its first places, or all of them once asked. Places
   * beyond the window are taken out of the page and kept here: a long list out of sight then costs
   * the browser nothing on each change. The list by town gives no distances.
   */
  const showTownList = () => {
    let [left = 0] = shownCounts([items.length], [expanded.has(towns)]);
    const sections: HTMLElement[] = [];
    for (const [list, townList] of townItems) {
      if (left <= 0) break;
      const shown = townList.slice(0, left);
      for (const item of shown) if (item.distance && !item.distance.hidden) item.distance.hidden = true;
      syncChildren(
        list,
        shown.map((item) => item.li),
      );
      sections.push(list.parentElement as HTMLElement);
      left -= townList.length;
    }
    syncChildren(townGroups, sections);
    townsButton.hidden = left >= 0;
    if (!townsButton.hidden) townsButton.textContent = count('showAllTowns', items.length);
  };

  function render(): void {
    const from = origin();
    const filtering = hasCriteria(state);
    showZipMessage();
    if (!filtering && from === null) {
      showTownList();
      towns.hidden = false;
      ranked.hidden = true;
      empty.hidden = true;
      heading.textContent = count('all', items.length);
      live.textContent = heading.textContent;
      return;
    }
    const result = filter(state, from);
    const confirmed = result.confirmed.length;
    const unknown = result.unknown.length;
    // The "might offer it" group is closed until opened, so its cards cost nothing until then.
    const [confirmedCount = 0, unknownCount = 0] = shownCounts(
      [confirmed, groups.unknown.open ? unknown : 0],
      [expanded.has(groups.confirmed), expanded.has(groups.unknown)],
    );
    place(groups.confirmed, result.confirmed, confirmedCount);
    place(groups.unknown, result.unknown, groups.unknown.open ? unknownCount : 0);
    groups.confirmed.hidden = confirmed === 0;
    groups.unknown.hidden = unknown === 0;
    const more = unknown > 0 ? count('more', unknown) : '';
    if (moreSummary.textContent !== more) moreSummary.textContent = more;
    confirmedHead.hidden = !filtering;
    towns.hidden = true;
    ranked.hidden = false;
    empty.hidden = !filtering || confirmed > 0;
    heading.textContent = filtering ? count('count', confirmed) : count('near', confirmed);
    live.textContent = fill('summary', { heading: heading.textContent, more }).trim();
  }

  let writePending = false;
  /**
   * Writes the state into the fragment a moment after the list has changed: replaceState is slow on
   * a long page and the reader is looking at the list, not the address bar. Changes in quick
   * succession (typing a ZIP code) are written once, with the latest state.
   */
  const writeFragment = () => {
    if (writePending) return;
    writePending = true;
    setTimeout(() => {
      writePending = false;
      const fragment = formatFragment(state);
      // replaceState changes only the fragment; the query string is never used for state.
      history.replaceState(null, '', fragment || `${location.pathname}${location.search}`);
      carryToOtherLanguages(fragment);
    }, FRAGMENT_DELAY_MS);
  };

  const syncControls = () => {
    service.value = state.service ?? '';
    medication.value = state.medication ?? '';
    payment.value = state.payment ?? '';
    within.value = state.within ? String(state.within) : '';
    walkIn.checked = Boolean(state.walkIn);
    only.checked = Boolean(state.confirmedOnly);
    if (state.near) zip.value = state.near;
  };

  const readControls = () => {
    const next: Mutable<FragmentState> = parseFragment(
      formatFragment({
        service: (service.value || undefined) as FragmentState['service'],
        medication: (medication.value || undefined) as FragmentState['medication'],
        payment: (payment.value || undefined) as FragmentState['payment'],
        within: (Number(within.value) || undefined) as FragmentState['within'],
        walkIn: walkIn.checked,
        confirmedOnly: only.checked,
      }),
    ).state;
    // Typed, pasted or autofilled, with spaces, a dash or a ZIP+4: one function reads it.
    const typed = normalizeZip(zip.value);
    if (typed) {
      next.near = typed;
      device = null;
      locateMessage.textContent = '';
    }
    state = next;
  };

  const update = () => {
    expanded.clear();
    readControls();
    writeFragment();
    if (state.near && !table && !tableFailed) void loadTable();
    render();
  };

  controls.addEventListener('input', update);
  for (const group of [groups.confirmed, groups.unknown, towns]) {
    q<HTMLButtonElement>(group, '[data-show-all]').addEventListener('click', () => {
      const before = group.querySelectorAll('article[data-listing]').length;
      expanded.add(group);
      render();
      // Focus moves to the first place that was not shown before, so the reader carries on from there.
      const next = group.querySelectorAll<HTMLElement>('article[data-listing]')[before];
      if (next) {
        next.tabIndex = -1;
        next.focus();
      }
    });
  }
  // Selects and checkboxes also fire input; change matters only for a ZIP code left unfinished.
  zip.addEventListener('change', () => {
    const typed = zip.value;
    if (typed.trim() !== '' && normalizeZip(typed) === null) zipMessage.textContent = s['zipInvalid'] ?? '';
  });
  zip.addEventListener('input', () => {
    if (isZipInProgress(zip.value) || normalizeZip(zip.value)) zipMessage.textContent = '';
  });
  groups.unknown.addEventListener('toggle', render);
  clear.addEventListener('click', () => {
    expanded.clear();
    state = {};
    device = null;
    zip.value = '';
    locateMessage.textContent = '';
    syncControls();
    writeFragment();
    render();
  });
  locate.addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      locateMessage.textContent = s['locationError'] ?? '';
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => {
        device = { lat: position.coords.latitude, lon: position.coords.longitude };
        zip.value = '';
        readControls();
        writeFragment();
        locateMessage.textContent = s['locationInUse'] ?? '';
        render();
      },
      () => {
        locateMessage.textContent = s['locationError'] ?? '';
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  });
  window.addEventListener('hashchange', () => {
    state = parseFragment(location.hash).state;
    if (!state.near) zip.value = '';
    syncControls();
    if (state.near && !table && !tableFailed) void loadTable();
    render();
  });

  controls.hidden = false;
  controls.parentElement?.classList.add('enhanced');
  state = parseFragment(location.hash).state;
  carryToOtherLanguages(formatFragment(state));
  syncControls();
  if (state.near) void loadTable();
  // Without a choice in the link, the complete list stays as served, trimmed to its first places.
  if (hasCriteria(state) || state.near) render();
  else showTownList();
}

/**
 * The language switcher's links take the finder's state along, so switching language keeps the
 * chosen filters and ZIP code. Without JavaScript they stay plain links to the same page.
 */
function carryToOtherLanguages(fragment: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-same-page]')) {
    link.hash = fragment;
  }
}

const root = document.querySelector<HTMLElement>('[data-finder]');
if (root) initFinder(root);
