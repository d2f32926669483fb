import { describe, expect, it } from 'vitest';
import { childrenLists, RepairChildren } from './repair-children.js';

// "Rebels seized the town , officials said ." as heads: said(6) is the root.
const heads = () => Int32Array.from([1, 6, 3, 1, 6, 6, -1, 6]);

describe('childrenLists', () => {
  it('lists every token under its head, in text order', () => {
    expect(childrenLists(heads())).toEqual([[], [0, 3], [], [2], [], [], [1, 4, 5, 7], []]);
  });
});

describe('RepairChildren', () => {
  it('hands the same lists out while the heads stay as they were', () => {
    const head = heads();
    const c = new RepairChildren();
    const first = c.of(head);
    expect(c.of(head)).toBe(first);
    expect(c.of(Int32Array.from(head))).toBe(first);
  });

  it('builds them again once the heads changed, even if nobody said so', () => {
    const head = heads();
    const c = new RepairChildren();
    const first = c.of(head);
    head[3] = 6;
    const second = c.of(head);
    expect(second).not.toBe(first);
    expect(second[1]).toEqual([0]);
    expect(second[6]).toEqual([1, 3, 4, 5, 7]);
  });

  it('builds them again after a drop, since a repair may have changed the lists it was given', () => {
    const head = heads();
    const c = new RepairChildren();
    const first = c.of(head);
    first[1].push(6);
    c.drop();
    expect(c.of(head)[1]).toEqual([0, 3]);
  });
});
