import type { CoreStringKey } from './core-strings.js';
import type { ProviderFailureStringKey } from './provider-failure-strings.js';

/**
 * Where the words of a Welsh string come from: a government service that
 * publishes the same Welsh for the same English, so that a council's
 * translator can review every string in one place (the docs site's Welsh
 * strings page). Never shipped in a bundle: nothing a component renders
 * imports it.
 */
export interface WelshSource {
  /** The service, as residents know it: "GOV.UK Pay", "HMCTS divorce service". */
  service: string;
  /** Where its words are published: repository at a commit, file, and message key where there is one. */
  where: string;
  /** Its Welsh, as published. */
  words: string;
  /** `same`: ours are those words (apostrophes aside). `close`: ours differ, as `note` says. */
  match: 'same' | 'close';
  /** How ours differ, or what other services write. */
  note?: string;
}

/** A string no published service was found to word the same way: ours, for a translator to review. */
export interface NoWelshSource {
  service: null;
  /** The nearest wording found, if any. */
  note: string;
}

export type WelshSources<Key extends string> = Readonly<Record<Key, WelshSource | NoWelshSource>>;

/** Ours when no service was found: said once, so the docs show one wording for it. */
export const FOR_REVIEW = 'No service found with these words: ours, for review.';

/** The sources of core's own strings ("Error:", "Try again"). Compared in December 2026. */
export const coreWelshSources: WelshSources<CoreStringKey> = {
  errorPrefix: {
    service: 'GOV.UK Pay',
    where: 'alphagov/pay-frontend@0f14c7ee locales/cy.json (fieldErrors.visuallyHiddenError)',
    words: 'Gwall:',
    match: 'same',
    note: 'HMRC’s address lookup and GOV.UK Forms write the same.',
  },
  tryAgain: {
    service: 'HMRC refunds (P800)',
    where: 'hmrc/p800-refunds-frontend@e6194ecd app/language/Messages.scala',
    words: 'Rhowch gynnig arall arni',
    match: 'same',
    note: 'GOV.UK Forms and GOV.UK Pay use it inside longer messages.',
  },
};

/** The sources of core's messages for a failing service. Compared in December 2026. */
export const providerFailureWelshSources: WelshSources<ProviderFailureStringKey> = {
  timeout: { service: null, note: FOR_REVIEW },
  network: {
    service: null,
    note: `${FOR_REVIEW} HMRC’s address lookup uses the same “Nid oeddem yn gallu …” for “We could not …”.`,
  },
  unavailable: {
    service: 'HMRC payment plan service',
    where: 'hmrc/essttp-frontend@9ebeb65a app/messages/Messages.scala',
    words: 'Mae’n ddrwg gennym – nid yw’r gwasanaeth ar gael',
    match: 'close',
    note:
      'HMRC puts a dash where we put a comma. The second sentence is GOV.UK Forms’ ' +
      '(alphagov/forms-runner config/locales/cy.yml, errors.internal_server_error.body).',
  },
  rateLimited: {
    service: 'HMCTS adoption service',
    where: 'hmcts/adoption-web@12ed73e3 src/main/steps/error/content.ts',
    words: 'Cafwyd gormod o geisiadau gan y cyfeiriad IP hwn, rhowch gynnig arall arni yn hwyrach ymlaen.',
    match: 'close',
    note: 'Another verb, and it names the IP address. “yn nes ymlaen” is GOV.UK Forms’ and HMRC’s.',
  },
  rateLimitedWait: { service: null, note: FOR_REVIEW },
  problem: {
    service: 'HMRC address lookup',
    where:
      'hmrc/address-lookup-frontend@682dd363 conf/messages.cy (constants.intServerErrorTitle, intServerErrorTryAgain)',
    words: 'Mae’n ddrwg gennym – mae problem gyda’r gwasanaeth',
    match: 'close',
    note: 'HMRC puts a dash where we put a comma; its second message is our second sentence.',
  },
};
