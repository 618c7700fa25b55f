/**
 * The element with `id` in the same document or shadow root as `near`: how
 * components find their own fields (ids derived from the author's `name`) and
 * the page's, without building selectors.
 */
export function elementById(near: Node, id: string): HTMLElement | null {
  const root = near.getRootNode() as Partial<NonElementParentNode>;
  return (root.getElementById?.(id) as HTMLElement | null | undefined) ?? null;
}
