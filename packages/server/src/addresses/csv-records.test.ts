import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records.js';

const fields = (text: string): string[][] => [...csvRecords(text)].map((record) => record.fields);

describe('csvRecords', () => {
  it('reads plain records with LF or CRLF endings, skipping blank lines', () => {
    expect(fields('a,b,c\n1,2,3\r\n\n4,,6')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '', '6'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(fields('"Marks & Spencer, Food","St. John""s ""Court""","line\none"\nx,y,z\n')).toEqual([
      ['Marks & Spencer, Food', 'St. John"s "Court"', 'line\none'],
      ['x', 'y', 'z'],
    ]);
  });

  it('gives each record its offsets so it can be read again alone', () => {
    const text = 'h1,h2\n"a,1",b\nc,d\n';
    const records = [...csvRecords(text)];
    expect(records.map((record) => text.slice(record.start, record.end))).toEqual(['h1,h2\n', '"a,1",b\n', 'c,d\n']);
  });
});
