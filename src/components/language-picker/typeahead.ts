import { foldForSearch } from '../../core/languages.js';

const RESET_AFTER_MS = 600;

/**
 * Type-ahead for a listbox, as in the WAI-ARIA practices: typed characters
 * gather for a moment and move to the next option whose name starts with them.
 */
export class Typeahead {
  private buffer = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Returns the index to move to, or -1 when nothing matches. */
  next(key: string, labels: readonly (readonly string[])[], activeIndex: number): number {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.buffer = ''), RESET_AFTER_MS);
    this.buffer += foldForSearch(key);
    // A repeated single letter cycles through the options that start with it.
    const cycling = this.buffer.length > 1 && [...this.buffer].every((c) => c === this.buffer[0]);
    const prefix = cycling ? this.buffer[0]! : this.buffer;
    const start = this.buffer.length === 1 || cycling ? activeIndex + 1 : activeIndex;
    for (let offset = 0; offset < labels.length; offset++) {
      const index = (start + offset + labels.length) % labels.length;
      if (labels[index]!.some((label) => foldForSearch(label).startsWith(prefix))) return index;
    }
    return -1;
  }

  reset(): void {
    clearTimeout(this.timer);
    this.buffer = '';
  }
}
