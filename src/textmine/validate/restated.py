"""The same total said twice: restatements, and sentences copied with one figure changed."""
from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ..segment import word_tags
from .labels import (
    _common,
    _common_suffix,
    _distinctive,
    _nearly_contained,
    _overlaps,
    _pairs,
    _restates,
    _same_unit,
    _sharing_a_figure,
    _similar,
)
from .patterns import _DIGITS, _PLAN, _SPACE, _SUMMABLE
from .quantities import Fig, _han

_PLANNED = re.compile(r"计划|力争|目标|预计")  # a sentence of what is to be done
_HAN4 = re.compile(r"[\u4e00-\u9fff]{4}")  # the act and the noun of a label's end (结业|学徒)
_HAN2 = re.compile(r"[\u4e00-\u9fff]{2}")  # a two-character word (the act before a noun: 清理|病枯死松树)

# the words that lead a figure rather than name it (消费|逾3亿元, 消费|约2.6亿元)
_LEAD_WORD = re.compile(r"(?:逾|约|近|超过|超|突破|达到|达|高达|多达|共计|共|计|累计|为)$")
_REFERS_BACK = re.compile(r"(?:上述|前述)的?$")  # 对上述1286个直饮水点: a count said before

_OPEN_WINDOW = Decimal("1.2")  # how far past a headline's open bound (逾3千) the body's figure may lie


def _words_apart(headline: str, body: str) -> bool:
    """Does ``body`` hold the last word of a headline figure's words (消费 of 油纸伞带动消费) and, before
    it, another two-character word of theirs (带动), with words between them (带动美浓周边观光消费)?"""
    headline, body = _LEAD_WORD.sub("", headline), _LEAD_WORD.sub("", body)
    noun = headline[-2:]
    at = body.rfind(noun) if len(noun) == 2 else -1
    head = headline[:-2]
    return at > 0 and any(head[k:k + 2] in body[:at] for k in range(len(head) - 1))


class RestatedRules:
    """The restatement rules, mixed into ``validator._Validator``: they read its state (``self.t``,
    ``self.tx``, ``self.figs``, ``self.c``) and add to ``self.groups`` and ``self.checks``."""

    def restated(self) -> None:
        figs = [f for f in self.figs if f.kind not in ("ordinal", "rank")]
        linked: set[str] = set()
        # earlier figures of one kind and change-or-level, by classifier family and without a
        # classifier: the only ones _same_unit lets a figure restate (no scan of every pair)
        # (entries: text position among ``figs``, the figure, its bounds -- compared inline, as the
        # cheapest test, before anything else is asked)
        by_family: dict[tuple, list[tuple[int, Fig, Decimal, Decimal | None]]] = {}
        no_unit: dict[tuple, list[tuple[int, Fig, Decimal, Decimal | None]]] = {}
        every: dict[tuple, list[tuple[int, Fig, Decimal, Decimal | None]]] = {}
        for i, b in enumerate(figs):
            kd = (b.kind, b.delta)
            fk = kd + (b.family,)
            same_family = by_family.get(fk)
            if same_family is None:
                same_family = by_family[fk] = []
            same_kind = every.get(kd)
            if same_kind is None:
                same_kind = every[kd] = []
            pools = (same_family, no_unit.get(kd, ())) if b.unit else (same_kind,)
            if _PLAN.search(b.pre):
                # (a target of another value restates no figure of what was done: 达2416家 … 力争2024年
                # 达到2700家; the same value may -- 将在全年生猪出栏132.6万头的基础上)
                pools = tuple([x for x in pool if _PLAN.search(x[1].pre) or x[1].value == b.value] for pool in pools)
            blo, bhi = b.lo, b.hi
            # the first and the last earlier figure b restates (plain loops: this runs for every
            # figure against every earlier one of its kind, and most figures restate nothing)
            b_pairs = None
            first = last = None
            for pool in pools:
                for x in pool:
                    if (x[3] is None or x[3] >= blo) and (bhi is None or bhi >= x[2]):  # _overlaps
                        if b_pairs is None:
                            b_pairs = _pairs(b.before + b.after)
                        if _restates(x[1], b, b_pairs):
                            if first is None or x[0] < first[0]:
                                first = x
                            break
            if first is not None:
                for pool in pools:
                    for x in reversed(pool):
                        if (x[3] is None or x[3] >= blo) and (bhi is None or bhi >= x[2]) \
                                and _restates(x[1], b, b_pairs):
                            if last is None or x[0] > last[0]:
                                last = x
                            break
            entry = (i, b, blo, bhi)
            same_family.append(entry)  # (after the search: a figure does not restate itself)
            same_kind.append(entry)
            if not b.unit:
                no_unit.setdefault(kd, []).append(entry)
            if first is None:
                continue
            first, last = first[1], last[1]
            for a in {first.id: first, last.id: last}.values():
                self.add({"kind": "restated", "whole": a.id, "parts": [b.id], "status": "pass",
                          "message": f"{a.shown} stated again as {b.shown} ✓"})
                linked.update((a.id, b.id))
        # "总投资3.18亿元 ... A、B、C三项合计3.18亿元": a sum's total equal to a total stated before
        for g in self.groups:
            b = g.whole
            if g.cue != "合计" or b.id in linked or b.q.get("qualifier") != "exact" or not _distinctive(b):
                continue
            # (a total: 总 next to it, or its clause opening with 共 -- "全年共争取…资金1.82亿元")
            a = next((x for x in figs if x.end <= b.start and x.q.get("qualifier") == "exact" and x.value == b.value
                      and x.unit == b.unit and x.kind == b.kind and not x.delta
                      and ("总" in x.before[-4:] + x.after[:2]
                           or "共" in _han(self.t[self.tx.clause_span(x.start)[0]:x.start])[:4])), None)
            if a is not None:
                self.add({"kind": "restated", "whole": a.id, "parts": [b.id], "status": "pass",
                          "message": f"{a.shown} stated again as the sum {b.shown} ✓"})
        self.copied_sentences(figs)
        self.back_references(figs, linked)
        # "…圆满结束　逾42万人次参与" / "参加者逾42万人次": a headline figure the body states with the
        # same value and classifier restates it, whatever words stand around each (a headline is cut
        # short); only figures too large to meet by chance, and the first body one
        restating: dict[str, Fig] = {}  # a headline figure -> the body figure with its value
        for h in figs:
            if not h.headline or h.id in linked or h.kind not in _SUMMABLE or h.delta:
                continue
            b = next((b for b in figs if not b.headline and b.unit == h.unit and b.kind == h.kind
                      and not b.delta and b.value == h.value and b.status in (None, "done")), None)
            if h.value < 100 and not (b is not None and h.unit and _common(h.before, b.before) >= 2):
                continue  # (a small figure meets another by chance: "望安今年产卵48巢" is "产卵巢数48巢" by its words)
            if b is not None and b.id not in linked:
                self.add({"kind": "restated", "whole": h.id, "parts": [b.id], "status": "pass",
                          "message": f"{h.shown} stated again as {b.shown} ✓"})
                linked.update((h.id, b.id))
                restating[h.id] = b
        # "送养逾3千隻" over "经认养送出3124隻": a headline's open bound is restated by the one body figure
        # of its classifier within a fifth past it (whatever the words: a headline is cut short)
        bounded: set[str] = set()
        for h in figs:
            if not h.headline or h.id in linked or h.kind not in _SUMMABLE or h.delta or h.value < 100 \
                    or h.q.get("qualifier") not in ("over", "under"):
                continue
            # (逾/余 bound it from below, even where 余 leaves an upper end: 6200余 is no 5800余)
            lo, hi = (h.value, h.value * _OPEN_WINDOW) if h.q.get("qualifier") == "over" \
                else (h.value / _OPEN_WINDOW, h.value)
            body = [b for b in figs if not b.headline and b.unit == h.unit and b.kind == h.kind and not b.delta
                    and b.status in (None, "done") and b.value != h.value
                    and not _PLAN.search(b.pre)]  # (not next year's target: 目标外销量突破1500公吨)
            inside = [b for b in body if lo <= b.value <= hi]
            step = Decimal(10) ** (len(str(int(h.value))) - 1)
            if not inside and h.q.get("qualifier") == "over" and h.value % step == 0:
                # "外销突破千公吨" of 1286公吨: where none is close, a round bound reaches the next round number
                inside = [b for b in body if lo <= b.value < h.value + step]
            if len(inside) == 1 and inside[0].id not in linked:
                b = inside[0]
                self.add({"kind": "restated", "whole": h.id, "parts": [b.id], "status": "pass",
                          "message": f"{h.shown} stated again as {b.shown} ✓"})
                linked.update((h.id, b.id))
                bounded.add(h.id)
        # "精品咖啡占比提升至23%" over "其中精品咖啡生豆3260吨，占生豆总产量的23%": a headline share is restated
        # by the body's share of the same value whose sentence names the headline's thing (four characters)
        for h in figs:
            if not h.headline or h.kind != "percent" or h.delta or h.id in linked:
                continue
            b = next((b for b in figs if not b.headline and b.kind == "percent" and not b.delta and b.value == h.value
                      and _common(h.before, _han(self.t[self.tx.sent_span(b.start)[0]:b.start])) >= 4), None)
            if b is not None and b.id not in linked:
                self.add({"kind": "restated", "whole": h.id, "parts": [b.id], "status": "pass",
                          "message": f"{h.shown} stated again as {b.shown} ✓"})
                linked.update((h.id, b.id))
        # a headline total the body confirms: another body figure naming the same thing must agree
        for h in figs:
            if not h.headline or h.kind not in _SUMMABLE:
                continue
            hctx = h.text_label()
            # (not a part with its share beside it, 小麦保险保费29846万元，占…的53.1%, nor a plan for next
            # year, 计划新引进人才3.5万名以上)
            near = [b for b in figs if b is not h and _same_unit(b, h) and b.kind == h.kind and b.delta == h.delta
                    and b.status in (None, "done") and b.group is None and not self.share_follows(b)
                    and not _PLAN.search(b.pre) and not self.planned(b)]
            support = [b for b in near if _overlaps(b.lo, b.hi, h.lo, h.hi) and _common(hctx, b.text_label()) >= 2]
            if not support:
                continue
            labels = [hctx] + [b.text_label() for b in support]
            # (nor a part of a sum that adds up to the figure confirming the headline: "开展惠民演出和公益
            # 电影放映1260场" then "戏曲演出420场、综艺演出186场、公益电影放映654场")
            sums = {}
            for b in near:
                sums[b.sent] = sums.get(b.sent, 0) + b.value
            # (nor a figure whose share of it is stated: "全年出栏生猪82.6万头 … 规模养殖场出栏生猪64.8万头，
            # 规模化率达到78.5%" under "生猪年出栏突破80万头")
            shown = {x.id for x in support}
            shares = {p for c in self.checks if c["kind"] == "percent" and c.get("whole") in shown for p in c["parts"]}
            for b in near:
                if sums[b.sent] != b.value and any(sums[b.sent] == x.value for x in support) or b.id in shares:
                    continue
                # a slip keeps the order of magnitude (23 -> 30); 6个省份 is another figure
                close = h.value / 2 <= b.value <= h.value * 2
                # "发现火灾隐患3420处，督促整改3317处" under "排查整改火灾隐患3300余处": beside the figure that
                # confirms the headline, another figure of the same sentence counts something else
                beside = any(x.sent == b.sent for x in support)
                # (and one names the other's head noun: 农业保险保费收入 is no 农业保险已决赔款)
                bl = b.text_label()
                # (nor a figure of another act on the same noun: "首批结业学徒3960人" under "培养学徒5200余人")
                act = bl[-4:-2] if len(bl) >= 4 and _HAN4.fullmatch(bl[-4:]) else ""
                if act and not any(act in x for x in labels) and any(x.endswith(bl[-2:]) for x in labels):
                    continue
                # (or the headline's act before the noun both name -- a dictionary word, no place or noun --
                # absent from the figure's words: "普查发现疑似病枯死松树12.3万株" under "清理病枯死松树11.6万株")
                if (k := _common_suffix(hctx, bl)) >= 2 and _HAN2.fullmatch(h_act := hctx[-k - 2:-k]) \
                        and h_act not in bl and (word_tags().get(h_act) or "n")[:1] not in "nrmqtfs":
                    continue
                if close and not beside and not _overlaps(b.lo, b.hi, h.lo, h.hi) \
                        and any(_common(x, bl) >= 4 for x in labels) \
                        and any(bl.endswith(x[-2:]) or bl[-2:] in x for x in labels):
                    self.add({"kind": "restated", "whole": h.id, "parts": [b.id], "status": "fail",
                              "message": f"the headline and the text say {h.shown}, but here it is {b.shown}"})
        # a headline figure no body figure agrees with: compare it with the closest match
        for h in figs:
            if not h.headline or h.kind not in _SUMMABLE + ("percent", "anniversary") or h.id in bounded:
                continue
            body = [b for b in figs if not b.headline and _same_unit(b, h) and b.kind == h.kind
                    and b.delta == h.delta]
            if any(_overlaps(b.lo, b.hi, h.lo, h.hi) for b in body if _similar(h, b)):
                continue
            # (the figure it disagrees with is one of what was done: next year's target, 明年将再培训2000
            # 人次以上, is no other statement of the headline's -- unless the body states nothing else)
            body = [b for b in body if not _PLAN.search(b.pre)] or body
            scored = [(_common(h.label() + h.before, b.before + b.after), -b.start, b) for b in body]
            # (or the headline's verb and noun, apart in the body: "油纸伞带动消费逾3亿元" against
            # "带动美浓周边观光消费约2.6亿元", of the headline's order of magnitude)
            scored = [s for s in scored if s[0] >= 3 or s[0] == 2 and h.value / 2 <= s[2].value <= h.value * 2
                      and _words_apart(h.before, _han(self.t[self.tx.clause_span(s[2].start)[0]:s[2].start]))]
            if not scored:
                continue
            # (of the figures the words match, one of the headline's order of magnitude: "撬动消费2.36亿元"
            # is compared with "带动消费2.63亿元", not with a 1500万 whose words match as well)
            scored = [s for s in scored if h.value / 2 <= s[2].value <= h.value * 2] or scored
            best = max(scored, key=lambda s: (s[0], s[1]))[2]
            if best.group is not None and best.group.whole is not best \
                    and any(s[2] is best.group.whole for s in scored):
                # "全年录得目击纪录213次" against "录得…目击纪录231次 … 大屿山西面水域录得目击纪录118次，…合计231次":
                # of a total and its part that both match the headline's words, the total
                best = best.group.whole
            if (b := restating.get(h.id)) is not None and (b.group is not None and b.group.whole is best
                                                            or best.group is not None and best.group.whole is b):
                # "…312宗…申请获批" then "接获申请386宗，当中已批出312宗": the body restates the headline
                # as a part of the total that matched best, or as the total of the part that did ("参赛
                # 选手2.5万名，其中全程马拉松8000名") -- no other statement of it
                continue
            if best.group is not None and best.group.whole is not best and _same_unit(best.group.whole, h) \
                    and _overlaps(best.group.whole.lo, best.group.whole.hi, h.lo, h.hi):
                # "286座新亭“上岗”" then "在已完成的286座候车亭中，新建候车亭45座，提升改造241座": the
                # best match is a part of a total the headline agrees with
                continue
            self.add({"kind": "restated", "whole": h.id, "parts": [best.id], "status": "fail",
                      "message": f"the headline says {h.shown}, but the text says {best.shown}"})

    def back_references(self, figs: list[Fig], linked: set[str]) -> None:
        """"截至2023年底累计建成公共直饮水点1268个…。同时对上述1286个直饮水点开展滤芯更换": a count after
        上述/前述 states again one said before.  When no earlier figure of its classifier has its value,
        the one earlier figure of its order of magnitude counting the same noun is the one it should
        repeat: a slip (digits transposed)."""
        for b in figs:
            if b.id in linked or b.kind != "count" or b.delta or not _REFERS_BACK.search(b.pre[-4:]):
                continue
            noun = b.q.get("counted") or ""
            earlier = [x for x in figs if x.end <= b.start and x.unit == b.unit and not x.delta and not x.paren]
            if len(noun) < 2 or any(_overlaps(x.lo, x.hi, b.lo, b.hi) for x in earlier):
                continue
            same = [x for x in earlier if (c := x.q.get("counted") or "") and len(c) >= 2
                    and (noun[-2:] in c or c[-2:] in noun) and b.value / 2 <= x.value <= b.value * 2]
            # (one value, though stated more than once: in the headline and the lede)
            if same and len({x.value for x in same}) == 1:
                x = same[-1]
                self.add({"kind": "restated", "whole": x.id, "parts": [b.id], "status": "fail",
                          "message": f"{b.shown} refers back to {x.shown} stated before"})
                linked.update((x.id, b.id))

    def planned(self, b: Fig) -> bool:
        """Is ``b`` in a sentence of plans ("2025年全县计划新增中蜂2万群，力争…，带动蜂农3000户以上"): a
        plan word before it in its sentence (not 将 alone, which also tells what a measure will do)?"""
        return _PLANNED.search(self.t, self.tx.sent_span(b.start)[0], b.start) is not None

    def copied_sentences(self, figs: list[Fig]) -> None:
        """A sentence said twice (a lede quoted later, a photo caption repeated in the body).

        When one sentence is (nearly) contained in another and their figures line up, each
        figure restates its counterpart.  Parallel sentences ("女党员...占25.1%，比上年提高0.4个
        百分点" / "发展女党员...占39.6%，比上年提高0.6个百分点") look alike too, so a pair only
        counts as a copy when at least one other figure of it agrees exactly and at most one
        differs.
        """
        by_sent: dict[int, list[Fig]] = {}
        for f in figs:
            if f.kind in _SUMMABLE + ("percent",):
                by_sent.setdefault(f.sent, []).append(f)
        sents = {k: v for k, v in by_sent.items() if len(v) >= 2}
        masked: dict[int, str] = {}
        for k1, k2 in _sharing_a_figure(sents):
            f1, f2 = sents[k1], sents[k2]
            fs, fl = sorted((f1, f2), key=len)
            best = None
            # (the shorter one's figures in order among the longer one's, not only side by side: a
            # headline "…增至十二个　全年逾三千人次参与…" in a lede that adds 种植格合共1,086个 between them)
            picks = itertools.combinations(range(len(fl)), len(fs)) if len(fl) <= 8 \
                else (range(off, off + len(fs)) for off in range(len(fl) - len(fs) + 1))
            for pick in picks:
                pairs = list(zip(fs, (fl[i] for i in pick)))
                if not all(_same_unit(a, b) and a.kind == b.kind for a, b in pairs):
                    continue
                same = [p for p in pairs if _overlaps(p[0].lo, p[0].hi, p[1].lo, p[1].hi)]
                if best is None or len(same) > len(best[1]):
                    best = (pairs, same)
            if best is None:
                continue
            pairs, same = best
            differ = [p for p in pairs if p not in same]
            if any(p[0].kind == "percent" for p in differ):
                continue  # rates of parallel sentences (增长10.3% / 增长8%) differ by design
            distinctive = [p for p in same if _distinctive(p[0])]
            if not distinctive or len(differ) > 1:
                continue
            for k in (k1, k2):
                if k not in masked:
                    ss, se = self.tx.sent_span(sents[k][0].start)
                    masked[k] = _DIGITS.sub("#", _SPACE.sub("", self.t[ss:se]))
            if not _nearly_contained(masked[k1], masked[k2]):
                continue
            if bool(_PLANNED.search(masked[k1])) != bool(_PLANNED.search(masked[k2])):
                continue  # (a plan, "力争到2026年种植面积稳定在45万亩左右", restates no headline of what was done)
            for a, b in pairs:
                a, b = sorted((a, b), key=lambda f: f.start)
                ok = (a, b) in same or (b, a) in same
                self.add({"kind": "restated", "whole": a.id, "parts": [b.id], "status": "pass" if ok else "fail",
                          "message": (f"{a.shown} stated again as {b.shown} ✓" if ok else
                                      f"the same sentence says {a.shown} in one place and {b.shown} in another")})
