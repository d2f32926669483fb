/**
 * Hand-written CoNLL-U fixtures for the syntax tests (invented sentences, annotated by us in the
 * UD English style).
 */

/** Two sentences: a plain transitive clause and one with a multiword token and a hyphenated name. */
export const SMALL_CONLLU = [
  '# sent_id = s1',
  '# text = The minister praised the new agreement.',
  '1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t2:det\t_',
  '2\tminister\tminister\tNOUN\tNN\tNumber=Sing\t3\tnsubj\t3:nsubj\t_',
  '3\tpraised\tpraise\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t0:root\t_',
  '4\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t6\tdet\t6:det\t_',
  '5\tnew\tnew\tADJ\tJJ\tDegree=Pos\t6\tamod\t6:amod\t_',
  '6\tagreement\tagreement\tNOUN\tNN\tNumber=Sing\t3\tobj\t3:obj\tSpaceAfter=No',
  '7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_',
  '',
  '# sent_id = s2',
  '# text = Officials in Nur-Sultan don\'t agree.',
  '1\tOfficials\tofficial\tNOUN\tNNS\tNumber=Plur\t8\tnsubj\t8:nsubj\t_',
  '2\tin\tin\tADP\tIN\t_\t3\tcase\t3:case\t_',
  '3\tNur\tNur\tPROPN\tNNP\tNumber=Sing\t1\tnmod\t1:nmod:in\tSpaceAfter=No',
  '4\t-\t-\tPUNCT\tHYPH\t_\t5\tpunct\t5:punct\tSpaceAfter=No',
  '5\tSultan\tSultan\tPROPN\tNNP\tNumber=Sing\t3\tflat\t3:flat\t_',
  '6-7\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '6\tdo\tdo\tAUX\tVBP\tMood=Ind|Tense=Pres|VerbForm=Fin\t8\taux\t8:aux\t_',
  '7\tn\'t\tnot\tPART\tRB\tPolarity=Neg\t8\tadvmod\t8:advmod\t_',
  '8\tagree\tagree\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No',
  '9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t8:punct\t_',
  '',
].join('\n');
