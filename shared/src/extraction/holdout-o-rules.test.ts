import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { isNewsKind, relaysAim } from './news-kind';

// Rules written from the failure classes of hold-out set O, each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a news story’s own figures', () => {
  it('knows a story by its dateline or its reporter’s lead', () => {
    const story = (s: string) => isNewsKind(s, s.length);
    expect(story('本报讯(记者 王明)昨日,市卫健委召开会议')).toBe(true);
    expect(story('都市晨报讯 为做好今年的筛查工作')).toBe(true);
    expect(story('新华网3月9日电 国家卫健委今天发布')).toBe(true);
    expect(story('6月2日,记者从县卫生局了解到,全县')).toBe(true);
    expect(story('某县2019年基本公共卫生服务项目实施方案\n一、工作目标')).toBe(false);
    // A site's menu (首页 » 资讯) is no dateline.
    expect(story('首页 » 资讯 » 正文\n某市卫生健康工作要点')).toBe(false);
  });

  it('drops money paid, sums put in place and forecasts, keeps relayed aims', () => {
    const text =
      '本报讯 记者从市妇联获悉,上半年全市共下拨筛查补助资金86.5万元,惠及妇女5300人次。' +
      '各区县积极落实配套资金共32万元。' +
      '今后三年,全市每年适龄妇女预计增加到12万人以上。' +
      '按照市里的方案,到2026年,全市适龄妇女筛查覆盖率要达到90%以上。';
    expect(values(text)).toEqual([90]);
  });

  it('keeps a list that goes on past its lead, and a level kept at without a bound is reported', () => {
    const aims = (s: string) => relaysAim(s, 0, s.length);
    // The sentence after the lead still says what level is to be reached.
    expect(aims('重点人群干预措施覆盖当地80%以上的流动人口')).toBe(true);
    expect(aims('未来五年住院分娩率达99%')).toBe(true);
    // 控制在 with no bound, in the months just gone, tells where things stood.
    expect(aims('1至6月,全省婴儿死亡率控制在4.1‰,较去年同期下降')).toBe(false);
    expect(aims('今年全县高龄产妇预计达到2000人以上')).toBe(false);
  });
});
