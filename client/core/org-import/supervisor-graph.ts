/**
 * Cycles in a graph where each node points to at most one other (a person to their superior, a
 * unit to its parent). Such a chain must end at a top; a cycle never does.
 */

/**
 * Every cycle, once each, as the list of its nodes in edge order starting from its smallest id.
 * `next` gives the node a node points to, or null/undefined when it points nowhere (or outside).
 */
export function findCycles(
  nodes: Iterable<string>,
  next: (id: string) => string | null | undefined,
): string[][] {
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of nodes) {
    if (done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let node: string | null | undefined = start;
    while (node !== null && node !== undefined && !done.has(node)) {
      const seen = onPath.get(node);
      if (seen !== undefined) {
        cycles.push(rotateToSmallest(path.slice(seen)));
        break;
      }
      onPath.set(node, path.length);
      path.push(node);
      node = next(node);
    }
    for (const n of path) done.add(n);
  }
  return cycles;
}

function rotateToSmallest(cycle: string[]): string[] {
  let k = 0;
  cycle.forEach((id, i) => {
    if (id < (cycle[k] as string)) k = i;
  });
  return [...cycle.slice(k), ...cycle.slice(0, k)];
}

/** A cycle as people read it: `a → b → c → a`, shortened past `max` nodes. */
export function describeCycle(cycle: readonly string[], max = 6): string {
  const shown = cycle.length > max ? [...cycle.slice(0, max), '…'] : [...cycle];
  const tail = cycle.length > max ? ` (${cycle.length} mata rantai)` : '';
  return `${[...shown, cycle[0]].join(' → ')}${tail}`;
}
