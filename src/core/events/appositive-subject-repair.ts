/**
 * A parser reading the coder repairs: a sentence opened by a name and its apposition, "Kenzo Oshima,
 * the UN relief coordinator, demanded that …", parsed as one noun phrase whose verb is a relative
 * clause of the apposition ("the coordinator (who) demanded"). A relative clause needs its relative
 * word or a subject of its own; a finite verb right after the apposition's closing comma, with
 * neither, and with nothing else for the sentence to predicate, is the sentence's predicate, and
 * the name its subject. (Over UD EWT and GUM, parsed by our model, the reading never occurs.)
 */

/** Relations that make a verb a clause of its own or a modifier ("who demanded", "as demanded"). */
const OWN_CLAUSE = new Set(['nsubj', 'nsubj:pass', 'csubj', 'mark', 'cop', 'expl', 'aux:pass']);

/**
 * Rewrites `head` and `rel` in place so that the verb of a relative clause hung on the apposition of
 * a root noun becomes the root with that noun its subject. `forms` are the tokens' surface texts.
 * Returns true when anything changed.
 */
export function repairAppositiveSubjects(head: Int32Array, rel: string[], upos: readonly string[], forms: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let h = 2; h < n; h++) {
    if (upos[h] !== 'VERB' || (rel[h] !== 'acl:relcl' && rel[h] !== 'acl')) continue;
    // a finite form: not "-ing", not a participle only ("taken"), not a capitalised title word
    const form = forms[h].toLowerCase();
    if (form.endsWith('ing') || /(en|wn|rn|ne)$/.test(form) || /^\p{Lu}/u.test(forms[h]) || forms[h - 1] !== ',') continue;
    // The verb may hang on a noun inside the apposition's name ("the main rebel group, Forces for
    // Defence of Democracy (FDD), insisted …", with "insisted" on "Defence").
    let a = head[h];
    while (a >= 0 && a < h && (rel[a] === 'nmod' || rel[a] === 'flat' || rel[a] === 'compound')) a = head[a];
    if (a < 0 || rel[a] !== 'appos' || a >= h) continue;
    const p = head[a];
    if (p < 0 || head[p] >= 0 || (upos[p] !== 'PROPN' && upos[p] !== 'NOUN') || p >= a) continue;
    if (head.some((x, k) => x === h && OWN_CLAUSE.has(rel[k]))) continue;
    // the root noun predicates nothing else: no copula, subject or other verb clause of its own
    if (head.some((x, k) => x === p && k !== a && (OWN_CLAUSE.has(rel[k]) || ((rel[k] === 'acl' || rel[k] === 'acl:relcl' || rel[k] === 'parataxis') && upos[k] === 'VERB')))) continue;
    head[h] = -1;
    rel[h] = 'root';
    head[p] = h;
    rel[p] = 'nsubj';
    // the comma and the full stop of the sentence go with its predicate
    for (let k = h + 1; k < n; k++) if (head[k] === p) head[k] = h;
    changed = true;
  }
  return changed;
}
