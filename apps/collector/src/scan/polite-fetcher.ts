import { ALLOW_ALL, DISALLOW_ALL, parseRobotsTxt, type RobotsRules } from './robots-txt.ts';

/** Who is asking, in every request's User-Agent: the project, and where a site's owner reads what the scanner does. */
export const SCANNER_USER_AGENT =
  'CouncilComponentsAdoptionScanner/1.0 (+https://github.com/council-components/council-components/blob/main/apps/collector/README.md#the-scanner)';
/** The product token robots.txt groups are matched against. */
export const SCANNER_PRODUCT_TOKEN = 'CouncilComponentsAdoptionScanner';

export interface PoliteFetcherOptions {
  /** The wait between two requests to one host, at least (default 1,000 ms); a longer `Crawl-delay` wins (to 30 s). */
  readonly minDelayMs?: number;
  /** Each request's limit (default 15,000 ms). */
  readonly timeoutMs?: number;
  /** The most of a page read (default 2 MB); the rest is not downloaded. */
  readonly maxBytes?: number;
  /** Redirects followed, each checked against its own host's robots.txt (default 3). */
  readonly maxRedirects?: number;
  /** For tests: the clock's wait. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** An answer, read in full (to the limit) before the host's next request starts. */
interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export type Fetched =
  { outcome: 'page'; url: string; status: number; html: string } | { outcome: 'skipped'; url: string; reason: string };

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A response's text, stopping at `maxBytes`. */
async function textUpTo(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  while (size < maxBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(Math.min(size, maxBytes));
  let at = 0;
  for (const part of parts) {
    const take = part.subarray(0, Math.min(part.byteLength, bytes.byteLength - at));
    bytes.set(take, at);
    at += take.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches pages the way a guest should: robots.txt read first for each origin (and obeyed), one request at a time per
 * host with a pause between them, a User-Agent that names the project, no cookies, nothing but http(s), pages read
 * to a limit. Hosts are independent: two hosts can be asked at the same time.
 */
export class PoliteFetcher {
  readonly #minDelayMs: number;
  readonly #timeoutMs: number;
  readonly #maxBytes: number;
  readonly #maxRedirects: number;
  readonly #sleep: (ms: number) => Promise<void>;
  /** Per host: the end of its last request, so the next waits its turn. */
  readonly #hostQueues = new Map<string, Promise<unknown>>();
  readonly #robots = new Map<string, Promise<RobotsRules>>();
  /** Requests made, by host (for the report, and the tests). */
  readonly requests: { url: string; at: number }[] = [];

  constructor(options: PoliteFetcherOptions = {}) {
    this.#minDelayMs = options.minDelayMs ?? 1000;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#maxBytes = options.maxBytes ?? 2_000_000;
    this.#maxRedirects = options.maxRedirects ?? 3;
    this.#sleep = options.sleep ?? sleepFor;
  }

  /** The page at `url`, or why it was not fetched. */
  async page(url: string): Promise<Fetched> {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return { outcome: 'skipped', url, reason: 'not a URL' };
    }
    for (let redirects = 0; ; redirects += 1) {
      if (current.protocol !== 'https:' && current.protocol !== 'http:')
        return { outcome: 'skipped', url: current.href, reason: 'not http(s)' };
      const rules = await this.#rulesFor(current.origin);
      if (!rules.allows(`${current.pathname}${current.search}`))
        return { outcome: 'skipped', url: current.href, reason: 'robots.txt disallows it' };
      const answer = await this.#request(current, rules.crawlDelay, this.#maxBytes);
      if (!answer) return { outcome: 'skipped', url: current.href, reason: 'no answer' };
      const location = answer.headers.get('location');
      if (answer.status >= 300 && answer.status < 400 && location) {
        if (redirects >= this.#maxRedirects)
          return { outcome: 'skipped', url: current.href, reason: 'too many redirects' };
        current = new URL(location, current);
        continue;
      }
      const type = answer.headers.get('content-type') ?? '';
      if (answer.status < 200 || answer.status > 299 || !/^text\/html|^application\/xhtml\+xml/i.test(type))
        return { outcome: 'skipped', url: current.href, reason: `answered ${String(answer.status)} ${type}`.trim() };
      return { outcome: 'page', url: current.href, status: answer.status, html: answer.text };
    }
  }

  /** A small text file from an origin already being scanned (a release's `package.json`), as politely as a page. */
  async file(url: string): Promise<string | undefined> {
    const target = new URL(url);
    const rules = await this.#rulesFor(target.origin);
    if (!rules.allows(`${target.pathname}${target.search}`)) return undefined;
    const answer = await this.#request(target, rules.crawlDelay, 200_000);
    return answer && answer.status >= 200 && answer.status <= 299 ? answer.text : undefined;
  }

  #rulesFor(origin: string): Promise<RobotsRules> {
    let rules = this.#robots.get(origin);
    if (!rules) {
      rules = this.#request(new URL('/robots.txt', origin), undefined, 500_000).then((answer) => {
        // RFC 9309 §2.3.1: unreachable or a server error, assume everything is disallowed; a 4xx, nothing is.
        if (!answer || answer.status >= 500) return DISALLOW_ALL;
        if (answer.status >= 400) return ALLOW_ALL;
        if (answer.status >= 300) return DISALLOW_ALL;
        return parseRobotsTxt(answer.text, SCANNER_PRODUCT_TOKEN);
      });
      this.#robots.set(origin, rules);
    }
    return rules;
  }

  /** One request, in its host's turn after the pause, read to `maxBytes`; undefined when there was no answer. */
  #request(url: URL, crawlDelaySeconds: number | undefined, maxBytes: number): Promise<Answer | undefined> {
    const host = url.host;
    const wait = Math.max(this.#minDelayMs, Math.min(crawlDelaySeconds ?? 0, 30) * 1000);
    const previous = this.#hostQueues.get(host);
    const turn = (previous ? previous.then(() => this.#sleep(wait)) : Promise.resolve()).then(async () => {
      this.requests.push({ url: url.href, at: Date.now() });
      try {
        const response = await fetch(url, {
          headers: { 'user-agent': SCANNER_USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' },
          redirect: 'manual',
          credentials: 'omit',
          signal: AbortSignal.timeout(this.#timeoutMs),
        });
        const redirected = response.status >= 300 && response.status < 400;
        const text = redirected ? '' : await textUpTo(response, maxBytes);
        if (redirected) await response.body?.cancel();
        return { status: response.status, headers: response.headers, text };
      } catch {
        return undefined;
      }
    });
    // The host's next request starts once this one's answer has been read, whatever it was.
    this.#hostQueues.set(host, turn);
    return turn;
  }
}
