/**
 * RFC 4180 CSV, read one record at a time from a string: quoted fields may
 * hold commas, doubled quotes and line breaks; CRLF and LF both end a record.
 */
export interface CsvRecord {
  fields: string[];
  /** Offset of the record's first character. */
  start: number;
  /** Offset just past the record's line ending. */
  end: number;
}

export function* csvRecords(text: string, from = 0): Generator<CsvRecord> {
  let position = from;
  const length = text.length;
  while (position < length) {
    const start = position;
    const fields: string[] = [];
    let field = '';
    let inQuotes = false;
    for (;;) {
      if (position >= length) {
        fields.push(field);
        break;
      }
      const char = text.charCodeAt(position);
      if (inQuotes) {
        if (char === 34 /* " */) {
          if (text.charCodeAt(position + 1) === 34) {
            field += '"';
            position += 2;
          } else {
            inQuotes = false;
            position += 1;
          }
        } else {
          const next = text.indexOf('"', position);
          const stop = next === -1 ? length : next;
          field += text.slice(position, stop);
          position = stop;
        }
        continue;
      }
      if (char === 44 /* , */) {
        fields.push(field);
        field = '';
        position += 1;
      } else if (char === 10 /* \n */ || char === 13 /* \r */) {
        fields.push(field);
        position += char === 13 && text.charCodeAt(position + 1) === 10 ? 2 : 1;
        break;
      } else if (char === 34 && field === '') {
        inQuotes = true;
        position += 1;
      } else {
        // Plain run up to the next delimiter.
        let stop = position;
        while (stop < length) {
          const c = text.charCodeAt(stop);
          if (c === 44 || c === 10 || c === 13) break;
          stop += 1;
        }
        field += text.slice(position, stop);
        position = stop;
      }
    }
    // Skip blank lines.
    if (!(fields.length === 1 && fields[0] === '')) yield { fields, start, end: position };
  }
}
