import { describe, expect, it } from 'vitest';
import { synonymsAfterEdit } from './rename';

const before = { name: '沙眼筛查率', synonyms: ['沙眼检查率'] };

describe('synonymsAfterEdit', () => {
  it.each([
    [
      'a rename keeps the old name beside the current synonyms',
      { name: '沙眼筛查覆盖率' },
      ['沙眼检查率', '沙眼筛查率'],
    ],
    [
      'a rename with a new list adds the old name to it',
      { name: '沙眼筛查覆盖率', synonyms: ['甲'] },
      ['甲', '沙眼筛查率'],
    ],
    [
      'the old name already listed is kept once',
      { name: '新名', synonyms: ['沙眼筛查率'] },
      ['沙眼筛查率'],
    ],
    [
      'the same name is no rename: the list given',
      { name: '沙眼筛查率', synonyms: ['乙'] },
      ['乙'],
    ],
    ['no rename and no list: unchanged', {}, undefined],
  ])('%s', (_, edit, expected) => {
    expect(synonymsAfterEdit(before, edit)).toEqual(expected);
  });
});
