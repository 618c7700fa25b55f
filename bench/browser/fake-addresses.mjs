// The addresses both widgets are given: N made-up premises on one postcode, in Ideal Postcodes' answer shape, the
// upstream of our back end and the API postcode-lookup calls. Both widgets therefore list the same N addresses.

/** The postcode searched for each size of answer: valid UK postcodes, one per N. */
export const POSTCODE_OF_SIZE = /** @type {const} */ ({ 10: 'SO15 1AA', 137: 'SO15 1AB', 1000: 'SO15 1AD' });

/** @typedef {keyof typeof POSTCODE_OF_SIZE} AnswerSize */

const STREETS = ['Harbour Road', 'Quay Street', 'Castle Way', 'Bevois Valley Road', 'St Mary Street'];

/**
 * One premise, the i-th of a postcode: numbered houses, then flats in blocks, as large postcodes are.
 * @param {string} postcode
 * @param {number} i
 */
function idealPostcodesRecord(postcode, i) {
  const street = STREETS[i % STREETS.length];
  const number = String(Math.floor(i / STREETS.length) + 1);
  const flat = i >= 50 ? `Flat ${(i % 50) + 1}` : '';
  const building = i >= 50 ? `${street.split(' ')[0]} Court` : '';
  const premises = [flat, building].filter(Boolean).join(', ');
  const streetLine = `${number} ${street}`;
  return {
    postcode,
    post_town: 'SOUTHAMPTON',
    line_1: premises || streetLine,
    line_2: premises ? streetLine : '',
    line_3: '',
    premise: premises || number,
    organisation_name: '',
    building_name: building,
    building_number: number,
    sub_building_name: flat,
    thoroughfare: street,
    dependant_locality: '',
    udprn: 50_000_000 + i,
    uprn: String(100_060_000_000 + i),
    latitude: 50.91 + i / 1e5,
    longitude: -1.41 - i / 1e5,
    county: 'Hampshire',
    district: 'Southampton',
  };
}

/**
 * The body of `GET /v1/postcodes/{postcode}` for each postcode of POSTCODE_OF_SIZE, serialised once.
 * @returns {Map<string, string>} postcode (upper case, one space) → JSON body
 */
export function idealPostcodesAnswers() {
  const answers = new Map();
  for (const [size, postcode] of Object.entries(POSTCODE_OF_SIZE)) {
    const result = Array.from({ length: Number(size) }, (_, i) => idealPostcodesRecord(postcode, i));
    answers.set(postcode, JSON.stringify({ result, code: 2000, message: 'Success' }));
  }
  return answers;
}
