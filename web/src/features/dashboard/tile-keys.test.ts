import { describe, expect, it } from 'vitest';
import { PROVINCE_TILES } from '@targetboard/shared/regions/tile-grid';
import { moveAmongTiles } from './tile-keys';

const index = (short: string) => PROVINCE_TILES.findIndex((t) => t.short === short);
const move = (key: string, from: string, ctrl = false) => {
  const to = moveAmongTiles(key, ctrl, index(from), PROVINCE_TILES);
  return to === null ? null : PROVINCE_TILES[to]!.short;
};

describe('arrow keys across the tile map', () => {
  it('moves to the neighbouring tile, across gaps on the same row', () => {
    expect(move('ArrowRight', '四川')).toBe('重庆');
    expect(move('ArrowLeft', '四川')).toBe('西藏'); // the gap between them is skipped
    expect(move('ArrowDown', '四川')).toBe('云南');
    expect(move('ArrowUp', '四川')).toBe('甘肃');
  });

  it('takes the nearest row or column when its own has nothing that way', () => {
    // 上海 is in the last column: nothing lies to its right, so the focus stays.
    expect(move('ArrowRight', '上海')).toBe('上海');
    // Below 黑龙江 is 吉林 in the same column.
    expect(move('ArrowDown', '黑龙江')).toBe('吉林');
    // Nothing above 新疆 in its column: the tile above nearest to its column is 内蒙古.
    expect(move('ArrowUp', '新疆')).toBe('内蒙古');
    expect(move('ArrowDown', '海南')).toBe('海南');
  });

  it('goes to the ends of a row with Home/End and of the map with Ctrl', () => {
    expect(move('Home', '上海')).toBe('西藏');
    expect(move('End', '西藏')).toBe('上海');
    expect(move('Home', '香港', true)).toBe('黑龙江');
    expect(move('End', '黑龙江', true)).toBe('香港');
  });

  it('leaves other keys to the page', () => {
    expect(move('Enter', '四川')).toBeNull();
    expect(move('a', '四川')).toBeNull();
  });
});
