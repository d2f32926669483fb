/**
 * The key a name is looked up by: lower case, accents stripped, apostrophes, dots and hyphens
 * unified, "the" dropped, spaces squeezed. "Côte d’Ivoire" and "Cote d'Ivoire" share a key; so do
 * "U.S." and "US", "Nur-Sultan" and "Nur Sultan".
 */
export function nameKey(name: string): string {
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
