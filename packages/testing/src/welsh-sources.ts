/** A catalogue's message: text, or its plural forms (core's `Message`). */
type Message = string | Readonly<Partial<Record<string, string>>>;
/** An entry of core's `WelshSources`, as far as this check reads it. */
type SourceLike = { service: null } | { service: string; words: string; match: 'same' | 'close' };

const texts = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((text) => text !== undefined);
const plain = (text: string): string => text.replace(/['‘]/g, '’');

/**
 * What is wrong with a component's record of where its Welsh comes from: a string with no entry, an entry for no
 * string, or a source said to be the `same` whose words are not in our Welsh (apostrophes aside) — the Welsh
 * changed and the record did not.
 */
export function welshSourceProblems(
  welsh: Readonly<Record<string, Message>>,
  sources: Readonly<Record<string, SourceLike>>,
): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(welsh)) if (!(key in sources)) problems.push(`${key}: no source recorded`);
  for (const [key, source] of Object.entries(sources)) {
    const message = welsh[key];
    if (message === undefined) {
      problems.push(`${key}: a source for no string`);
      continue;
    }
    if (source.service !== null && source.match === 'same') {
      const ours = texts(message).map(plain);
      if (!ours.some((text) => text.includes(plain(source.words)))) {
        problems.push(`${key}: “${source.words}” (${source.service}) is not in “${ours.join(' / ')}”`);
      }
    }
  }
  return problems;
}
