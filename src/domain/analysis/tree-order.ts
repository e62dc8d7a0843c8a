/**
 * @module Agencies of a subtree in reading order: each agency followed by the agencies below
 * it, siblings by name (Chinese collation), with their depth below the root.
 */
export interface TreeNode {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
}

/**
 * Depth-first from `rootId`. Agencies not reachable from the root are left out. Each agency's
 * `depth` is recomputed (0 for the root).
 */
export function treeOrder<T extends TreeNode>(rootId: number, nodes: readonly T[]): (T & { readonly depth: number })[] {
  const children = new Map<number, T[]>();
  let root: T | undefined;
  for (const n of nodes) {
    if (n.id === rootId) root = n;
    else if (n.parentId !== null) {
      let list = children.get(n.parentId);
      if (!list) children.set(n.parentId, (list = []));
      list.push(n);
    }
  }
  if (!root) return [];
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id);
  const out: (T & { depth: number })[] = [];
  const seen = new Set<number>();
  const stack: [T, number][] = [[root, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    out.push({ ...n, depth });
    const kids = children.get(n.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, depth + 1]);
  }
  return out;
}
