import { describe, expect, it } from 'vitest';
import { documentMessages } from '../messages';
import { awaitsIndicatorChoice, indicatorChoice, nameSourceTag } from './name-check';

describe('nameSourceTag', () => {
  it('tells a catalogue name from the fallback phrase, in Chinese first', () => {
    const zh = documentMessages.zh;
    const catalogue = nameSourceTag({ nameSource: 'catalogue' })!;
    const heuristic = nameSourceTag({ nameSource: 'heuristic' })!;
    expect(zh[catalogue.label]).toBe('目录匹配');
    expect(zh[heuristic.label]).toBe('需核对名称');
    expect(zh[heuristic.description]).toMatch(/核对/);
    expect(zh[catalogue.description]).not.toBe(zh[heuristic.description]);
  });

  it('shows nothing when the server did not say', () => {
    expect(nameSourceTag({})).toBeNull();
  });
});

describe('indicatorChoice', () => {
  it('reads the suggestions of a confirm refused for a close catalogue name', () => {
    expect(
      indicatorChoice({
        issues: [],
        reason: 'indicator_choice_required',
        suggestions: [{ id: 3, name: '住院分娩率', score: 0.67 }, { bad: true }],
      }),
    ).toEqual([{ id: 3, name: '住院分娩率', score: 0.67 }]);
  });

  it('ignores other refusals', () => {
    expect(indicatorChoice({ reason: 'value_required' })).toBeNull();
    expect(indicatorChoice(undefined)).toBeNull();
  });
});

describe('awaitsIndicatorChoice', () => {
  const suggestion = { id: 3, name: '住院分娩率', score: 0.67 };
  it('holds an unlinked target with catalogue suggestions for the reviewer', () => {
    expect(awaitsIndicatorChoice({ indicatorId: null, suggestions: [suggestion] })).toBe(true);
  });
  it('lets linked targets and names with nothing close go through', () => {
    expect(awaitsIndicatorChoice({ indicatorId: 3, suggestions: [suggestion] })).toBe(false);
    expect(awaitsIndicatorChoice({ indicatorId: null, suggestions: [] })).toBe(false);
    expect(awaitsIndicatorChoice({ indicatorId: null })).toBe(false);
  });
});
