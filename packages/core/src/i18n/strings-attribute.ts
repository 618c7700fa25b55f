import type { ComplexAttributeConverter } from 'lit';
import type { CatalogueOverrides } from './catalogue.js';

/**
 * Reads the `strings` attribute, where a page author overrides any string as
 * JSON: `strings='{"cy":{"findAddress":"Chwilio"}}'`. Bad JSON is reported in
 * the console and ignored, so a typo in a CMS never breaks the component.
 */
export const stringsAttribute: ComplexAttributeConverter<CatalogueOverrides<string> | undefined> = {
  fromAttribute(value: string | null): CatalogueOverrides<string> | undefined {
    if (value === null || value.trim() === '') return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return parsed;
      }
    } catch {
      // Reported below.
    }
    console.warn('[council-components] strings attribute ignored: not a JSON object');
    return undefined;
  },
};
