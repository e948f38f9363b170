import type { Gazetteer } from '../regions/gazetteer';
import type { Place } from './document-region';

// A provincial news headline names its province by the one-character short name (闽年内开展…,
// 粤将…, 鄂出台…) and the body only says 我省/全省. The short names kept are those that seldom open
// a headline as an ordinary word: 新 (新农合), 青 (青少年), 宁, 吉, 黑, 云, 贵, 甘, 蒙, 秦, 蜀
// and the four municipalities (their pages say 全市) are left out.
const SHORT_NAMES: Readonly<Record<string, string>> = {
  冀: '河北省',
  晋: '山西省',
  辽: '辽宁省',
  苏: '江苏省',
  浙: '浙江省',
  皖: '安徽省',
  闽: '福建省',
  赣: '江西省',
  鲁: '山东省',
  豫: '河南省',
  鄂: '湖北省',
  湘: '湖南省',
  粤: '广东省',
  桂: '广西壮族自治区',
  琼: '海南省',
  川: '四川省',
  黔: '贵州省',
  滇: '云南省',
  藏: '西藏自治区',
  陕: '陕西省',
  陇: '甘肃省',
};

const OPENING = /^\s*[[(（【「]?\s*([\u4e00-\u9fff])/;

/**
 * The province a headline opens with by its short name, for a page whose own word is 全省/我省;
 * null when the headline opens with a place the gazetteer knows (苏州, 湘潭) or no short name.
 */
export function headlineProvince(
  headline: string,
  region: string,
  gazetteer: Gazetteer,
): Place | null {
  if (!/^[全我本]省$/.test(region)) return null;
  const m = OPENING.exec(headline);
  const full = m ? SHORT_NAMES[m[1]!] : undefined;
  if (!m || !full) return null;
  const at = m[0].length - 1;
  if (gazetteer.find(headline, at, at + 8)[0]?.start === at) return null;
  const hit = gazetteer.lookup(full);
  return hit ? { name: hit.unit.name, code: hit.unit.code } : null;
}
