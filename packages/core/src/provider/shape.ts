/**
 * Small runtime checks for JSON from a provider. A check returns the value,
 * typed, or throws a ShapeError naming the first path that does not fit.
 * Nothing from a provider is trusted until it has passed one.
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

export function oneOf<const T extends readonly (string | number)[]>(...allowed: T): Check<T[number]> {
  return (value, path) => {
    if (!allowed.includes(value as T[number])) throw new ShapeError(describe(path), `one of ${allowed.join(', ')}`);
    return value as T[number];
  };
}

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
