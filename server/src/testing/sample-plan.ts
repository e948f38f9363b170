/** A small plan in the shape of a provincial 工作要点, written for tests (not from the gold set). */
export const SAMPLE_PLAN = `四川省卫生和计划生育委员会
2017年全省卫生计生工作要点

一、深化医药卫生体制改革
全省新农合参合率稳定在95%以上，政策范围内住院费用报销比例达到75%左右。
二、妇幼健康
孕产妇死亡率控制在20/10万以下，婴儿死亡率低于8‰。
三、基层卫生
家庭医生签约服务覆盖率达到35%以上，城区达到%。
<script>alert("not executed")</script>
`;
