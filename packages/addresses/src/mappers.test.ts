import { describe, expect, it } from 'vitest';
import { addressLabel, toFormFields } from './address.js';
import { fromGetAddress } from './getaddress.js';
import { fromIdealPostcodes } from './ideal-postcodes.js';
import { fromDpa, fromLpi, mergeByUprn, type OsPlacesDpa, type OsPlacesLpi } from './os-places.js';

const ordnanceSurvey: OsPlacesDpa = {
  UPRN: '200010019924',
  ADDRESS: 'ORDNANCE SURVEY, 4, ADANAC DRIVE, NURSLING, SOUTHAMPTON, SO16 0AS',
  ORGANISATION_NAME: 'ORDNANCE SURVEY',
  BUILDING_NUMBER: '4',
  THOROUGHFARE_NAME: 'ADANAC DRIVE',
  DEPENDENT_LOCALITY: 'NURSLING',
  POST_TOWN: 'SOUTHAMPTON',
  POSTCODE: 'SO16 0AS',
  LAT: 50.9383,
  LNG: -1.4708,
  LANGUAGE: 'EN',
};

describe('OS Places DPA', () => {
  it('maps the documentation example', () => {
    const address = fromDpa(ordnanceSurvey);
    expect(address).toEqual({
      uprn: '200010019924',
      organisation: 'Ordnance Survey',
      lines: ['4 Adanac Drive', 'Nursling'],
      town: 'Southampton',
      county: null,
      postcode: 'SO16 0AS',
      coordinates: { latitude: 50.9383, longitude: -1.4708 },
      language: 'en',
    });
    expect(addressLabel(address)).toBe('Ordnance Survey, 4 Adanac Drive, Nursling, Southampton, SO16 0AS');
    expect(toFormFields(address)).toEqual({
      line1: 'Ordnance Survey',
      line2: '4 Adanac Drive, Nursling',
      town: 'Southampton',
      county: '',
      postcode: 'SO16 0AS',
      uprn: '200010019924',
    });
  });

  it('puts a flat and its building on line 1 with the street', () => {
    const address = fromDpa({
      UPRN: '1',
      SUB_BUILDING_NAME: 'FLAT 2',
      BUILDING_NAME: 'HARBOUR VIEW',
      BUILDING_NUMBER: '12',
      DEPENDENT_THOROUGHFARE_NAME: 'QUAY LANE',
      THOROUGHFARE_NAME: 'HIGH STREET',
      POST_TOWN: 'SWANSEA',
      POSTCODE: 'SA1 1AA',
    });
    expect(address.lines).toEqual(['Flat 2, Harbour View, 12 Quay Lane', 'High Street']);
    expect(address.coordinates).toBeNull();
  });
});

describe('OS Places LPI', () => {
  it('maps secondary and primary addressable objects with number ranges', () => {
    const lpi: OsPlacesLpi = {
      UPRN: '10023456789',
      SAO_TEXT: 'FLAT',
      SAO_START_NUMBER: '3',
      PAO_START_NUMBER: '10',
      PAO_START_SUFFIX: 'A',
      PAO_END_NUMBER: '12',
      STREET_DESCRIPTION: 'HEOL Y GORS',
      TOWN_NAME: 'ABERTAWE',
      POSTCODE_LOCATOR: 'SA1 6BB',
      LANGUAGE: 'CY',
    };
    expect(fromLpi(lpi)).toMatchObject({
      uprn: '10023456789',
      lines: ['Flat 3, 10A-12 Heol y Gors'],
      town: 'Abertawe',
      postcode: 'SA1 6BB',
      language: 'cy',
    });
  });
});

describe('mergeByUprn', () => {
  const english = { DPA: { ...ordnanceSurvey, UPRN: '100', POST_TOWN: 'SWANSEA', LANGUAGE: 'EN' } };
  const welsh = { DPA: { ...ordnanceSurvey, UPRN: '100', POST_TOWN: 'ABERTAWE', LANGUAGE: 'CY' } };
  const lpiOnly = { LPI: { UPRN: '200', PAO_START_NUMBER: '1', STREET_DESCRIPTION: 'NEW ROAD', TOWN_NAME: 'SWANSEA' } };
  const lpiDuplicate = {
    LPI: { UPRN: '100', PAO_START_NUMBER: '4', STREET_DESCRIPTION: 'ADANAC DRIVE', TOWN_NAME: 'X' },
  };

  it('keeps one record per UPRN, in the resident’s language, preferring DPA', () => {
    const inEnglish = mergeByUprn([lpiDuplicate, welsh, english, lpiOnly], 'en');
    expect(inEnglish.map((a) => [a.uprn, a.town])).toEqual([
      ['100', 'Swansea'],
      ['200', 'Swansea'],
    ]);
    const inWelsh = mergeByUprn([english, welsh, lpiDuplicate], 'cy');
    expect(inWelsh.map((a) => [a.uprn, a.town])).toEqual([['100', 'Abertawe']]);
  });
});

describe('Ideal Postcodes', () => {
  it('maps its test postcode record, dropping the organisation from the lines', () => {
    expect(
      fromIdealPostcodes({
        postcode: 'ID1 1QD',
        post_town: 'LONDON',
        line_1: 'Kingsley Hall',
        line_2: 'Powis Road',
        line_3: '',
        organisation_name: '',
        county: 'London',
        uprn: '10091959021',
        latitude: 51.5268,
        longitude: '-0.0114',
      }),
    ).toEqual({
      uprn: '10091959021',
      organisation: null,
      lines: ['Kingsley Hall', 'Powis Road'],
      town: 'LONDON',
      county: 'London',
      postcode: 'ID1 1QD',
      coordinates: { latitude: 51.5268, longitude: -0.0114 },
      language: 'en',
    });
  });
});

describe('getAddress.io', () => {
  it('maps an expanded address without a UPRN', () => {
    expect(
      fromGetAddress(
        {
          line_1: '10 Downing Street',
          line_2: '',
          line_3: '',
          line_4: '',
          locality: '',
          town_or_city: 'London',
          county: '',
        },
        'sw1a 2aa',
      ),
    ).toEqual({
      uprn: null,
      organisation: null,
      lines: ['10 Downing Street'],
      town: 'London',
      county: null,
      postcode: 'SW1A 2AA',
      coordinates: null,
      language: 'en',
    });
  });
});
