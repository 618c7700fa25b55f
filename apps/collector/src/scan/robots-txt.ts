/**
 * robots.txt as RFC 9309 reads it: the group for our product token (or `*`), then the longest matching rule, with
 * `Allow` winning a tie. `*` matches any run of characters and a final `$` anchors the end. A file that cannot be
 * read is handled by the caller (RFC 9309 §2.3.1: a 4xx allows everything; a 5xx or no answer disallows all).
 */
export interface RobotsRules {
  /** Whether a path (with its query) may be fetched. */
  allows(pathAndQuery: string): boolean;
  /** Seconds to wait between requests, when the group asks (`Crawl-delay`, not in the RFC but widely written). */
  readonly crawlDelay: number | undefined;
}

interface Group {
  agents: string[];
  rules: { allow: boolean; pattern: string }[];
  crawlDelay: number | undefined;
}

function groupsOf(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      // Consecutive user-agent lines share one group.
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [], crawlDelay: undefined }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'allow' || field === 'disallow') {
      // An empty Disallow allows everything: no rule.
      if (value) current.rules.push({ allow: field === 'allow', pattern: value });
    } else if (field === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }
  return groups;
}

/** The path pattern as a regular expression: `*` any run, a final `$` the end, everything else literal. */
function patternMatcher(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Percent-encoding told apart from the characters it encodes only where it must be (RFC 9309 §2.2.2). */
function normalised(path: string): string {
  try {
    return encodeURI(decodeURI(path));
  } catch {
    return path;
  }
}

export function parseRobotsTxt(text: string, productToken: string): RobotsRules {
  const token = productToken.toLowerCase();
  const groups = groupsOf(text);
  const ours = groups.filter((group) => group.agents.some((agent) => agent !== '*' && token.startsWith(agent)));
  const chosen = ours.length ? ours : groups.filter((group) => group.agents.includes('*'));
  const rules = chosen
    .flatMap((group) => group.rules)
    .map((rule) => ({ ...rule, matcher: patternMatcher(normalised(rule.pattern)) }));
  const delays = chosen.flatMap((group) => (group.crawlDelay === undefined ? [] : [group.crawlDelay]));
  return {
    crawlDelay: delays.length ? Math.max(...delays) : undefined,
    allows(pathAndQuery) {
      const path = normalised(pathAndQuery || '/');
      let best: { allow: boolean; length: number } | undefined;
      for (const rule of rules) {
        if (!rule.matcher.test(path)) continue;
        const length = rule.pattern.length;
        if (!best || length > best.length || (length === best.length && rule.allow))
          best = { allow: rule.allow, length };
      }
      return best?.allow ?? true;
    },
  };
}

/** Everything allowed (a robots.txt answered 4xx). */
export const ALLOW_ALL: RobotsRules = { allows: () => true, crawlDelay: undefined };
/** Nothing allowed (robots.txt answered 5xx, or did not answer). */
export const DISALLOW_ALL: RobotsRules = { allows: () => false, crawlDelay: undefined };
