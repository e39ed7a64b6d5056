/**
 * A note's first sentence, for a short line (the list view's latest event).
 * A full stop ends a sentence when a capital (or an opening quote or Spanish
 * ¿ ¡) follows it, except after an initial ("U.S.", "J. B.") or a title
 * ("Gov.", "Sen.", "Dr."); the text as a whole if it has one sentence.
 */
const ABBREVIATIONS = new Set([
  'gov',
  'sen',
  'rep',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'jr',
  'gen',
  'no',
  'v',
  'vs',
  'lt',
  'col',
  'sgt',
  'sr',
  'sra',
  'dra',
]);

export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+["“¿¡(]?[\p{Lu}\d])/gu;
  for (const match of text.matchAll(end)) {
    const before = text.slice(0, match.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    // "U.S." and "J." are initials; "Gov." is a title: neither ends a
    // sentence. "ICE." does.
    const initials = /^(\p{Lu}\.)*\p{Lu}$/u.test(word);
    if (match[0] === '.' && (initials || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    return text.slice(0, match.index + 1);
  }
  return text;
}
