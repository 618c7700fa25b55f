/**
 * Small runtime checks for JSON from across a network: the council's back end
 * (checked in the browser) and upstream services (checked on the server). A
 * check returns the value, typed, or throws a ShapeError naming the first
 * path that does not fit. Nothing received is trusted until it has passed one.
 */
export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`Expected ${expected} at ${path}`);
    this.name = 'ShapeError';
  }
}

export type Check<T> = (value: unknown, path?: string) => T;
export type Infer<C> = C extends Check<infer T> ? T : never;

const describe = (path: string | undefined): string => path ?? '$';

export const isString: Check<string> = (value, path) => {
  if (typeof value !== 'string') throw new ShapeError(describe(path), 'a string');
  return value;
};

export const isNumber: Check<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(describe(path), 'a number');
  return value;
};

export const isBoolean: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new ShapeError(describe(path), 'true or false');
  return value;
};

export function oneOf<const T extends readonly (string | number | boolean)[]>(...allowed: T): Check<T[number]> {
  return (value, path) => {
    if (!allowed.includes(value as T[number])) throw new ShapeError(describe(path), `one of ${allowed.join(', ')}`);
    return value as T[number];
  };
}

/** A string matching `pattern` (`/^\d{1,12}$/` for a UPRN). */
export function matching(pattern: RegExp, expected: string): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string' || !pattern.test(value)) throw new ShapeError(describe(path), expected);
    return value;
  };
}

/** A number from `min` to `max` (a latitude, an amount in pence). */
export function inRange(min: number, max: number): Check<number> {
  return (value, path) => {
    const number = isNumber(value, path);
    if (number < min || number > max) throw new ShapeError(describe(path), `a number from ${min} to ${max}`);
    return number;
  };
}

/** Undefined for a missing or null value; otherwise the checked value. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path) => (value === undefined || value === null ? undefined : check(value, path));
}

/** Null for a missing or null value; otherwise the checked value. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path) => (value === undefined || value === null ? null : check(value, path));
}

export function arrayOf<T>(item: Check<T>): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(describe(path), 'an array');
    return value.map((entry, index) => item(entry, `${describe(path)}[${index}]`));
  };
}

/** Checks the named fields; other fields are dropped, so unexpected data never travels further. */
export function objectOf<Fields extends Record<string, Check<unknown>>>(
  fields: Fields,
): Check<{ [K in keyof Fields]: Infer<Fields[K]> }> {
  return (value, path) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ShapeError(describe(path), 'an object');
    }
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(fields)) {
      const checked = check(source[key], `${describe(path)}.${key}`);
      if (checked !== undefined) result[key] = checked;
    }
    return result as { [K in keyof Fields]: Infer<Fields[K]> };
  };
}

/** The items of an array that pass `item`, and the problems of those that did not. */
export interface CheckedItems<T> {
  items: T[];
  rejected: ShapeError[];
}

/**
 * An array whose items are checked one by one: items that fail are left out
 * and reported, not fatal. For records from an upstream service, where one bad
 * record must not lose every good one.
 */
export function eachOf<T>(item: Check<T>): Check<CheckedItems<T>> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(describe(path), 'an array');
    const checked: CheckedItems<T> = { items: [], rejected: [] };
    value.forEach((entry, index) => {
      try {
        checked.items.push(item(entry, `${describe(path)}[${index}]`));
      } catch (error) {
        if (!(error instanceof ShapeError)) throw error;
        checked.rejected.push(error);
      }
    });
    return checked;
  };
}
