/**
 * The properties behind every address fake: realistic enough to exercise
 * what real data does to a lookup. Blocks of flats past 100 addresses (paging),
 * Welsh and English records of one UPRN, organisations, apostrophes,
 * ampersands, very long lines, a new build only in the gazetteer (LPI), and
 * the providers' own documentation examples.
 */
export interface FakeProperty {
  uprn: string;
  organisation?: string;
  subBuilding?: string;
  buildingName?: string;
  buildingNumber?: string;
  street: string;
  locality?: string;
  town: string;
  county: string;
  postcode: string;
  latitude: number;
  longitude: number;
  /** The Welsh record of the same property, where the council keeps one. */
  welsh?: { street: string; town: string; locality?: string };
  /** Only in the council gazetteer (LPI): not yet on the postal file. */
  gazetteerOnly?: boolean;
  /** A gazetteer-only record's logical status, when not approved: 8 historical, 3 alternative. */
  lpiStatus?: string;
  /** False where the vendor has no position for the premise (Ideal Postcodes then sends ""). */
  geocoded?: boolean;
  /** A gazetteer-only record's classification, when it is not a home: PP is a parent shell (a whole block). */
  classification?: string;
}

const adanacDrive: FakeProperty[] = [
  {
    uprn: '200010019924',
    organisation: 'ORDNANCE SURVEY',
    buildingNumber: '4',
    street: 'ADANAC DRIVE',
    locality: 'NURSLING',
    town: 'SOUTHAMPTON',
    county: 'Hampshire',
    postcode: 'SO16 0AS',
    latitude: 50.9383,
    longitude: -1.4708,
  },
  ...['10', '2A', '2'].map((number, i): FakeProperty => ({
    uprn: `20001001993${i}`,
    buildingNumber: number,
    street: 'ADANAC DRIVE',
    locality: 'NURSLING',
    town: 'SOUTHAMPTON',
    county: 'Hampshire',
    postcode: 'SO16 0AS',
    latitude: 50.9384,
    longitude: -1.4709,
  })),
  {
    uprn: '200010019940',
    buildingName: 'PLOT 5',
    street: 'ADANAC DRIVE',
    locality: 'NURSLING',
    town: 'SOUTHAMPTON',
    county: 'Hampshire',
    postcode: 'SO16 0AS',
    latitude: 50.9385,
    longitude: -1.471,
    gazetteerOnly: true,
  },
];

/** The block of flats at 1 Quay Street. */
const harbourViewBlock = {
  buildingName: 'HARBOUR VIEW',
  buildingNumber: '1',
  street: 'QUAY STREET',
  town: 'SOUTHAMPTON',
  county: 'Hampshire',
  postcode: 'SO14 3HV',
  latitude: 50.8951,
  longitude: -1.4003,
};

/** 130 flats: more than one page of OS Places results. */
const harbourView: FakeProperty[] = Array.from({ length: 130 }, (_, i) => ({
  ...harbourViewBlock,
  uprn: `10009${String(i + 1).padStart(7, '0')}`,
  subBuilding: `FLAT ${i + 1}`,
}));

const castleStreet: FakeProperty[] = [
  {
    uprn: '100100000001',
    buildingNumber: '1',
    street: 'CASTLE STREET',
    town: 'SWANSEA',
    county: 'West Glamorgan',
    postcode: 'SA1 1DP',
    latitude: 51.6214,
    longitude: -3.9436,
    welsh: { street: 'STRYD Y CASTELL', town: 'ABERTAWE' },
  },
  {
    uprn: '100100000002',
    organisation: 'MARKS & SPENCER',
    buildingNumber: '2',
    street: 'CASTLE STREET',
    town: 'SWANSEA',
    county: 'West Glamorgan',
    postcode: 'SA1 1DP',
    latitude: 51.6215,
    longitude: -3.9437,
    welsh: { street: 'STRYD Y CASTELL', town: 'ABERTAWE' },
  },
  {
    uprn: '100100000003',
    subBuilding: 'FLAT 1',
    buildingName: "ST. JOHN'S COURT",
    street: 'CASTLE STREET',
    town: 'SWANSEA',
    county: 'West Glamorgan',
    postcode: 'SA1 1DP',
    latitude: 51.6216,
    longitude: -3.9438,
    welsh: { street: 'STRYD Y CASTELL', town: 'ABERTAWE' },
  },
  {
    uprn: '100100000004',
    buildingName: 'THE OLD COACH HOUSE, AT THE BOTTOM OF THE LONG AND WINDING HILL',
    buildingNumber: '3',
    street: 'CASTLE STREET',
    town: 'SWANSEA',
    county: 'West Glamorgan',
    postcode: 'SA1 1DP',
    latitude: 51.6217,
    longitude: -3.9439,
    welsh: { street: 'STRYD Y CASTELL', town: 'ABERTAWE' },
  },
];

/** Ideal Postcodes' documented test postcode. */
const powisRoad = {
  street: 'POWIS ROAD',
  town: 'LONDON',
  county: 'London',
  postcode: 'ID1 1QD',
  latitude: 51.5268,
  longitude: -0.0114,
};
const idealTest: FakeProperty[] = [
  { ...powisRoad, uprn: '10091959021', buildingName: 'KINGSLEY HALL' },
  { ...powisRoad, uprn: '10091959022', buildingName: 'KINGSLEY HALL ANNEXE', geocoded: false },
];

/** Gazetteer records no resident should be offered: the block itself, and a street name that was retired. */
const notAddresses: FakeProperty[] = [
  { ...harbourViewBlock, uprn: '100090000000', classification: 'PP' },
  {
    uprn: '200010019950',
    buildingNumber: '6',
    street: 'OLD ADANAC LANE',
    town: 'SOUTHAMPTON',
    county: 'Hampshire',
    postcode: 'SO16 0AS',
    latitude: 50.9386,
    longitude: -1.4711,
    lpiStatus: '8',
  },
];

export const fakeProperties: readonly FakeProperty[] = [
  ...adanacDrive,
  ...harbourView,
  ...castleStreet,
  ...idealTest,
  ...notAddresses,
];

/**
 * Postcodes the sandbox answers with a failure, so anyone can see each
 * failure state on the legacy page and in the docs.
 */
export const SCENARIO_POSTCODES = {
  /** The provider is down (503). */
  unavailable: 'ZZ99 9DN',
  /** The provider is rate-limiting the council (429 with Retry-After). */
  rateLimited: 'ZZ99 9RL',
  /** The provider fails with a server error (500). */
  serverError: 'ZZ99 9ER',
  /** The provider does not answer for 20 seconds. */
  slow: 'ZZ99 9SL',
} as const;

/** A full postcode where no property is: every source answers "no addresses". */
export const EMPTY_POSTCODE = 'SO16 9ZZ';

/** On the postal file (DPA, and the vendors' Royal Mail data), not only in the council gazetteer. */
export function isPostal(property: FakeProperty): boolean {
  return !property.gazetteerOnly && !property.lpiStatus && !property.classification;
}

export function propertiesAt(postcode: string): FakeProperty[] {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return fakeProperties.filter((property) => property.postcode.replace(/\s+/g, '') === compact);
}

/** How a fake answers a scenario postcode; undefined for ordinary postcodes. */
export function scenarioFor(postcode: string): keyof typeof SCENARIO_POSTCODES | undefined {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  const entry = Object.entries(SCENARIO_POSTCODES).find(([, value]) => value.replace(' ', '') === compact);
  return entry?.[0] as keyof typeof SCENARIO_POSTCODES | undefined;
}

export const delay = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
