import { describe, expect, it } from 'vitest';
import { missingFigures, resolveGaps } from './submission-gaps';

const rows = [
  { indicatorId: 1, name: '参合率', value: 95 },
  { indicatorId: 2, name: '死亡率', value: null },
  { indicatorId: 3, name: '医生数', value: null },
];

describe('submission gaps', () => {
  it('finds the rows without a value, a zero being a figure', () => {
    expect(missingFigures([...rows, { indicatorId: 4, name: '零', value: 0 }])).toEqual([
      rows[1],
      rows[2],
    ]);
  });

  it('needs a reason per missing figure, blanks counting as none', () => {
    const missing = missingFigures(rows);
    expect(resolveGaps(missing, [{ indicatorId: 2, reason: '  ' }], false)).toEqual({
      gaps: [],
      unanswered: missing,
    });
    expect(
      resolveGaps(
        missing,
        [
          { indicatorId: 2, reason: ' 统计口径调整 ' },
          { indicatorId: 3, reason: '尚未统计' },
          { indicatorId: 1, reason: '无关' },
        ],
        false,
      ),
    ).toEqual({
      gaps: [
        { indicatorId: 2, name: '死亡率', reason: '统计口径调整' },
        { indicatorId: 3, name: '医生数', reason: '尚未统计' },
      ],
      unanswered: [],
    });
  });

  it('lets a confirmation cover the missing figures without a reason', () => {
    expect(
      resolveGaps(missingFigures(rows), [{ indicatorId: 3, reason: '尚未统计' }], true),
    ).toEqual({
      gaps: [
        { indicatorId: 2, name: '死亡率', reason: null },
        { indicatorId: 3, name: '医生数', reason: '尚未统计' },
      ],
      unanswered: [],
    });
  });
});
