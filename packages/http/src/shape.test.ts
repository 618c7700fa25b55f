import { describe, expect, it } from 'vitest';
import {
  arrayOf,
  eachOf,
  inRange,
  isNumber,
  isString,
  matching,
  nullable,
  objectOf,
  oneOf,
  optional,
  ShapeError,
} from './shape.js';

describe('shape checks', () => {
  const address = objectOf({
    uprn: nullable(matching(/^\d{1,12}$/, 'a UPRN')),
    lines: arrayOf(isString),
    language: oneOf('en', 'cy'),
    note: optional(isString),
    coordinates: nullable(objectOf({ latitude: inRange(-90, 90), longitude: isNumber })),
  });

  it('returns the checked value, with nulls kept and extra fields dropped', () => {
    expect(
      address({ uprn: null, lines: ['1 High Street'], language: 'cy', extra: '<script>', coordinates: null }),
    ).toEqual({
      uprn: null,
      lines: ['1 High Street'],
      language: 'cy',
      coordinates: null,
    });
  });

  it('names the first path that does not fit', () => {
    expect(() => address({ uprn: 1, lines: [], language: 'en' })).toThrow(new ShapeError('$.uprn', 'a UPRN'));
    expect(() => address({ uprn: 'not-a-uprn<script>', lines: [], language: 'en' })).toThrow('a UPRN');
    expect(() => address({ uprn: '1', lines: ['a', 2], language: 'en' })).toThrow('$.lines[1]');
    expect(() => address({ uprn: '1', lines: [], language: 'fr' })).toThrow('one of en, cy');
    expect(() => address({ uprn: '1', lines: [], language: 'en', coordinates: { latitude: 'x' } })).toThrow(
      '$.coordinates.latitude',
    );
    expect(() =>
      address({ uprn: '1', lines: [], language: 'en', coordinates: { latitude: 999, longitude: 0 } }),
    ).toThrow('a number from -90 to 90');
    expect(() => address([])).toThrow('an object');
  });

  it('keeps the good items of an array and reports the bad ones', () => {
    const records = eachOf(objectOf({ line_1: isString, post_town: isString }));
    const checked = records([{ line_1: 'x', post_town: 'Y' }, { line_1: 'x' }, null, { line_1: 'z', post_town: 'W' }]);
    expect(checked.items).toEqual([
      { line_1: 'x', post_town: 'Y' },
      { line_1: 'z', post_town: 'W' },
    ]);
    expect(checked.rejected.map((error) => error.path)).toEqual(['$[1].post_town', '$[2]']);
    expect(() => records({})).toThrow('an array');
  });
});
