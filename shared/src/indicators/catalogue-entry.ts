import type { Direction, TargetKind } from '../targets/vocabulary';
import { inferMeasure, type Measure } from '../targets/measure';

/** The categories a bureau files its indicators under, in the order plans usually list them. */
export const CATEGORIES = [
  '健康水平',
  '医疗保障',
  '公共卫生',
  '疾病防控',
  '健康促进',
  '妇幼健康',
  '老年健康',
  '基层卫生',
  '医疗服务',
  '卫生资源',
  '中医药',
  '计划生育',
  '人才与科研',
  '卫生监督',
  '其他',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type { Measure };

/** The units catalogue indicators are kept in; the extractor's canonical units are among them. */
export const CATALOGUE_UNITS = [
  '',
  '%',
  '‰',
  '1/万',
  '1/10万',
  '1/100万',
  '元',
  '万元',
  '亿元',
  '倍',
  '岁',
  '年',
  '天',
  '小时',
  '分钟',
  '克',
  '平方米',
  '级',
  'DDDs',
  '人',
  '名',
  '人次',
  '例',
  '户',
  '个',
  '家',
  '所',
  '张',
  '辆',
  '种',
  '项',
] as const;
export type CatalogueUnit = (typeof CATALOGUE_UNITS)[number];

export interface CatalogueIndicator {
  name: string;
  unit: string;
  direction: Direction;
  kind: TargetKind;
  category: string;
  /** Other names plans use for it; unique across the whole catalogue, names included. */
  synonyms: string[];
  measure: Measure;
}

/**
 * One catalogue entry; its measure is `inferMeasure`'s guess unless `measure` is passed.
 */
export function indicator(
  name: string,
  unit: CatalogueUnit,
  direction: Direction,
  kind: TargetKind,
  category: Category,
  synonyms: string[] = [],
  measure: Measure = inferMeasure(kind, unit),
): CatalogueIndicator {
  return { name, unit, direction, kind, category, synonyms, measure };
}
