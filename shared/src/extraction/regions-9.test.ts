import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { withoutCredit } from './mastheads';
import { pageRegion } from './page-region';
import { soleTown } from './towns';

// Regions round 9 (towns and sub-districts; short forms that are ordinary words), in wording and
// places of our own.
const UNITS: GazetteerUnit[] = [
  ...SAMPLE_UNITS,
  unit('610000', '陕西省', 1, '000000'),
  unit('610900', '安康市', 2, '610000'),
];
const gazetteer = buildGazetteer(UNITS);
const region = (body: string) => pageRegion(null, body, gazetteer)?.name ?? null;

describe("a news page whose headline opens with a town or sub-district is that town's", () => {
  it('reads a sub-district named after its former town, opening the headline', () => {
    const page =
      '白塔镇街道社区卫生服务中心扩建完工,年底前启用\n' +
      '近日,江汉区重点项目白塔镇街道社区卫生服务中心扩建完工,将新增床位60张。\n';
    expect(region(page)).toBe('白塔镇街道');
  });

  it('reads the sub-district written right after its county, after a time word', () => {
    const page = '前天,江汉区柳湾街道的老人来到社区卫生服务中心接受免费检查,预计服务居民5000人。\n';
    expect(region(page)).toBe('柳湾街道');
  });

  it('leaves a headline listing several sub-districts to its county', () => {
    const page = '江汉区柳湾街道、白沙街道启动义诊\n江汉区今年将完成义诊20场。\n';
    expect(region(page)).toBe('江汉区');
  });
});

describe("a story that keeps naming one town, written once after its county, is the town's", () => {
  it('reads the town over the county its full name opens with', () => {
    const page =
      '国内要闻一则\n\n江汉区青石镇中心卫生院迁建工程开工\n' +
      '日前,江汉区青石镇中心卫生院迁建工程正式开工。青石镇中心卫生院新址占地30亩,' +
      '青石镇群众就医将更方便。\n';
    expect(region(page)).toBe('青石镇');
  });
});

describe('a page naming no unit of the gazetteer and one town or sub-district is that town', () => {
  it('reads a sub-district after 在, on a page with no word of its own', () => {
    const page =
      '为掌握老年人健康状况,5月10日,在柳湾街道社区服务办和各居委的组织下,老年人免费体检正式开始。\n';
    expect(region(page)).toBe('柳湾街道');
  });

  it('reads the town acting on a page that calls itself 我镇', () => {
    const page = '我镇开展老年人义诊\n为了关爱老人,青石镇会同卫生院开展义诊,服务本镇老人。\n';
    expect(region(page)).toBe('青石镇');
  });

  it('reads no town from two characters that end a word before 镇', () => {
    expect(soleTown('各村要配合镇卫生院做好体检,并美化镇容。')).toBeNull();
  });

  it('names none when the opening names two towns', () => {
    expect(soleTown('青石镇和白沙镇各有一家卫生院。白沙镇将新建门诊楼。')).toBeNull();
  });
});

describe('a short form right after a personal pronoun is the ordinary word, no place', () => {
  it('reads no place from a wish to a person', () => {
    expect(gazetteer.find('“愿您安康 我们安心”')).toEqual([]);
    expect(region('“愿您安康 我们安心”我镇开展义诊\n')).toBe('我镇');
  });

  it('still reads the short form in running text', () => {
    expect(gazetteer.find('专家组赴安康调研').map((h) => h.unit.name)).toEqual(['安康市']);
  });
});

describe("an outlet's station in a city, in the byline, is the publisher's place", () => {
  it('blanks a one-character outlet with its city station and the bracket after 讯', () => {
    const line = '荆网武汉站讯(通讯员 王五)5月1日,江汉区妇女免费筛查启动';
    const out = withoutCredit(line);
    expect(out.length).toBe(line.length);
    expect(out.trimStart().startsWith('5月1日')).toBe(true);
  });

  it('blanks the channel byline of a paper', () => {
    expect(withoutCredit('江城日报武汉频道讯 江汉区今年将新建卫生站3个').trimStart()).toBe(
      '江汉区今年将新建卫生站3个',
    );
  });

  it('leaves an opening that is no byline', () => {
    const line = '武汉站讯号良好,江汉区今年将新建卫生站3个';
    expect(withoutCredit(line)).toBe(line);
  });
});
