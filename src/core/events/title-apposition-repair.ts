/**
 * Repair of a name in apposition to a title hung on the title's "of" phrase: "The elected president
 * of Niger, Mohamed Bazoum, who has been detained …" with "Bazoum" an `appos` of "Niger". Between
 * commas after "NOUN of NAME", a second name is the noun's apposition (UD attaches an apposition to
 * the head of the phrase it renames: a president is Bazoum, Niger is not); hung on the country it
 * makes the country the person, and leaves the title, and what hangs on it ("who has been detained"),
 * without the name that says who it is.
 */

/**
 * Rewrites `head` in place so that a comma-set proper-noun apposition of a name that is the `of`
 * phrase of a common noun ("the capital of France, Paris,", "the leader of the group, John Smith,")
 * is the common noun's apposition. A parenthesised apposition (an abbreviation: "the Community of
 * West African States (ECOWAS)") is left on the name. Returns true when anything changed.
 */
export function repairTitleAppositions(head: Int32Array, rel: readonly string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let a = 2; a < n; a++) {
    if (rel[a] !== 'appos' || upos[a] !== 'PROPN') continue;
    const name = head[a];
    if (name < 0 || name >= a || upos[name] !== 'PROPN' || rel[name] !== 'nmod') continue;
    const title = head[name];
    if (title < 0 || title >= name || upos[title] !== 'NOUN') continue;
    if (!hasChild(head, rel, lower, name, 'case', 'of')) continue;
    // The apposition opens with a comma right after the "of" phrase ("Mohamed" hangs on "Bazoum").
    let start = a;
    while (start - 1 > name && head[start - 1] === a && upos[start - 1] !== 'PUNCT') start--;
    const comma = start - 1;
    if (comma <= name || lower[comma] !== ',' || (head[comma] !== a && head[comma] !== name)) continue;
    head[a] = title;
    if (head[comma] === name) head[comma] = a;
    changed = true;
  }
  return changed;
}

function hasChild(head: Int32Array, rel: readonly string[], lower: readonly string[], h: number, r: string, word: string): boolean {
  for (let k = 0; k < head.length; k++) if (head[k] === h && rel[k] === r && lower[k] === word) return true;
  return false;
}
