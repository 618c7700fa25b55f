/**
 * Where a resident is in <council-bin-collections>, as one typed state, and how a back end's answer changes it, as
 * pure functions: no DOM, no requests. The address search's two steps are the kit's (`core/search`).
 */
import type { PropertyCollections } from '@council-components/collections/collections.js';
import type { ProviderError } from '@council-components/core/provider/provider-error.js';
import type { SearchState } from '@council-components/core/search/address-search.state.js';
import type { BinCollectionsMessageKey } from './bin-collections.strings.js';

/** The property whose collections are shown: chosen by the resident (who may change it), or set by the page. */
export interface Property {
  /** Null for an address no council here collects from, or one a vendor gave without its UPRN. */
  uprn: string | null;
  /** Its address, as the resident chose it or the page named it; null when the page gave only its UPRN. */
  address: string | null;
  chosen: boolean;
}

/** Why there are no collections at a property: not one we collect from, or another council's. */
export type NotCollected = 'outside-area' | 'not-a-property';

export type BinCollectionsState =
  /** Finding the property: the postcode, then the list. */
  | SearchState<BinCollectionsMessageKey>
  /** Asking the back end. */
  | { step: 'loading'; property: Property }
  /** The collections known (`ok` or `partial`), none known when `days` is empty. */
  | { step: 'collections'; property: Property; collections: PropertyCollections }
  | { step: 'not-collected'; property: Property; reason: NotCollected }
  /** The council's data could not be had (down, blocking us, or answering with nothing): try again later. */
  | { step: 'unavailable'; property: Property };

export type BinCollectionsStep = BinCollectionsState['step'];

/** Where a back end's answer for `property` leads: its collections, why there are none, or "not available". */
export function afterCollections(property: Property, answer: PropertyCollections | ProviderError): BinCollectionsState {
  if ('kind' in answer) {
    const { code } = answer;
    if (code === 'outside-area') return { step: 'not-collected', property, reason: 'outside-area' };
    // A UPRN the back end refuses (a page's typo) is no property of ours either.
    if (code === 'not-a-property' || code === 'uprn-invalid')
      return { step: 'not-collected', property, reason: 'not-a-property' };
    return { step: 'unavailable', property };
  }
  if (answer.status === 'unavailable') return { step: 'unavailable', property };
  return { step: 'collections', property, collections: answer };
}
