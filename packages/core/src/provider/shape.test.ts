import { describe, expect, it } from 'vitest';
import { arrayOf, isNumber, isString, nullable, objectOf, oneOf, optional, ShapeError } from './shape.js';

describe('shape checks', () => {
  const address = objectOf({
    uprn: nullable(isString),
    lines: arrayOf(isString),
    language: oneOf('en', 'cy'),
    note: optional(isString),
    coordinates: nullable(objectOf({ latitude: isNumber, longitude: isNumber })),
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
    expect(() => address({ uprn: 1, lines: [], language: 'en' })).toThrow(new ShapeError('$.uprn', 'a string'));
    expect(() => address({ uprn: '1', lines: ['a', 2], language: 'en' })).toThrow('$.lines[1]');
    expect(() => address({ uprn: '1', lines: [], language: 'fr' })).toThrow('one of en, cy');
    expect(() => address({ uprn: '1', lines: [], language: 'en', coordinates: { latitude: 'x' } })).toThrow(
      '$.coordinates.latitude',
    );
    expect(() => address([])).toThrow('an object');
  });
});
