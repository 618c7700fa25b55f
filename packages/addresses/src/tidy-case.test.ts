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
    ['LLOYD-GEORGE AVENUE', 'Lloyd-George Avenue'],
    ['ASHTON-UNDER-LYNE', 'Ashton-under-Lyne'],
    ['WESTON-SUPER-MARE', 'Weston-super-Mare'],
  ])('%j → %j', (input, expected) => {
    expect(tidyCase(input)).toBe(expected);
  });

  // The Welsh Language Commissioner's standardised forms (Enwau Lleoedd Safonol Cymru).
  it.each([
    ['PEN-Y-BONT AR OGWR', 'Pen-y-bont ar Ogwr'],
    ['BETWS-Y-COED', 'Betws-y-coed'],
    ['PONT-Y-PŴL', 'Pont-y-pŵl'],
    ['CASTELL-NEDD', 'Castell-nedd'],
    ['LLANFAIR-YM-MUALLT', 'Llanfair-ym-Muallt'],
    ['PLAS YN RHIW', 'Plas yn Rhiw'],
    ['FLAT 2, Y GORLAN', 'Flat 2, Y Gorlan'],
    ['RHYD-Y-FOEL', 'Rhyd-y-foel'],
    ['YNYS-DDU', 'Ynys-ddu'],
    ['PENRHYN-COCH', 'Penrhyn-coch'],
    ['TREFALDWYN', 'Trefaldwyn'],
    ['BLAENAU FFESTINIOG', 'Blaenau Ffestiniog'],
    ['LLANDUDNO JUNCTION', 'Llandudno Junction'],
    ['CAERFYRDDIN', 'Caerfyrddin'],
    ['YR WYDDGRUG', 'Yr Wyddgrug'],
    ['HEOL YR YSGOL', 'Heol yr Ysgol'],
    ['PONT-RHYD-Y-GROES', 'Pont-rhyd-y-groes'],
    ['TAL-Y-BONT', 'Tal-y-bont'],
    ['TŶ-NANT, FFORDD Y LLAN', 'Tŷ-nant, Ffordd y Llan'],
  ])('Welsh: %j → %j', (input, expected) => {
    expect(tidyCase(input)).toBe(expected);
  });
});
