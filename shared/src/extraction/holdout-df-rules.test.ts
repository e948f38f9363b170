import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from hold-out set DF: news of a place put on a list of those that passed an
// evaluation, value-less references whose subject is a pronoun or a number of items, the share of
// a task done told after a semicolon, and money a place secured (争取到) — each tested in wording of
// its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);
const names = (text: string) => targets(text).map((t) => t.indicator);

describe('news of a place listed as having passed (report-kind.ts AWARD_HEADLINE)', () => {
  const body =
    '\n\n据通报,甲县顺利通过评估。甲县居民健康素养水平由15.2%提高到22.3%,明显高于全省平均水平。儿童体检率达96.2%。\n';

  it('reads a headline saying the place made the list as results', () => {
    expect(targets('全国健康促进县评估名单公布 甲县上榜' + body)).toHaveLength(0);
    expect(targets('甲县通过省级健康促进县评估' + body)).toHaveLength(0);
  });

  it('keeps the figures under a headline that names no such news', () => {
    expect(values('甲县健康促进县工作推进情况' + body)).toContain(96.2);
  });
});

describe('a value-less reference whose subject names no measure (mention-references.ts)', () => {
  it('drops a pronoun or a count of items as the subject', () => {
    const text =
      '持续降低病媒生物密度,使其控制在国家规定的标准以内。蚊、蝇、鼠三类中有两项达到国家规定的标准,另一项不超过国家标准。';
    expect(targets(text).filter((t) => t.value === null)).toHaveLength(0);
  });

  it('keeps a measure compared with a reference level', () => {
    const text = '全县婴儿死亡率低于全省平均水平。';
    expect(targets(text).filter((t) => t.value === null)).toHaveLength(1);
  });
});

describe('the share of a task done after a semicolon (reported.ts PASSED_AIM)', () => {
  const text =
    '卫生局负责人介绍,截至目前,全县新建村卫生室已开工120所,其中完工80所,占年度目标任务的40%;完成改造乡镇卫生院任务12所,占年度目标任务数的60%。';

  it('drops the count done whose share of the task follows', () => {
    expect(values(text)).not.toContain(12);
  });
});

describe('money a place secured (context-rules.ts ACHIEVED, 争取到)', () => {
  it('drops the money 争取到 tells was won', () => {
    expect(values('据了解,全县争取到上级补助资金3200万元,用于改厕。')).not.toContain(3200);
  });

  it('keeps money still to be sought', () => {
    expect(values('今年全县要争取到上级补助资金3200万元。')).toContain(3200);
    expect(values('今年全县争取上级补助资金3200万元。')).toContain(3200);
  });
});

describe('a labelled pinyin gloss with spam before its label (normalise.ts PINYIN)', () => {
  it('drops the whole bracket from the name', () => {
    const text = '学校卫(某某彩票/某某快三pinyin:wèi)生室设置率达到95%,饮水合格(读:ge)率达到98%。';
    expect(names(text)).toEqual(['学校卫生室设置率', '饮水合格率']);
  });

  it('keeps a unit in brackets', () => {
    expect(names('学生人均体重(kg)增加不超过2')).not.toContain('学生人均体重');
  });
});

describe('a page with no place that sets out a national title’s standard (unnamed-places.ts)', () => {
  // A long first reply puts the standard's name beyond the page's opening lines.
  const page =
    '网友问答\n\n1楼:\n' +
    '创卫是一项改善环境、方便群众的工作,需要各方面共同参与。\n'.repeat(25) +
    '\n2楼:\n按照国家卫生城市创建标准,以下几条必须做到:\n(1)群众对卫生状况满意率≥85%;\n(2)建成区绿化覆盖率≥30%;\n';

  it('reads its bars as the nation’s', () => {
    expect(targets(page).map((t) => t.region)).toEqual(['全国', '全国']);
  });

  it('leaves a page with no such standard without a place', () => {
    expect(
      targets(page.replace('国家卫生城市创建标准', '创建要求')).map((t) => t.region),
    ).not.toContain('全国');
  });
});

describe('a news page’s year from its dateline, not a span’s opening year (header.ts)', () => {
  const story =
    '某市半数以上的社区要建成健康社区\n\nhttp://www.example.com  2015年6月3日08:30  某某网\n\n  会上,副市长表示,根据省里的标准,50%以上的社区要建成健康社区。自2008年省里出台评比办法以来,全省已建成健康社区200个。\n';

  it('dates the aim by the site’s dateline', () => {
    expect(targets(story).map((t) => t.year)).toContain(2015);
    expect(targets(story).map((t) => t.year)).not.toContain(2008);
  });
});
