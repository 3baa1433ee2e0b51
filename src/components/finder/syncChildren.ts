/**
 * Makes `list`'s element children exactly `nodes`, in order, touching only what changed: a node
 * already in place stays put, so the browser keeps its layout and, if it holds the keyboard focus,
 * the focus. Nodes no longer wanted are removed; wanted nodes from elsewhere are moved in.
 * @example syncChildren(ol, ranked.map((r) => itemFor(r).li))
 */
export function syncChildren(list: Element, nodes: readonly Element[]): void {
  const wanted = new Set(nodes);
  let cursor = list.firstElementChild;
  const dropUnwanted = () => {
    while (cursor && !wanted.has(cursor)) {
      const next: Element | null = cursor.nextElementSibling;
      cursor.remove();
      cursor = next;
    }
  };
  for (const node of nodes) {
    dropUnwanted();
    if (cursor === node) cursor = cursor.nextElementSibling;
    else list.insertBefore(node, cursor);
  }
  dropUnwanted();
}
