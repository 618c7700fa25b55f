import { collectionDays, type PropertyCollections } from '@council-components/collections/collections.js';
import { addDays, type LocalDate } from '@council-components/collections/local-date.js';
import { errorCodeOf } from '@council-components/http/error-codes.js';
import { failureOfStatus, upstreamRequest, UpstreamError, type UpstreamOptions } from '../http/upstream-request.js';
import { roundCollections, type Round, type ScheduleChanges } from './round-schedule.js';
import { collectionsFromUkbcd, UKBCD, type ServiceMapping } from './ukbcd.js';
import { fitCollections } from './collections-contract.js';

/** Why a source has no collections for a UPRN: a street or land parcel, or another council's property. */
export type NotCollected = 'not-a-property' | 'outside-area';

/**
 * Where a council's collections come from. `find` gives a property's collections from `today` (in London) on,
 * says why there are none, or throws an `UpstreamError` when the source fails.
 */
export interface CollectionsSource {
  name: string;
  find(uprn: string, options: { today: LocalDate; signal: AbortSignal }): Promise<PropertyCollections | NotCollected>;
}

/**
 * A council's own endpoint that already answers in the normalised shape (`openapi/collections.openapi.json`):
 * `url` gives its address for a UPRN. A 404 is a UPRN it does not collect from: `not-a-property` when its body says
 * so (the contract's `ErrorBody` code), else outside the council's area. Its days are regrouped by date, in date
 * order, from today on.
 */
export function councilEndpointSource(url: (uprn: string) => URL, options: UpstreamOptions = {}): CollectionsSource {
  const name = 'council collections endpoint';
  return {
    name,
    async find(uprn, { today, signal }) {
      const answer = await upstreamRequest(name, url(uprn), { signal }, options);
      if (answer.status === 404) {
        return errorCodeOf(answer.body) === 'not-a-property' ? 'not-a-property' : 'outside-area';
      }
      if (answer.status !== 200) throw failureOfStatus(name, answer);
      const fitted = fitCollections(answer.body, uprn);
      if (!fitted) throw new UpstreamError(name, 'bad-answer', 'answered with a body that is not the contract’s');
      // Regrouped as the contract promises, whatever order and repeats the system gave: by date, from today on.
      const collections = fitted.days.flatMap(({ date, originalDate, services }) =>
        services.map((service) => ({ date, originalDate, service })),
      );
      return { ...fitted, days: collectionDays(collections, today) };
    },
  };
}

/** The community UKBinCollectionData project's output, served for a UPRN at `url(uprn)`, mapped to services. */
export function ukbcdSource(
  url: (uprn: string) => URL,
  mapping: ServiceMapping,
  options: UpstreamOptions = {},
): CollectionsSource {
  return {
    name: UKBCD,
    async find(uprn, { today, signal }) {
      const answer = await upstreamRequest(UKBCD, url(uprn), { signal }, options);
      if (answer.status !== 200) throw failureOfStatus(UKBCD, answer);
      return collectionsFromUkbcd(uprn, answer.body, mapping, today);
    },
  };
}

export interface RoundsSourceOptions {
  rounds: readonly Round[];
  /** Each property's rounds, by UPRN. A UPRN not here is not the council's. */
  properties: ReadonlyMap<string, readonly string[]>;
  /** The council's UPRNs that are not properties (streets, land, a block's parent shell): `not-a-property`. */
  notProperties?: ReadonlySet<string>;
  changes: ScheduleChanges;
  /** How far ahead to give dates. Default 8 weeks. */
  weeksAhead?: number;
}

/** A schedule of rounds (a spreadsheet), for councils that have nothing else. Every property's rounds must exist. */
export function roundsSource(options: RoundsSourceOptions): CollectionsSource {
  const byId = new Map(options.rounds.map((round) => [round.id, round]));
  for (const [uprn, ids] of options.properties) {
    const unknown = ids.find((id) => !byId.has(id));
    if (unknown !== undefined) throw new Error(`property ${uprn}: no round ${unknown} in the rounds file`);
  }
  return {
    name: 'rounds schedule',
    find(uprn, { today }) {
      if (options.notProperties?.has(uprn)) return Promise.resolve('not-a-property');
      const ids = options.properties.get(uprn);
      if (!ids) return Promise.resolve('outside-area');
      const to = addDays(today, 7 * (options.weeksAhead ?? 8));
      const collections = ids.flatMap((id) => {
        const round = byId.get(id);
        return round ? roundCollections(round, today, to, options.changes) : [];
      });
      return Promise.resolve({ uprn, status: 'ok', missingServices: [], days: collectionDays(collections, today) });
    },
  };
}
