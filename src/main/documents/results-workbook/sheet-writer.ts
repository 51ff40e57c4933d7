/**
 * The one way the results workbook writes a row: values through cell-safety, a shared style per
 * cell, the row fed to the data hash. Every sheet gets the same print setup: A4 landscape, fit to
 * the page width, its header rows repeated on every printed page, a page number in the footer.
 *
 * Two paths into the same exceljs streaming worksheet:
 * - rows with merged cells or a set height go through exceljs's Row/Cell objects (a few heading
 *   rows per sheet);
 * - every other row is rendered here straight to the worksheet's XML stream, the same
 *   `<c s="…" t="str"><v>…</v></c>` exceljs itself writes for a string without shared strings.
 *   exceljs spends about 2.5 µs of objects per cell; 1.9 million cells would take most of the
 *   6-second budget on that alone, this takes a fraction.
 * Style ids come from exceljs's own style table, so both paths share one styles.xml. The direct
 * path uses six members of exceljs 4.4's WorksheetWriter (see `WorksheetInternals`); the tests read
 * every sheet back with exceljs's reader and check the raw XML, so a change there shows at once.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { cellValue, type CellValue } from './cell-safety';
import type { DataHash } from './data-hash';

type Style = Partial<ExcelJS.Style>;

/** Column letters for 1-based column numbers: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface SheetLayout {
  name: string;
  /** Column widths in characters; also the table's column count. */
  widths: readonly number[];
  /** Rows (and columns) kept in view while scrolling: the title rows and the table header. */
  frozenRows: number;
  frozenColumns?: number;
  /** The header rows repeated on every printed page, e.g. [4, 5]. */
  printTitleRows?: readonly [number, number];
}

export interface RowOptions {
  merges?: ReadonlyArray<readonly [number, number]>;
  height?: number;
}

/** The members of exceljs 4.4's streaming worksheet the direct path writes through. */
interface WorksheetInternals {
  stream: { write(text: string): void };
  startedData: boolean;
  /** The first row exceljs still holds; rows are committed in order, so none are held here. */
  _rowZero: number;
  _rows: unknown[];
  _writeColumns(): void;
  _writeOpenSheetData(): void;
}

interface WorkbookInternals {
  styles: { addStyleModel(style: Style, cellType: ExcelJS.ValueType): number };
}

/** Rows between two yields to the event loop, so the zip stream can drain what was written. */
const ROWS_PER_TURN = 2_000;
/** Characters of row XML gathered before one write to the sheet's stream. */
const FLUSH_AT = 1 << 16;

const ESCAPE = /[&<>\r]/;
const ESCAPE_ALL = /[&<>\r]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/** Element text for XML; a carriage return is kept as a reference (parsers turn a bare one into LF). */
function escapeXml(text: string): string {
  return ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (ch) => ENTITIES[ch] as string) : text;
}

export class SheetWriter {
  private readonly sheet: ExcelJS.Worksheet;
  private readonly internals: WorksheetInternals;
  private readonly styleIds = new Map<Style, [string, string]>();
  private readonly letters: string[] = [];
  private next = 1;
  private sinceTurn = 0;
  private pending = '';

  constructor(
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    /** Null for the sheet that prints the hash itself. */
    private readonly hash: DataHash | null,
    readonly layout: SheetLayout,
  ) {
    const titles = layout.printTitleRows;
    this.sheet = workbook.addWorksheet(layout.name, {
      views:
        layout.frozenRows > 0 || layout.frozenColumns
          ? [{ state: 'frozen', xSplit: layout.frozenColumns ?? 0, ySplit: layout.frozenRows }]
          : [],
      pageSetup: {
        paperSize: 9, // A4
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        ...(titles && { printTitlesRow: `${titles[0]}:${titles[1]}` }),
      },
      headerFooter: { oddFooter: '&L&A&RHalaman &P dari &N' },
    });
    this.sheet.columns = layout.widths.map((width) => ({ width }));
    this.internals = this.sheet as unknown as WorksheetInternals;
    hash?.sheet(layout.name);
  }

  /**
   * Writes the next row. `styles` is one style for every cell or one per column (a missing one
   * leaves the cell unstyled); `merges` joins cells of this row, as [first, last] column numbers,
   * and `height` (points) makes room for wrapped text Excel does not measure in merged cells.
   * Cells get their style even when empty, so a bordered table has no gaps.
   */
  row(
    values: ReadonlyArray<string | number | null | undefined>,
    styles: Style | ReadonlyArray<Style | undefined> | null = null,
    options: RowOptions = {},
  ): void {
    const perColumn = Array.isArray(styles) ? (styles as ReadonlyArray<Style | undefined>) : null;
    const single = perColumn ? undefined : ((styles as Style | null) ?? undefined);
    const width = Math.max(values.length, perColumn ? perColumn.length : 0);
    if (options.merges?.length || options.height) {
      this.objectRow(values, perColumn, single, width, options);
      return;
    }
    // One pass: the cell XML and the row's line for the data hash (see data-hash.ts).
    const r = this.next++;
    const rowText = String(r);
    let xml = '';
    let json = '';
    let jsonEnd = 1;
    for (let i = 0; i < width; i++) {
      const value = cellValue(values[i]);
      const style = perColumn ? perColumn[i] : single;
      json += i === 0 ? '[' : ',';
      if (value === null) {
        json += 'null';
        if (style) xml += `<c r="${this.letter(i + 1)}${rowText}"${this.styleAttribute(style, false)}/>`;
        continue;
      }
      const numeric = typeof value === 'number';
      const s = style ? this.styleAttribute(style, numeric) : '';
      if (numeric) {
        const text = String(value);
        json += text;
        xml += `<c r="${this.letter(i + 1)}${rowText}"${s}><v>${text}</v></c>`;
      } else {
        json += JSON.stringify(value);
        xml += `<c r="${this.letter(i + 1)}${rowText}"${s} t="str"><v>${escapeXml(value)}</v></c>`;
      }
      jsonEnd = json.length;
    }
    this.hash?.line(jsonEnd === 1 ? '[]' : `${json.slice(0, jsonEnd)}]`);
    if (xml === '') return;
    this.pending += `<row r="${rowText}">${xml}</row>`;
    if (this.pending.length > FLUSH_AT) this.flush();
  }

  /** Through exceljs's own objects: the rare row with merged cells or a set height. */
  private objectRow(
    values: ReadonlyArray<string | number | null | undefined>,
    perColumn: ReadonlyArray<Style | undefined> | null,
    single: Style | undefined,
    width: number,
    options: RowOptions,
  ): void {
    this.flush();
    const number = this.next++;
    // The rows before this one went out directly: exceljs must not walk them as empty slots.
    if (this.internals._rows.length === 0) this.internals._rowZero = number;
    const row = this.sheet.getRow(number);
    if (options.height) row.height = options.height;
    const written: CellValue[] = [];
    for (let i = 0; i < width; i++) {
      const value = cellValue(values[i]);
      const style = perColumn ? perColumn[i] : single;
      written.push(value);
      if (value === null && !style) continue;
      const cell = row.getCell(i + 1);
      if (value !== null) cell.value = value;
      if (style) cell.style = style;
    }
    for (const [from, to] of options.merges ?? []) {
      if (to > from) this.sheet.mergeCells(number, from, number, to);
    }
    row.commit();
    let end = written.length;
    while (end > 0 && written[end - 1] === null) end--;
    this.hash?.line(JSON.stringify(written.slice(0, end)));
  }

  private letter(column: number): string {
    return (this.letters[column] ??= columnLetter(column));
  }

  /** ` s="N"`: exceljs's id for a style (one per value kind: a style without a number format differs). */
  private styleAttribute(style: Style, numeric: boolean): string {
    let ids = this.styleIds.get(style);
    if (!ids) {
      const styles = (this.workbook as unknown as WorkbookInternals).styles;
      ids = [
        ` s="${styles.addStyleModel(style, ExcelJS.ValueType.String)}"`,
        ` s="${styles.addStyleModel(style, ExcelJS.ValueType.Number)}"`,
      ];
      this.styleIds.set(style, ids);
    }
    return numeric ? ids[1] : ids[0];
  }

  private flush(): void {
    if (this.pending === '') return;
    const sheet = this.internals;
    if (!sheet.startedData) {
      sheet._writeColumns();
      sheet._writeOpenSheetData();
      sheet.startedData = true;
    }
    sheet.stream.write(this.pending);
    this.pending = '';
  }

  /** An empty row (a gap between blocks). */
  blank(): void {
    this.row([]);
  }

  /** Filter buttons on a header row, over the table's columns. */
  autoFilter(headerRow: number, columns = this.layout.widths.length): void {
    this.sheet.autoFilter = `A${headerRow}:${columnLetter(columns)}${headerRow}`;
  }

  /** Lets the zip stream take what was written; call between rows of a long table. */
  async breathe(): Promise<void> {
    if (++this.sinceTurn < ROWS_PER_TURN) return;
    this.sinceTurn = 0;
    this.flush();
    await nextTurn();
  }

  commit(): void {
    this.flush();
    this.sheet.commit();
  }
}
