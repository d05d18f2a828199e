/** A list sorted by key, read by index: ties between lists go to the lower `tie`. */
export interface SortedRun {
  readonly length: number;
  keyAt(index: number): number;
  readonly tie: string;
}

/**
 * The first `limit` items of several sorted runs, in order, as [run, index]
 * pairs: a k-way merge over a binary heap, so that taking a page from
 * thousands of long runs costs the page, not every item.
 */
export function mergeFirst(runs: readonly SortedRun[], limit: number): [run: number, index: number][] {
  const heap: [run: number, index: number][] = [];
  const before = (a: [number, number], b: [number, number]) => {
    const keyA = runs[a[0]]!.keyAt(a[1]);
    const keyB = runs[b[0]]!.keyAt(b[1]);
    return keyA !== keyB ? keyA < keyB : runs[a[0]]!.tie < runs[b[0]]!.tie;
  };
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  const push = (item: [number, number]) => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      swap(i, parent);
      i = parent;
    }
  };
  const pop = () => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
        if (smallest === i) break;
        swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  };
  runs.forEach((run, index) => run.length > 0 && push([index, 0]));
  const taken: [number, number][] = [];
  while (heap.length && taken.length < limit) {
    const [run, index] = pop();
    taken.push([run, index]);
    if (index + 1 < runs[run]!.length) push([run, index + 1]);
  }
  return taken;
}
