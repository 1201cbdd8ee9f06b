import type { Column } from './Table.js';

export interface RankedColumn<Row> extends Column<Row> {
  /** Lower stays longer when the window is narrow. */
  priority: number;
}

/**
 * The columns that fit in `width`, in their original order, dropping the least important
 * first; the page says which were hidden rather than squeezing every cell unreadable.
 */
export function fitColumns<Row>(columns: readonly RankedColumn<Row>[], width: number): { shown: RankedColumn<Row>[]; hidden: string[] } {
  const kept = new Set(columns);
  const total = () => [...kept].reduce((sum, column) => sum + column.width + 1, 0);
  const byPriority = [...columns].sort((a, b) => b.priority - a.priority);
  for (const column of byPriority) {
    if (total() <= width || kept.size === 1) break;
    kept.delete(column);
  }
  return {
    shown: columns.filter((column) => kept.has(column)),
    hidden: columns.filter((column) => !kept.has(column)).map((column) => column.header),
  };
}
