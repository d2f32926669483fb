import { describe, expect, it } from 'vitest';
import { groupHead, hyphenGroups } from './hyphen-groups.js';
import { tokenize } from './tokenizer.js';

/** Forms and SpaceAfter flags of a UD-style split sentence written with spaces around split hyphens marked by `~`. */
function ud(sentence: string): { forms: string[]; spaceAfter: boolean[] } {
  // "Nur~-~Sultan" means the three tokens Nur, -, Sultan with no space between them
  const forms: string[] = [];
  const spaceAfter: boolean[] = [];
  for (const chunk of sentence.split(' ')) {
    const parts = chunk.split('~');
    parts.forEach((p, k) => {
      forms.push(p);
      spaceAfter.push(k === parts.length - 1);
    });
  }
  return { forms, spaceAfter };
}

describe('hyphenGroups', () => {
  it('finds the split hyphenated words the tokenizer keeps whole', () => {
    const { forms, spaceAfter } = ud('Leaders in Nur~-~Sultan agreed a 30~-~year~-~old cease~-~fire - and left');
    expect(hyphenGroups(forms, spaceAfter)).toEqual([[2, 5], [7, 12], [12, 15]]);
  });

  it('leaves spaced dashes and hyphens next to punctuation alone', () => {
    const { forms, spaceAfter } = ud('yes - no , (~-~) U.S.~-~led');
    expect(hyphenGroups(forms, spaceAfter)).toEqual([[7, 10]]);
  });

  it('agrees with the tokenizer on the merged forms', () => {
    const { forms, spaceAfter } = ud('Jean~-~Yves met Akufo~-~Addo about COVID~-~19 on 2022~-~09~-~15');
    const merged: string[] = [];
    let k = 0;
    for (const [a, z] of hyphenGroups(forms, spaceAfter)) {
      while (k < a) merged.push(forms[k++]);
      merged.push(forms.slice(a, z).join(''));
      k = z;
    }
    while (k < forms.length) merged.push(forms[k++]);
    const text = merged.join(' ');
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(merged);
  });

  it('picks the piece whose head is outside the group as its head', () => {
    // cease(3) - (4) fire(5): cease → fire, - → fire, fire → 7
    expect(groupHead([-1, 0, 0, 5, 5, 7, 7, 0], 3, 6)).toBe(5);
  });
});
