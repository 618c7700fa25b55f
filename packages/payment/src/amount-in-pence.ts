/** The most a payment link takes: £100,000, as GOV.UK Pay's API. */
export const MAX_PENCE = 10_000_000;

export type AmountProblem = 'empty' | 'invalid' | 'too-small' | 'too-large';

/**
 * An amount as a resident types it ("12.50", "£1,234.5", "70") in pence, exactly (no floating point), or what is
 * wrong with it.
 */
export function amountInPence(typed: string): { pence: number } | { problem: AmountProblem } {
  const tidy = typed
    .trim()
    .replace(/^£/, '')
    .replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (tidy === '') return { problem: 'empty' };
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(tidy);
  if (!match) return { problem: 'invalid' };
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (pence < 1) return { problem: 'too-small' };
  if (pence > MAX_PENCE) return { problem: 'too-large' };
  return { pence };
}

/** Pence as residents read money: "£70.00", "£1,234.50". Written out, the same in English and Welsh. */
export function inPounds(pence: number): string {
  const pounds = String(Math.floor(pence / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `£${pounds}.${String(pence % 100).padStart(2, '0')}`;
}

/**
 * A GOV.UK Pay payment link (`https://www.gov.uk/payments/{service}/{link}`), or undefined for anything else: the
 * component sends residents nowhere but GOV.UK Pay.
 */
export function paymentLinkOf(value: string | undefined): URL | undefined {
  if (!value || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  const ok =
    url.protocol === 'https:' &&
    url.host === 'www.gov.uk' &&
    /^\/payments\/[a-z0-9-]+\/[a-z0-9-]+\/?$/i.test(url.pathname) &&
    url.username === '' &&
    url.password === '';
  return ok ? url : undefined;
}
