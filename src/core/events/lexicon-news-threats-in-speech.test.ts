/**
 * Lexicon readings (data/lexicon) of threats as news English words them in speech: "will not
 * hesitate to" (a negated reject frame: a conflict act becomes a threat, a cooperative one an
 * intent), "hold X accountable", "X will pay a heavy price" (the speaker threatens the payer),
 * "take action against" and "punish" inside a vow, "respond with force". One sentence each, written
 * for these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: will not hesitate to', () => {
  it('not hesitating to take action against a state threatens it (13x)', () => {
    const events = coded(`
      1 Russia PROPN 4 nsubj
      2 will AUX 4 aux
      3 not PART 4 advmod
      4 hesitate VERB 0 root
      5 to PART 6 mark
      6 take VERB 4 xcomp
      7 action NOUN 6 obj
      8 against ADP 9 case
      9 Ukraine PROPN 6 obl
      10 . PUNCT 4 punct`);
    expect(events.some((e) => e.startsWith('RUS>UKR THREATEN 13') && !e.includes('!neg'))).toBe(true);
  });

  it('not hesitating to help is an intent, not a threat', () => {
    const events = coded(`
      1 China PROPN 4 nsubj
      2 will AUX 4 aux
      3 not PART 4 advmod
      4 hesitate VERB 0 root
      5 to PART 6 mark
      6 help VERB 4 xcomp
      7 Kazakhstan PROPN 6 obj
      8 . PUNCT 4 punct`);
    expect(events.some((e) => e.startsWith('CHN>KAZ AGREE 03'))).toBe(true);
    expect(events.some((e) => e.includes('THREATEN'))).toBe(false);
  });

  it('hesitating alone codes nothing', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 hesitated VERB 0 root hesitate
      3 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: accountability and prices', () => {
  it('vowing to hold a state accountable threatens it', () => {
    const events = coded(`
      1 Ukraine PROPN 2 nsubj
      2 vowed VERB 0 root vow
      3 to PART 4 mark
      4 hold VERB 2 xcomp
      5 Russia PROPN 4 obj
      6 accountable ADJ 4 xcomp
      7 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('UKR>RUS THREATEN 130'))).toBe(true);
  });

  it('"X will pay a heavy price, Y said": the speaker threatens the payer', () => {
    const events = coded(`
      1 Russia PROPN 3 nsubj
      2 will AUX 3 aux
      3 pay VERB 9 ccomp
      4 a DET 6 det
      5 heavy ADJ 6 amod
      6 price NOUN 3 obj
      7 , PUNCT 9 punct
      8 Ukraine PROPN 9 nsubj
      9 said VERB 0 root say
      10 . PUNCT 9 punct`);
    expect(events.some((e) => e.startsWith('UKR>RUS THREATEN 130'))).toBe(true);
  });

  it('a state that "has paid a heavy price" is threatened by nobody', () => {
    expect(coded(`
      1 Ukraine PROPN 3 nsubj
      2 has AUX 3 aux
      3 paid VERB 0 root pay
      4 a DET 6 det
      5 heavy ADJ 6 amod
      6 price NOUN 3 obj
      7 . PUNCT 3 punct`).some((e) => e.includes('THREATEN'))).toBe(false);
  });
});

describe('lexicon: punishing, responding', () => {
  it('vowing to punish a state threatens it', () => {
    const events = coded(`
      1 Iran PROPN 2 nsubj
      2 vowed VERB 0 root vow
      3 to PART 4 mark
      4 punish VERB 2 xcomp
      5 Britain PROPN 4 obj
      6 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('IRN>GBR THREATEN 13'))).toBe(true);
  });

  it('vowing to respond with force is a threat of force', () => {
    const events = coded(`
      1 China PROPN 2 nsubj
      2 vowed VERB 0 root vow
      3 to PART 4 mark
      4 respond VERB 2 xcomp
      5 to ADP 6 case
      6 Taiwan PROPN 4 obl
      7 with ADP 8 case
      8 force NOUN 4 obl
      9 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('CHN>TWN THREATEN 138'))).toBe(true);
  });
});

describe('lexicon: facing consequences, judged escalations', () => {
  it('"X would face a crushing response, Y said": the speaker threatens force (138)', () => {
    const events = coded(`
      1 Iran PROPN 2 nsubj
      2 said VERB 0 root say
      3 Russia PROPN 5 nsubj
      4 would AUX 5 aux
      5 face VERB 2 ccomp
      6 a DET 8 det
      7 crushing ADJ 8 amod
      8 response NOUN 5 obj
      9 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('IRN>RUS THREATEN 138'))).toBe(true);
  });

  it('facing consequences with nobody saying so threatens nobody', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 faces VERB 0 root face
      3 consequences NOUN 2 obj
      4 . PUNCT 2 punct`).some((e) => e.includes('THREATEN'))).toBe(false);
  });

  it('calling a decision a dangerous escalation accuses its maker (111)', () => {
    const events = coded(`
      1 Russia PROPN 2 nsubj
      2 called VERB 0 root call
      3 the DET 5 det
      4 British ADJ 5 amod
      5 decision NOUN 2 obj
      6 a DET 8 det
      7 dangerous ADJ 8 amod
      8 escalation NOUN 2 xcomp
      9 . PUNCT 2 punct`);
    expect(events).toContain('RUS>GBR ACCUSE 111');
  });
});

describe('lexicon: vows to crush, putting on notice', () => {
  it('vowing to crush an armed group threatens it with force (138x), not a bare vow', () => {
    const events = coded(`
      1 Russia PROPN 2 nsubj
      2 vowed VERB 0 root vow
      3 to PART 4 mark
      4 crush VERB 2 xcomp
      5 the DET 6 det
      6 rebels NOUN 4 obj
      7 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('RUS>') && e.includes('THREATEN 138'))).toBe(true);
    expect(events.some((e) => e.includes('AGREE'))).toBe(false);
  });

  it('crushing with no frame is left to other entries', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 crushed VERB 0 root crush
      3 the DET 4 det
      4 rebels NOUN 2 obj
      5 . PUNCT 2 punct`).some((e) => e.includes('THREATEN'))).toBe(false);
  });

  it('putting a state on notice warns it (130)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 put VERB 0 root
      3 Taiwan PROPN 2 obj
      4 on ADP 5 case
      5 notice NOUN 2 obl
      6 . PUNCT 2 punct`)).toContain('CHN>TWN THREATEN 130');
  });
});

describe('lexicon: paying dearly, bearing responsibility, hunting down', () => {
  it('"X will pay dearly, Y said": the speaker threatens X', () => {
    const events = coded(`
      1 Iran PROPN 3 nsubj
      2 will AUX 3 aux
      3 pay VERB 6 ccomp
      4 dearly ADV 3 advmod
      5 , PUNCT 6 punct
      6 said VERB 0 root say
      7 India PROPN 6 nsubj
      8 . PUNCT 6 punct`);
    expect(events.some((e) => e.startsWith('IND>IRN THREATEN 130'))).toBe(true);
  });

  it('"X would bear full responsibility, Y said": the speaker blames X (112)', () => {
    const events = coded(`
      1 China PROPN 2 nsubj
      2 said VERB 0 root say
      3 Taiwan PROPN 5 nsubj
      4 would AUX 5 aux
      5 bear VERB 2 ccomp
      6 full ADJ 7 amod
      7 responsibility NOUN 5 obj
      8 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('CHN>TWN ACCUSE 112'))).toBe(true);
  });

  it('vowing to hunt down an armed group threatens force, not a bare vow', () => {
    const events = coded(`
      1 India PROPN 2 nsubj
      2 vowed VERB 0 root vow
      3 to PART 4 mark
      4 hunt VERB 2 xcomp
      5 down ADP 4 compound:prt
      6 the DET 7 det
      7 rebels NOUN 4 obj
      8 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('IND>') && e.includes('THREATEN 138'))).toBe(true);
    expect(events.some((e) => e.includes('AGREE'))).toBe(false);
  });
});
