/** A single word of ASCII letters and digits. */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/**
 * The key a name is looked up by: lower case, accents stripped, apostrophes, dots and hyphens
 * unified, "the" dropped, spaces squeezed. "Côte d’Ivoire" and "Cote d'Ivoire" share a key; so do
 * "U.S." and "US", "Nur-Sultan" and "Nur Sultan".
 */
export function nameKey(name: string): string {
  // A single word of ASCII letters and digits, most names asked about, needs lower case only: every
  // other step below leaves it as it is.
  if (PLAIN_WORD.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/\.(?=\S)/g, '')
    .replace(/[.,]/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
