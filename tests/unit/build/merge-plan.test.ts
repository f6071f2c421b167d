import { describe, expect, it } from 'vitest';
import { planMerge, winners, type PartListing } from '../../../src/lib/build/merge-plan.ts';

const part = (name: string, state: string | undefined, files: string[]): PartListing => ({ name, state, files });

describe('winners', () => {
  it('gives each file to the first part that has it, the newest', () => {
    const winner = winners([
      part('2024', 'a', ['index.html', 'bai-viet/moi/index.html']),
      part('2023', 'b', ['index.html', 'bai-viet/cu/index.html']),
    ]);
    expect(Object.fromEntries(winner)).toEqual({
      'index.html': 0,
      'bai-viet/moi/index.html': 0,
      'bai-viet/cu/index.html': 1,
    });
  });
});

describe('planMerge', () => {
  const last = [
    part('2024', 'a1', ['index.html', 'bai-viet/moi/index.html', 'pagefind/chunk-1.pf_index']),
    part('2023', 'b1', ['index.html', 'bai-viet/cu/index.html', 'pagefind/2023/chunk-9.pf_index']),
  ];

  it('does nothing when no part was built again', () => {
    expect(planMerge(last, last)).toEqual({ compare: [], link: [], remove: [] });
  });

  it('looks at the files of a rebuilt part only, and removes what it no longer has', () => {
    const now = [
      part('2024', 'a2', [
        'index.html',
        'bai-viet/moi/index.html',
        'bai-viet/them/index.html',
        'pagefind/chunk-2.pf_index',
      ]),
      last[1]!,
    ];
    expect(planMerge(last, now)).toEqual({
      compare: [
        ['index.html', 0],
        ['bai-viet/moi/index.html', 0],
        ['bai-viet/them/index.html', 0],
        ['pagefind/chunk-2.pf_index', 0],
      ],
      link: [],
      remove: ['pagefind/chunk-1.pf_index'],
    });
  });

  it("links an unchanged part's file again where a newer part stopped winning it", () => {
    const now = [part('2024', 'a2', ['bai-viet/moi/index.html', 'pagefind/chunk-1.pf_index']), last[1]!];
    expect(planMerge(last, now)).toEqual({
      compare: [
        ['bai-viet/moi/index.html', 0],
        ['pagefind/chunk-1.pf_index', 0],
      ],
      link: [['index.html', 1]],
      remove: [],
    });
  });

  it('looks at every file of a part whose state is unknown or that the last merge did not have', () => {
    const now = [part('2024', undefined, ['index.html']), part('2022-2023', 'b1', ['bai-viet/cu/index.html'])];
    const steps = planMerge(last, now);
    expect(steps.compare).toEqual([
      ['index.html', 0],
      ['bai-viet/cu/index.html', 1],
    ]);
    expect(steps.remove).toEqual([
      'bai-viet/moi/index.html',
      'pagefind/chunk-1.pf_index',
      'pagefind/2023/chunk-9.pf_index',
    ]);
  });
});
