/**
 * Language profiles for the detector: the most frequent function words of languages written in the
 * Latin script, and the letters that tell apart languages sharing another script. Plain data.
 */

/** ISO 639-1 code → English name, for messages. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
  sv: 'Swedish', da: 'Danish', no: 'Norwegian', fi: 'Finnish', pl: 'Polish', cs: 'Czech', ro: 'Romanian',
  hu: 'Hungarian', tr: 'Turkish', id: 'Indonesian', sw: 'Swahili', hr: 'Croatian', ru: 'Russian', uk: 'Ukrainian',
  bg: 'Bulgarian', sr: 'Serbian', el: 'Greek', ar: 'Arabic', fa: 'Persian', ur: 'Urdu', he: 'Hebrew', hi: 'Hindi',
  bn: 'Bengali', zh: 'Chinese', ja: 'Japanese', ko: 'Korean', th: 'Thai', ka: 'Georgian', hy: 'Armenian',
};

/** Function words per Latin-script language (lower case). */
export const STOPWORDS: Readonly<Record<string, string>> = {
  en: 'the a of and to in is that for it was on with as by at from his her he she they this have has had were be been are not but an or which who whom said will would their its after also into over than there more about out what when where we you can could',
  fr: 'le la les des du un une et est dans en que qui pour pas sur au aux avec ce cette il elle ont sont été par plus ses son leur mais ou où nous vous selon lors',
  de: 'der die das und ist nicht ein eine einen dem den des mit von zu im auf für sich auch es wird wurde hat haben sind bei nach aus wie dass oder über vor noch',
  es: 'el la los las de del y en que un una es por con para se su sus al lo como más pero fue ha han sobre entre este esta también según tras desde',
  it: 'il lo la gli le di del della dei delle e che un una è per con non si sono da nel nella al alla ha hanno anche come più ma dopo questo',
  pt: 'o a os as de do da dos das e que um uma é em no na nos nas por para com não se foi são ao pelo pela mais mas também seu sua após',
  nl: 'de het een en van in is dat op te voor met zijn niet aan er ook als bij door worden werd naar om heeft hebben maar nog wel dit deze',
  sv: 'och att det som en är på för med av till den inte har de om ett var men jag han hon sig från eller kan ska efter också när vid',
  da: 'og at det som en er på for med af til den ikke har de om et var men jeg han hun sig fra eller kan skal efter også når ved',
  no: 'og at det som en er på for med av til den ikke har de om et var men jeg han hun seg fra eller kan skal etter også når ved',
  fi: 'ja on ei että se hän oli ovat kuin mutta myös tai joka jos niin sen sitä tämä ole olla kun vain mukaan jälkeen',
  pl: 'i w na z się nie do że to jest o jak po przez dla od być jego jej oraz który która które ale już także został',
  cs: 'a v na se je že s z do to o jako pro by jsou byl bylo které který ale také podle při po jeho již',
  ro: 'și în la de cu pe un o a al ale din este care că nu se mai sunt fost pentru după prin sau acest această',
  hu: 'a az és hogy nem is egy van volt meg de már csak még ez azt mint után között szerint pedig kell lesz',
  tr: 've bir bu da de için ile olarak çok daha en ama gibi olan ne var sonra kadar göre ancak değil ise',
  id: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena oleh ada atau mereka kata bahwa telah',
  sw: 'na wa ya kwa ni za katika la kuwa hiyo hii amesema pia lakini kama baada ambao wake',
  hr: 'i u je na se da za od su s kao iz što ali koji koja koje nije bio bila ili prema nakon',
};
