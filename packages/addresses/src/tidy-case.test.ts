import { describe, expect, it } from 'vitest';
import { tidyCase } from './tidy-case.js';

describe('tidyCase', () => {
  it.each([
    ['FLAT 2', 'Flat 2'],
    ["ST. JOHN'S COURT", "St. John's Court"],
    ["O'NEILL HOUSE", "O'Neill House"],
    ['MCDONALD ROAD', 'McDonald Road'],
    ['2A HIGH STREET', '2A High Street'],
    ['NEWCASTLE UPON TYNE', 'Newcastle upon Tyne'],
    ['STRATFORD-UPON-AVON', 'Stratford-upon-Avon'],
    ['HEOL Y GORS', 'Heol y Gors'],
    ['M & S FOODHALL', 'M & S Foodhall'],
    ['Already Mixed Case', 'Already Mixed Case'],
  ])('%j → %j', (input, expected) => {
    expect(tidyCase(input)).toBe(expected);
  });
});
