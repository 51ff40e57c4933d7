/**
 * The SHA-256 the Informasi sheet prints, so the agency can show later that the data in a file is
 * the data Asesa wrote. It covers values, not the zip bytes (which change with the zip tool and a
 * re-save), and is defined so anyone can recompute it from the workbook with any reader:
 *
 *   UTF-8 text; for each sheet before Informasi, in order: one line `# <sheet name>`, then one
 *   line per row of the sheet from row 1 to its last row, each the JSON array of the row's cell
 *   values from column A to the last non-empty cell (empty cell = null, number = JSON number,
 *   text = JSON string); every line ends with a line feed (LF). The digest is lowercase hex.
 *
 * A row without any value is `[]`. The digest is of what was written, after cell-safety.
 */
import { createHash, type Hash } from 'node:crypto';

export const DATA_HASH_DEFINITION =
  'SHA-256 (heksadesimal) dari teks UTF-8 berikut: untuk setiap lembar sebelum lembar Informasi, ' +
  'berurutan, satu baris "# <nama lembar>", lalu setiap baris lembar itu dari baris 1 sampai baris ' +
  'terakhir sebagai larik JSON nilai selnya dari kolom A sampai sel terisi terakhir (sel kosong = null, ' +
  'angka sebagai angka, teks sebagai teks); setiap baris diakhiri LF. Nilai yang dihitung adalah nilai ' +
  'yang tersimpan di sel (persen sebagai pecahan, misalnya 0,875 untuk 87,5%).';

/** Takes the lines as rows are written; batched so 190,000 rows cost few hash calls. */
export class DataHash {
  private readonly hash: Hash = createHash('sha256');
  private buffer = '';

  sheet(name: string): void {
    this.push(`# ${name}`);
  }

  /** One row's line, as SheetWriter builds it while writing the row's XML. */
  line(json: string): void {
    this.push(json);
  }

  digest(): string {
    this.flush();
    return this.hash.digest('hex');
  }

  private push(line: string): void {
    this.buffer += `${line}\n`;
    if (this.buffer.length > 1 << 16) this.flush();
  }

  private flush(): void {
    if (this.buffer === '') return;
    this.hash.update(this.buffer, 'utf8');
    this.buffer = '';
  }
}
