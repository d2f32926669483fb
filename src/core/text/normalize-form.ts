/**
 * A normalised spelling of a token for model features and lexicon look-ups: typographic quotes and
 * apostrophes become ASCII, so `’s`, `'s` and the typo `"s` are one feature, as are `“`, `”` and `"`.
 * Offsets and the Doc's surface forms are never changed; only what a model or lexicon sees.
 */
export function normalizeForm(form: string): string {
  if (form === '"s' || form === '"S') return "'" + form[1];
  if (!/[\u2018\u2019\u201b\u2032`\u201c\u201d\u201e\u2033\u00ab\u00bb\u2010\u2011]/.test(form)) return form;
  let out = '';
  let changed = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    let r = -1;
    if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032 || c === 0x60) r = 0x27; // ‘ ’ ‛ ′ ` → '
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033 || c === 0xab || c === 0xbb) r = 0x22; // “ ” „ ″ « » → "
    else if (c === 0x2010 || c === 0x2011) r = 0x2d; // Unicode hyphens → -
    if (r >= 0) {
      out += String.fromCharCode(r);
      changed = true;
    } else {
      out += form[i];
    }
  }
  return changed ? out : form;
}
