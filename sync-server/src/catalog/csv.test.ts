import { describe, expect, test } from 'vitest';
import { CsvSyntaxError, parseCsv, toCsv } from './csv';

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe('reading CSV as spreadsheets write it', () => {
  test('plain fields, LF or CRLF line ends, and a missing last line end', () => {
    expect(fieldsOf('a,b,c\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(fieldsOf('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('quoted fields hold commas, doubled quotes and line breaks', () => {
    expect(fieldsOf('name,notes\n"Château, Margaux","He said ""grand""\nvin"\n')).toEqual([
      ['name', 'notes'],
      ['Château, Margaux', 'He said "grand"\nvin'],
    ]);
  });

  test('a UTF-8 byte order mark (Excel) is dropped; empty fields and blank lines are kept as such', () => {
    const records = parseCsv('\uFEFFsku,name\n\nA1,,\n"",x\n');
    expect(records.map((r) => r.fields)).toEqual([
      ['sku', 'name'],
      ['A1', '', ''],
      ['', 'x'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 3, 4]);
  });

  test('each record keeps the line it starts on, past quoted line breaks', () => {
    expect(parseCsv('a\n"x\ny"\nb').map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'a'],
      [2, 'x\ny'],
      [4, 'b'],
    ]);
  });

  test('an unclosed quote and text after a closing quote are refused with their line', () => {
    expect(() => parseCsv('a\n"open,b\n')).toThrow(new CsvSyntaxError(2, 'A quoted field that starts on line 2 is never closed.'));
    expect(() => parseCsv('a\n"x"y,b\n')).toThrow(CsvSyntaxError);
  });

  test('whatever is written reads back the same', () => {
    const tricky = ['', ' ', 'a', ' padded ', 'comma, inside', 'quote " inside', '""', 'line\nbreak', 'crlf\r\nbreak', 'é🍷', ','];
    const rows = tricky.flatMap((a) => tricky.map((b) => [a, b, 'end']));
    expect(fieldsOf(toCsv(rows))).toEqual(rows);
  });
});
