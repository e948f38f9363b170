// 确保 and 保证 (ensure, guarantee): a plan's word that what follows is to be reached, written
// either way (确保…达到90%, 保证…实现90%); the lists of aim words share it so neither is read
// where the other is not. 保证 as a noun is no aim: 保证金 (a deposit), 保证书 (a pledge), 保证人
// (a guarantor), 保证期 (a term), 保证率 (a rate's name, 供水保证率) and 质量保证 (quality assurance).
export const ENSURE = String.raw`(?:确保|(?<!质量)保证(?![金书人期率]))`;
