import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import {
  countBeforeAside,
  frontedTopicRate,
  inlineHeadingRate,
  kindOfActRate,
} from './act-subjects';
import { recipientCount } from './recipient-names';

// Bare acts whose subject sits further back in the sentence (issue 14, names round 14), in
// wording of our own.
const HEADER = '2028年全县公共卫生重点工作\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a sentence that opens with the people it is about', () => {
  it('gives them to a rate of an act done to them', () => {
    expect(
      names('对筛查发现的骨质疏松高危老人,由乡镇卫生院安排专人登记,随访管理率达到85%以上。'),
    ).toContain('骨质疏松高危老人随访管理率');
  });

  it('leaves a topic that goes on into its own act to the clause rule', () => {
    expect(frontedTopicRate('干预率', '对肥胖学生进行膳食干预,')).toBeNull();
  });

  it('takes no place, time or measure for people', () => {
    expect(frontedTopicRate('管理率', '对全县,由卫生院负责,')).toBeNull();
    expect(frontedTopicRate('管理率', '对患者人数,由卫生院负责,')).toBeNull();
  });

  it('gives nothing to a rate that is not of an act done to people', () => {
    expect(frontedTopicRate('知晓率', '对辖区内的孕产妇,由村医上门宣传,')).toBeNull();
  });
});

describe('a count of things built with its parts in brackets', () => {
  it('reaches past the aside to the spread after it', () => {
    expect(
      names('全县农村标准化村卫生室新建40所(其中东片乡镇24所、西片乡镇16所),覆盖率达到95%。'),
    ).toContain('农村标准化村卫生室覆盖率');
  });

  it('takes only a spread, and only an aside of parts', () => {
    expect(countBeforeAside('合格率', '农村卫生室新建40所(其中东片24所),')).toBeNull();
    expect(countBeforeAside('覆盖率', '农村卫生室新建40所(达到省定标准),')).toBeNull();
  });
});

describe('the kind of act the sentence named before', () => {
  it('is kept by the rate of that act or its outcome', () => {
    expect(names('结核病患者接受耐药治疗的比例达到80%,治疗成功率达到75%以上。').at(-1)).toBe(
      '耐药治疗成功率',
    );
  });

  it('is not a manner word, and not another act', () => {
    expect(kindOfActRate('治疗率', '患者接受规范化治疗,')).toBeNull();
    expect(kindOfActRate('随访率', '患者接受耐药治疗,')).toBeNull();
  });
});

describe('an item heading that runs on in its line', () => {
  it('is the subject of a bare rate opening the item', () => {
    expect(names('(四)包虫病:到2028年,筛查率达到90%以上。')).toEqual(['包虫病筛查率']);
  });

  it('names the disease of a field of care', () => {
    expect(names('3.碘缺乏病防治。普及率稳定在95%以上。')).toEqual(['碘缺乏病普及率']);
  });

  it('is not a theme or an act, and not read past other words', () => {
    expect(inlineHeadingRate('覆盖率', '(一)主要目标:')).toBeNull();
    expect(inlineHeadingRate('知晓率', '2.健康教育:')).toBeNull();
    expect(inlineHeadingRate('治疗率', '(二)包虫病:全面落实救治政策,')).toBeNull();
  });
});

describe('people served with no light verb', () => {
  it('are titled who, then the service', () => {
    expect(names('2028年免费为3000名学龄儿童涂氟防龋。')).toEqual(['学龄儿童免费涂氟防龋人数']);
  });

  it('needs 为 and a word for a group', () => {
    expect(recipientCount('为', '名志愿者培训急救技能', '名')).toBeNull();
    expect(recipientCount('对', '名孕妇产前筛查', '名')).toBeNull();
  });
});
