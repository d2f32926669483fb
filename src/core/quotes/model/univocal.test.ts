import { describe, expect, it } from 'vitest';
import { univocalAttributions } from './univocal.js';

// "Officials said the minister claimed the talks failed.": tokens 0 Officials, 1 said, 2 the,
// 3 minister, 4 claimed, 5 the, 6 talks, 7 failed, 8 '.'
const said = (margin: number) => ({ id: 'said', head: 1, margin, content: [{ from: 2, to: 8 }] });
const claimed = (margin: number) => ({ id: 'claimed', head: 4, margin, content: [{ from: 5, to: 8 }] });

describe('univocalAttributions', () => {
  it('drops a cue inside another attribution’s content when the tagger is no surer of it', () => {
    expect(univocalAttributions([said(30), claimed(10)]).map((a) => a.id)).toEqual(['said']);
    expect(univocalAttributions([said(10), claimed(10)]).map((a) => a.id)).toEqual(['said']);
  });

  it('keeps the inner cue when the tagger is surer of it than of the outer one', () => {
    // the weak outer cue ran its content over the sure one: the sure one is not hidden
    expect(univocalAttributions([said(5), claimed(40)]).map((a) => a.id)).toEqual(['said', 'claimed']);
    expect(univocalAttributions([said(39), claimed(40)]).map((a) => a.id)).toEqual(['said', 'claimed']);
    expect(univocalAttributions([said(40), claimed(39)]).map((a) => a.id)).toEqual(['said']);
  });

  it('keeps both when each cue lies in the other’s content', () => {
    const a = { id: 'a', head: 1, margin: 9, content: [{ from: 3, to: 6 }] };
    const b = { id: 'b', head: 4, margin: 2, content: [{ from: 0, to: 2 }] };
    expect(univocalAttributions([a, b]).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('keeps cues in separate sentences and drops any inside an outer attribution such as a transcript turn', () => {
    const other = { id: 'other', head: 12, margin: 1, content: [{ from: 13, to: 18 }] };
    expect(univocalAttributions([said(30), other]).map((a) => a.id)).toEqual(['said', 'other']);
    expect(univocalAttributions([said(30), other], [{ content: [{ from: 10, to: 20 }] }]).map((a) => a.id)).toEqual(['said']);
  });
});
