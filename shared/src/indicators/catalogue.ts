import { DISEASE_CONTROL } from './catalogue-data/disease-control';
import { HEALTH_STATUS } from './catalogue-data/health-status';
import { INSURANCE } from './catalogue-data/insurance';
import { MATERNAL_CHILD } from './catalogue-data/maternal-child';
import { MEDICAL_SERVICES } from './catalogue-data/medical-services';
import { PRIMARY_CARE } from './catalogue-data/primary-care';
import { PUBLIC_HEALTH } from './catalogue-data/public-health';
import { REPORTING_LISTS } from './catalogue-data/reporting-lists';
import { RESOURCES } from './catalogue-data/resources';
import { TCM_POPULATION } from './catalogue-data/tcm-population';
import type { CatalogueIndicator } from './catalogue-entry';

export {
  CATALOGUE_UNITS,
  CATEGORIES,
  type CatalogueIndicator,
  type Category,
  type Measure,
} from './catalogue-entry';

/**
 * The indicators bureaus report against — 健康中国行动 (2019–2030), the 十四五 国民健康规划,
 * 妇幼, 疾控, 基层, 医保 (新农合 and 城乡居民医保), 卫生资源, 基本公共卫生服务 — with the other
 * names plans use for them. Names and synonyms are unique across the whole list. Seeded at
 * every start: an entry is offered to a database once, and users rename, merge and delete
 * from there (see db `ensureIndicatorCatalogue`).
 */
export const INDICATOR_CATALOGUE: CatalogueIndicator[] = [
  ...HEALTH_STATUS,
  ...INSURANCE,
  ...PUBLIC_HEALTH,
  ...DISEASE_CONTROL,
  ...MATERNAL_CHILD,
  ...PRIMARY_CARE,
  ...MEDICAL_SERVICES,
  ...RESOURCES,
  ...TCM_POPULATION,
  ...REPORTING_LISTS,
];
