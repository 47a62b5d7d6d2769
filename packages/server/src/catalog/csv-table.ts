/**
 * Reading a CSV file (RFC 4180): comma-separated cells, double quotes around cells holding commas,
 * quotes or line breaks (a quote inside written twice), `\n` or `\r\n` line ends, an optional UTF-8
 * byte order mark (spreadsheets write one). Each row keeps the line it starts on, so a problem can
 * be reported where the merchant will look for it.
 *
 * @module
 */

/** One data row: the line it starts on (the header is line 1) and its cells. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A CSV file: its header and data rows (blank lines are skipped). */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** A file that is not CSV, with the line where reading stopped. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Splits `text` into rows of cells. Throws {@link CsvSyntaxError} for a quote left open or text after a closing quote. */
export function parseCsv(text: string): CsvTable {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '"' && cell === '') {
      // A quoted cell: up to the closing quote, "" standing for one quote.
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= source.length) throw new CsvSyntaxError(openedOn, `a quoted cell opened on line ${openedOn} is never closed`);
        const c = source[i]!;
        if (c === '"') {
          if (source[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        cell += c;
        i++;
      }
      const next = source[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') throw new CsvSyntaxError(line, `text after a closing quote on line ${line}: quote the whole cell`);
      continue;
    }
    if (ch === ',') {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' && source[i + 1] === '\n') {
      endRow();
      i += 2;
      line++;
      rowLine = line;
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      i++;
      line++;
      rowLine = line;
    } else {
      if (ch === '"') throw new CsvSyntaxError(line, `a quote inside an unquoted cell on line ${line}: quote the whole cell and write the quote twice`);
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) endRow();
  const [header, ...rows] = records;
  return { header: header ? header.cells.map((name) => name.trim()) : [], rows };
}
