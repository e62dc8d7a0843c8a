/**
 * @module Cell paths, `table.row.col`, as one shared string per cell.
 *
 * The format's cell list, the readers and the rules all name cells through `cellPath`, so they
 * hold the very same string for a cell: maps keyed by path (a report's cells, their sources, the
 * rules' index) then find an entry by identity instead of comparing characters.
 */

type Table = 'table2' | 'table3' | 'table4';

const PATHS: Readonly<Record<Table, Map<string, Map<string, string>>>> = { table2: new Map(), table3: new Map(), table4: new Map() };

/** `table.row.col` (the row may be nested: `denied.stateSecret`), one string per cell. */
export function cellPath(table: Table, row: string, col: string): string {
  let byCol = PATHS[table].get(row);
  if (!byCol) {
    byCol = new Map();
    PATHS[table].set(row, byCol);
  }
  let p = byCol.get(col);
  if (p === undefined) {
    p = `${table}.${row}.${col}`;
    byCol.set(col, p);
  }
  return p;
}
