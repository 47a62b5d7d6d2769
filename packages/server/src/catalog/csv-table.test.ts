import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CsvSyntaxError, parseCsv } from './csv-table.ts';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and keeps the line each row starts on', () => {
    const table = parseCsv('\uFEFFid,title,note\r\na,"Tee, navy","say ""hi"""\r\n\r\nb,"two\nlines",\nc,plain,x');
    assert.deepEqual(table.header, ['id', 'title', 'note']);
    assert.deepEqual(table.rows, [
      { line: 2, cells: ['a', 'Tee, navy', 'say "hi"'] },
      { line: 4, cells: ['b', 'two\nlines', ''] },
      { line: 6, cells: ['c', 'plain', 'x'] },
    ]);
  });

  it('refuses a quote left open and text after a closing quote, naming the line', () => {
    assert.throws(() => parseCsv('id,title\na,"open\nb,c'), (error: unknown) => error instanceof CsvSyntaxError && error.line === 2 && /never closed/.test(error.message));
    assert.throws(() => parseCsv('id,title\na,"x"y'), (error: unknown) => error instanceof CsvSyntaxError && error.line === 2);
    assert.throws(() => parseCsv('id,title\na,b"c'), (error: unknown) => error instanceof CsvSyntaxError && /quote the whole cell/.test(error.message));
  });
});
