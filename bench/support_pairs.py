#!/usr/bin/env python3
"""Helpers of bench/support.sh.
  support_pairs.py context PAIRS.jsonl ARTICLES.jsonl   prints PAIRS with "context": the paragraph (line) of the
      passage's article around [start, end) and the one before it, when the pair names passage_article and
      ARTICLES holds it
  support_pairs.py score PAIRS.jsonl LABELS.jsonl        prints the confusion table of gold "label" against the
      judged "label", and precision and recall of "supports"."""
import json, os, sys

LABELS = ["supports", "partial", "no"]

def context(pairs, articles):
    texts = {}
    if os.path.exists(articles):
        for line in open(articles, encoding="utf-8"):
            a = json.loads(line)
            texts[a["id"]] = a["text"]
    for line in open(pairs, encoding="utf-8"):
        if not line.strip():
            continue
        p = json.loads(line)
        text = texts.get(p.get("passage_article"))
        if text is not None and "start" in p and "end" in p and "context" not in p:
            start = text.rfind("\n", 0, p["start"]) + 1
            start = text.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else 0
            end = text.find("\n", p["end"])
            p["context"] = text[start:len(text) if end < 0 else end]
        print(json.dumps(p, ensure_ascii=False))

def score(pairs, labels):
    gold = [json.loads(l)["label"] for l in open(pairs, encoding="utf-8") if l.strip()]
    got = [json.loads(l).get("label") for l in open(labels, encoding="utf-8") if l.strip()]
    if len(gold) != len(got):
        sys.exit(f"{len(gold)} pairs but {len(got)} judgements")
    table = {(g, p): 0 for g in LABELS for p in LABELS + [None]}
    for g, p in zip(gold, got):
        table[(g, p)] += 1
    print("| gold \\ judged | " + " | ".join(LABELS) + " |")
    print("|---|" + "---|" * len(LABELS))
    for g in LABELS:
        print(f"| {g} | " + " | ".join(str(table[(g, p)]) for p in LABELS) + " |")
    accepted = sum(table[(g, "supports")] for g in LABELS)
    right = table[("supports", "supports")]
    gold_supports = gold.count("supports")
    print(f"supports: precision {right}/{accepted} = {100 * right / max(1, accepted):.1f} %, "
          f"recall {right}/{gold_supports} = {100 * right / max(1, gold_supports):.1f} %, "
          f"gold 'no' accepted {table[('no', 'supports')]}")

if __name__ == "__main__":
    {"context": context, "score": score}[sys.argv[1]](*sys.argv[2:])
