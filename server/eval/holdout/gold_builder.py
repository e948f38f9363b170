"""The T(...) annotation form and the writer shared by the hold-out sets' own builders
(f/, g/, h/ each keep their annotations in a file of their own, so that sets gathered at the
same time do not edit one file). Fields follow /work/shared/gold/SCHEMA.md; `start` is the
code-point index of the quote in the text (str.find), and a quote that occurs more than once
names its occurrence with occ= (0-based)."""
import json
import os


def T(doc, quote, indicator, region, comparator, value, unit, year, kind, direction,
      scope=None, value_max=None, ambiguous=False, occ=None):
    return dict(doc=doc, quote=quote, indicator=indicator, region=region, scope=scope,
                comparator=comparator, value=value, value_max=value_max, unit=unit,
                year=year, kind=kind, direction=direction, ambiguous=ambiguous, _occ=occ)


def write_gold(annotations, here):
    """Finds each quote in here/docs and writes here/gold.jsonl."""
    write_lines(locate(annotations, os.path.join(here, "docs")), os.path.join(here, "gold.jsonl"))


def locate(annotations, docs):
    """Gold lines: each annotation with the code-point start of its quote in docs/<doc>."""
    texts, out = {}, []
    for a in annotations:
        a = dict(a)
        doc = a["doc"]
        if doc not in texts:
            with open(os.path.join(docs, doc), encoding="utf-8") as f:
                texts[doc] = f.read()
        text, quote, occ = texts[doc], a["quote"], a.pop("_occ")
        starts = []
        i = text.find(quote)
        while i >= 0:
            starts.append(i)
            i = text.find(quote, i + 1)
        if not starts:
            raise SystemExit(f"quote not found in {doc}: {quote!r}")
        if len(starts) > 1 and occ is None:
            raise SystemExit(f"quote occurs {len(starts)} times in {doc}, name occ=: {quote!r}")
        line = {"doc": doc, "start": starts[occ or 0], **{k: v for k, v in a.items() if k != "doc"}}
        if not line["ambiguous"]:
            del line["ambiguous"]
        out.append(line)
    return out


def write_lines(lines, out_path):
    with open(out_path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(lines)} lines, {sum(1 for l in lines if not l.get('ambiguous'))} scored -> {out_path}")
