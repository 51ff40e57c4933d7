import { Table } from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type Column,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import classes from './virtual-table.module.css';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generics must match TanStack's declaration
  interface ColumnMeta<TData extends RowData, TValue> {
    /** `size` is this column's width in pixels, never squeezed (an NIP must show whole). */
    fixedWidth?: boolean;
  }
}

/**
 * Fixed columns get their pixels; the others share what is left of `width` in proportion to
 * their `size`, so the table fills its frame without sideways scrolling. (Percentages or calc()
 * on <col> would be simpler, but Chromium ignores calc() there.)
 */
function columnWidths<T>(columns: Column<T>[], width: number): number[] {
  const isFixed = (column: Column<T>) => column.columnDef.meta?.fixedWidth === true;
  const fixedPx = columns.reduce((sum, column) => sum + (isFixed(column) ? column.getSize() : 0), 0);
  const flexWeight = columns.reduce((sum, column) => sum + (isFixed(column) ? 0 : column.getSize()), 0);
  const share = Math.max(0, width - fixedPx) / (flexWeight || 1);
  return columns.map((column) => (isFixed(column) ? column.getSize() : Math.floor(column.getSize() * share)));
}

export interface VirtualTableProps<T> {
  /** All rows. Keep the array identity stable (memoise it): a new array rebuilds the row model. */
  rows: readonly T[];
  /** Positions in `rows` to show, in order (a search result); null or absent shows every row. */
  visible?: readonly number[] | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack's own column type is `any`-valued
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  /** Accessible name of the table and of its scroll area. */
  label: string;
  /** Shown in place of rows when there are none. */
  empty?: ReactNode;
  /** Height of one row in pixels; rows are one line, longer text ends in "…". */
  rowHeight?: number;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  /** When this changes (a new search), the table scrolls back to its first row. */
  scrollResetKey?: unknown;
}

/**
 * A table that renders only the rows in view, so 10,000 candidates scroll and filter as fast as
 * ten. It fills the height and width it is given (see columnWidths).
 */
export function VirtualTable<T>({
  rows,
  visible = null,
  columns,
  getRowId,
  label,
  empty,
  rowHeight = 40,
  minWidth = 960,
  scrollResetKey,
}: VirtualTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { ref: sizeRef, width: frameWidth } = useElementSize<HTMLDivElement>();
  const frameRef = useMergedRef(scrollRef, sizeRef);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [scrollResetKey]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the table object is not memoised by the compiler; nothing here relies on that
  const table = useReactTable({
    data: rows as T[],
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
  });
  const allRows = table.getRowModel().rows;
  const count = visible ? visible.length : allRows.length;
  const rowAt = (position: number) => allRows[visible ? (visible[position] ?? -1) : position];
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const tableWidth = Math.max(frameWidth, minWidth);
  const widths = columnWidths(table.getVisibleLeafColumns(), tableWidth);

  return (
    <div ref={frameRef} className={classes.scroller} tabIndex={0} role="region" aria-label={label}>
      <Table
        className={classes.table}
        stickyHeader
        w={tableWidth}
        aria-label={label}
        aria-rowcount={count + 1}
      >
        <colgroup>
          {table.getVisibleLeafColumns().map((column, i) => (
            <col key={column.id} style={{ width: widths[i] }} />
          ))}
        </colgroup>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <Table.Th key={header.id} className={classes.head}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr className={classes.spacer} aria-hidden style={{ height: padTop }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {items.map((item) => {
            const row = rowAt(item.index);
            if (!row) return null;
            return (
              <Table.Tr key={row.id} style={{ height: rowHeight }} aria-rowindex={item.index + 2}>
                {row.getVisibleCells().map((cell) => {
                  const value = cell.getValue();
                  return (
                    <Table.Td
                      key={cell.id}
                      className={classes.cell}
                      title={typeof value === 'string' ? value : undefined}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
          {padBottom > 0 && (
            <tr className={classes.spacer} aria-hidden style={{ height: padBottom }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {count === 0 && empty && <div className={classes.empty}>{empty}</div>}
    </div>
  );
}
