/**
 * Word lists the sentence splitter consults. Data: edit freely, lower case, one word per entry.
 */

/**
 * Verbs of saying that, after a closing quote and a capitalised name, keep the attribution in the
 * quote's sentence: `"Why now?" Xi asked.` is one sentence.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'replied', 'replies',
  'insisted', 'insists', 'noted', 'notes', 'explained', 'explains', 'continued', 'continues', 'argued', 'argues',
  'declared', 'declares', 'shouted', 'exclaimed', 'wondered', 'wonders', 'demanded', 'demands', 'queried',
  'quipped', 'responded', 'responds', 'recalled', 'recalls', 'warned', 'warns', 'claimed', 'claims', 'cautioned',
  'urged', 'urges', 'pleaded', 'joked', 'concluded', 'admitted', 'admits', 'stressed', 'stresses', 'tweeted',
  'posted', 'announced', 'announces', 'remarked', 'observed', 'countered', 'conceded', 'suggested', 'suggests',
]);

/**
 * Words after which a line cannot end a sentence: a single line break that follows one of them is
 * a hard wrap, not a boundary ("…talks with the\nRussian side").
 */
export const MID_SENTENCE_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'onto', 'upon', 'about',
  'over', 'under', 'between', 'against', 'amid', 'among', 'across', 'after', 'before', 'during', 'through',
  'and', 'or', 'but', 'nor', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'if',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'such',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'shall', 'not', 'very', 'more', 'most', 'said', 'says', 'told',
]);
