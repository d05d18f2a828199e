/**
 * Disclosure control for published counts, in two steps.
 *
 * Suppression: a count from 1 to 4 could single a person out ("the one Wolof
 * speaker referred to a lawyer in March"), so it is published as "fewer than
 * 5". Where a total is published beside the cells, one hidden cell could be
 * worked out by subtraction, so a second cell (the next smallest) is hidden
 * too: every group shows either no hidden cell or at least two. Zero is shown:
 * it singles nobody out.
 *
 * Rounding: every other published count is rounded to the nearest multiple of
 * 5. Windows are whole months, so subtracting the counts of two overlapping
 * windows would otherwise give the exact count of the months between them,
 * hidden cells included. Rounded, the difference of two counts is a multiple
 * of 5 (0 or 5 when the months between hold 1 to 4 inquiries), which fits every
 * count from 1 to 4 alike: comparing two windows never tells a hidden count.
 */
export const MIN_CELL = 5;

export interface Cell {
  count: number;
  suppressed: boolean;
}

export const isSmall = (count: number) => count > 0 && count < MIN_CELL;

/** Marks the small cells of one group, then adds the secondary suppression the group's published total needs. */
export function suppressGroup(cells: Cell[]): void {
  for (const cell of cells) if (isSmall(cell.count)) cell.suppressed = true;
  const hidden = cells.filter((cell) => cell.suppressed);
  if (hidden.length !== 1) return;
  const next = cells.filter((cell) => !cell.suppressed && cell.count > 0).sort((a, b) => a.count - b.count)[0];
  if (next) next.suppressed = true;
}

/**
 * A two-way table (rows × columns) whose row totals are published here and
 * whose column totals anyone can get with another request: passes over rows
 * and columns until no row or column has exactly one hidden cell.
 */
export function suppressTable(table: Cell[][]): void {
  for (const row of table) for (const cell of row) if (isSmall(cell.count)) cell.suppressed = true;
  const columns = table[0]?.length ?? 0;
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    const groups = [...table, ...Array.from({ length: columns }, (_, c) => table.map((row) => row[c]!))];
    for (const group of groups) {
      const before = group.filter((cell) => cell.suppressed).length;
      if (before === 1) {
        suppressGroup(group);
        changed ||= group.filter((cell) => cell.suppressed).length !== before;
      }
    }
    if (!changed) return;
  }
}

/** Published counts are multiples of this. */
export const ROUNDING_BASE = 5;

export const roundToBase = (count: number) => Math.round(count / ROUNDING_BASE) * ROUNDING_BASE;

/** A count as published: rounded to the base, or null when suppressed. */
export const published = (cell: Cell) => (cell.suppressed ? null : roundToBase(cell.count));
