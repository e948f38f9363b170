/** One square of the tile-grid map: a province-level unit at its approximate place. */
export interface ProvinceTile {
  /** GB/T 2260 code, six digits (110000 北京市). */
  code: string;
  /** The full name as GB/T 2260 writes it. */
  name: string;
  /** The short name written in the tile (北京, 内蒙古). */
  short: string;
  /** The English short name, for the English interface. */
  en: string;
  /** Row from the top and column from the left, from 0. */
  row: number;
  col: number;
  /**
   * True for 台湾省, 香港 and 澳门: in GB/T 2260 but outside the national statistics
   * (不含港澳台), so the map shows them as 不适用 when no figures exist.
   */
  outsideStatistics: boolean;
}

const tile = (
  code: string,
  name: string,
  short: string,
  en: string,
  row: number,
  col: number,
  outsideStatistics = false,
): ProvinceTile => ({ code, name, short, en, row, col, outsideStatistics });

/**
 * A tile cartogram of the 34 province-level units: equal squares, so a small unit (澳门) counts
 * as much as a large one (新疆), and no boundary drawing is needed. Positions keep each unit's
 * neighbours roughly where a reader expects them, north at the top.
 */
export const PROVINCE_TILES: readonly ProvinceTile[] = [
  tile('230000', '黑龙江省', '黑龙江', 'Heilongjiang', 0, 7),
  tile('150000', '内蒙古自治区', '内蒙古', 'Inner Mongolia', 1, 4),
  tile('110000', '北京市', '北京', 'Beijing', 1, 5),
  tile('210000', '辽宁省', '辽宁', 'Liaoning', 1, 6),
  tile('220000', '吉林省', '吉林', 'Jilin', 1, 7),
  tile('650000', '新疆维吾尔自治区', '新疆', 'Xinjiang', 2, 0),
  tile('640000', '宁夏回族自治区', '宁夏', 'Ningxia', 2, 3),
  tile('140000', '山西省', '山西', 'Shanxi', 2, 4),
  tile('130000', '河北省', '河北', 'Hebei', 2, 5),
  tile('120000', '天津市', '天津', 'Tianjin', 2, 6),
  tile('630000', '青海省', '青海', 'Qinghai', 3, 1),
  tile('620000', '甘肃省', '甘肃', 'Gansu', 3, 2),
  tile('610000', '陕西省', '陕西', 'Shaanxi', 3, 3),
  tile('410000', '河南省', '河南', 'Henan', 3, 4),
  tile('370000', '山东省', '山东', 'Shandong', 3, 5),
  tile('540000', '西藏自治区', '西藏', 'Xizang', 4, 0),
  tile('510000', '四川省', '四川', 'Sichuan', 4, 2),
  tile('500000', '重庆市', '重庆', 'Chongqing', 4, 3),
  tile('420000', '湖北省', '湖北', 'Hubei', 4, 4),
  tile('340000', '安徽省', '安徽', 'Anhui', 4, 5),
  tile('320000', '江苏省', '江苏', 'Jiangsu', 4, 6),
  tile('310000', '上海市', '上海', 'Shanghai', 4, 7),
  tile('530000', '云南省', '云南', 'Yunnan', 5, 2),
  tile('520000', '贵州省', '贵州', 'Guizhou', 5, 3),
  tile('430000', '湖南省', '湖南', 'Hunan', 5, 4),
  tile('360000', '江西省', '江西', 'Jiangxi', 5, 5),
  tile('330000', '浙江省', '浙江', 'Zhejiang', 5, 6),
  tile('450000', '广西壮族自治区', '广西', 'Guangxi', 6, 3),
  tile('440000', '广东省', '广东', 'Guangdong', 6, 4),
  tile('350000', '福建省', '福建', 'Fujian', 6, 5),
  tile('710000', '台湾省', '台湾', 'Taiwan', 6, 6, true),
  tile('460000', '海南省', '海南', 'Hainan', 7, 3),
  tile('820000', '澳门特别行政区', '澳门', 'Macao', 7, 4, true),
  tile('810000', '香港特别行政区', '香港', 'Hong Kong', 7, 5, true),
];

/** The grid's size in tiles: every tile lies inside it. */
export const TILE_GRID_SIZE = {
  rows: Math.max(...PROVINCE_TILES.map((t) => t.row)) + 1,
  cols: Math.max(...PROVINCE_TILES.map((t) => t.col)) + 1,
};
