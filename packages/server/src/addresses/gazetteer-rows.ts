import { isFullPostcode } from '@council-components/addresses/postcode.js';

/**
 * The checks on a gazetteer file's rows, and the counts a council is told.
 *
 * A file that is not a readable CSV in UTF-8 (UTF-16, invalid UTF-8, a NUL
 * byte, a quote left open, a row longer than any address) cannot be trusted
 * at all: loading fails, naming the line and the problem. A row that is
 * readable but not usable (no UPRN, no postcode, control characters, the same
 * UPRN twice at a postcode) is left out, and the load warns with counts.
 */
export class GazetteerFormatError extends Error {
  override name = 'GazetteerFormatError';
}

/** Why a readable row was left out. */
export type SkippedRow =
  'missing-value' | 'invalid-uprn' | 'invalid-postcode' | 'control-characters' | 'duplicate-uprn';

export const SKIPPED_ROW_REASONS: Readonly<Record<SkippedRow, string>> = {
  'missing-value': 'have no UPRN, street, town or postcode',
  'invalid-uprn': 'have a UPRN that is not 1 to 12 digits',
  'invalid-postcode': 'have a postcode that is not a full UK postcode',
  'control-characters': 'hold control characters (a broken export)',
  'duplicate-uprn':
    'repeat a UPRN already given at their postcode, in the same language and status (the first is used)',
};

/** What loading found: counts of what was kept and of each kind of row left out, with the first lines of each. */
export interface GazetteerLoadReport {
  addresses: number;
  postcodes: number;
  skipped: Partial<Record<SkippedRow, { rows: number; firstLines: number[] }>>;
}

/** The report as one warning a council can act on, or undefined when nothing was left out. */
export function describeSkipped(report: GazetteerLoadReport): string | undefined {
  const parts = Object.entries(report.skipped).map(([reason, found]) => {
    const lines = found.firstLines.join(', ') + (found.rows > found.firstLines.length ? ', …' : '');
    return `${found.rows} row(s) ${SKIPPED_ROW_REASONS[reason as SkippedRow]} (line ${lines})`;
  });
  return parts.length === 0 ? undefined : `The gazetteer file loaded with rows left out: ${parts.join('; ')}.`;
}

// C0 controls other than tab, line feed and carriage return (which may sit in a quoted field), DEL and C1.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Why a whole file cannot be read, if a row shows it: a NUL (UTF-16 or binary data) or invalid UTF-8. */
export function unreadableRowProblem(fields: readonly string[]): string | undefined {
  for (const field of fields) {
    if (field.includes('\u0000')) return 'has a NUL character: is the file UTF-16 or not a CSV? Save it as CSV UTF-8';
    if (field.includes('\uFFFD')) return 'is not valid UTF-8: save the file as CSV UTF-8';
  }
  return undefined;
}

export interface RowValues {
  uprn: string;
  /** Normalised (`normalisePostcode`). */
  postcode: string;
  street: string;
  town: string;
  language: string;
  status: string;
}

/** Why a readable row cannot be used, or undefined when it can. */
export function rowProblem(fields: readonly string[], values: RowValues): SkippedRow | undefined {
  if (fields.some((field) => CONTROL.test(field))) return 'control-characters';
  if (!values.uprn || !values.postcode || !values.street || !values.town) return 'missing-value';
  if (!/^\d{1,12}$/.test(values.uprn)) return 'invalid-uprn';
  if (!isFullPostcode(values.postcode)) return 'invalid-postcode';
  return undefined;
}

/**
 * A number that is the same for two rows exactly when they give the same UPRN
 * in the same language and logical status: what makes a row a duplicate. The
 * UPRN has at most 12 digits, so the product stays below 2^53.
 */
export function duplicateKeyOf(values: RowValues): number {
  const status = /^\d$/.test(values.status) ? Number(values.status) : 9;
  return (Number(values.uprn) * 2 + (values.language.toUpperCase() === 'CY' ? 1 : 0)) * 10 + status;
}
