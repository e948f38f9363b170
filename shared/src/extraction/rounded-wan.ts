import { sentenceStart } from './clauses';
import { ENSURE } from './aim-words';

// 4万余名, 9万多颗: a count in 万 rounded down with `余`/`多` (more than) after the 万. Reports and
// news round what was done that way (新增就业1.2万余人); a plan rounds a figure it is to reach
// only in a sentence that looks ahead (预计将为4万余名儿童…, 力争…). So the rounded 万 is read as a
// count only there; elsewhere it is left unread, as it was before the unit pattern took it.
const ROUNDED_WAN = /^[万亿][余多]/;
// (计划 and 目标 are left out: a report names the plans it carried out, 落实增收计划.)
const LOOKS_AHEAD = new RegExp(
  String.raw`将(?!近)|预计|拟|力争|争取|${ENSURE}|到(?:19|20)\d{2}年|(?:19|20)\d{2}年(?:底|前|内)`,
);

/** Whether a count whose unit is written `unitRaw` is a rounded 万 in a sentence that does not look ahead. */
export function roundedWanUnaimed(text: string, start: number, unitRaw: string): boolean {
  if (!ROUNDED_WAN.test(unitRaw)) return false;
  return !LOOKS_AHEAD.test(text.slice(sentenceStart(text, start), start));
}
