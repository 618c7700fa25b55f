import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** A council as the read API names it. */
export interface Council {
  readonly name: string;
  /** Its ONS GSS code (`W06000015`). */
  readonly gss: string;
}

/** Which council, if any, an origin belongs to. */
export interface CouncilDirectory {
  councilOf(origin: string): Council | undefined;
  readonly size: number;
}

/** The repo's list (`data/council-web-domains.csv`); its source and date are beside it. */
export const COUNCIL_WEB_DOMAINS_FILE = new URL('../data/council-web-domains.csv', import.meta.url);

const GSS_CODE = /^[ENSW]\d{8}$/;
/** A registrable domain as the file writes it: lower case, at least two labels, no scheme, no `www.`. */
const DOMAIN = /^(?!www\.)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function loadCouncilDirectory(file: URL | string = COUNCIL_WEB_DOMAINS_FILE): CouncilDirectory {
  const shown = typeof file === 'string' ? file : (file.pathname.split('/').at(-1) ?? 'the councils file');
  return parseCouncilDomains(readFileSync(file, 'utf8'), shown);
}

/**
 * Reads `council,gss_code,domain` rows. A council may have several domains, a domain one council. A row that does
 * not fit stops the start with an error naming its line, so that a bad edit to the file is never half applied.
 */
export function parseCouncilDomains(text: string, shown: string): CouncilDirectory {
  // With `info`, each record comes with where it was read: its last line is the one to name in an error.
  let rows: { record: Record<string, string | undefined>; info: { lines: number } }[];
  try {
    rows = parse<(typeof rows)[number]>(text, { columns: true, skip_empty_lines: true, trim: true, info: true });
  } catch (error) {
    throw new Error(`${shown}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const byDomain = new Map<string, Council>();
  const gssNames = new Map<string, string>();
  for (const { record, info } of rows) {
    const where = `${shown}, line ${String(info.lines)}`;
    const name = record['council'] ?? '';
    const gss = record['gss_code'] ?? '';
    const domain = record['domain'] ?? '';
    if (name === '') throw new Error(`${where}: the council has no name`);
    if (!GSS_CODE.test(gss)) throw new Error(`${where}: "${gss}" is not a GSS code (a letter and eight digits)`);
    if (!DOMAIN.test(domain)) throw new Error(`${where}: "${domain}" is not a domain (lower case, without www.)`);
    if (byDomain.has(domain)) throw new Error(`${where}: the domain ${domain} is listed twice`);
    const named = gssNames.get(gss);
    if (named !== undefined && named !== name) throw new Error(`${where}: ${gss} is already ${named}`);
    gssNames.set(gss, name);
    byDomain.set(domain, { name, gss });
  }
  return {
    size: byDomain.size,
    councilOf(origin) {
      let host: string;
      try {
        host = new URL(origin).hostname;
      } catch {
        return undefined;
      }
      // The host itself, then each parent domain: forms.cardiff.gov.uk, cardiff.gov.uk, gov.uk, uk.
      for (let candidate = host; ; candidate = candidate.slice(candidate.indexOf('.') + 1)) {
        const council = byDomain.get(candidate);
        if (council) return council;
        if (!candidate.includes('.')) return undefined;
      }
    },
  };
}
