"""其中 / 涉及 / "N个X中": the parts singled out of a total (``part_of``, or ``sum`` when they
name every kind of it)."""
from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ..segment import short_freq
from .labels import (
    _bare,
    _common,
    _common_suffix,
    _core,
    _described,
    _head_of,
    _item_label,
    _occurrences,
    _overlaps,
    _overlaps_rounded,
    _pairs,
    _sum_bounds,
    counted_nouns,
    heads_meet,
)
from .patterns import (
    _ASIDE_LEAD,
    _ASIDE_OPEN,
    _BACK_REFERENCE,
    _BOUND_LABEL,
    _BRACKETED,
    _CLAUSE_BREAK,
    _COLON_AFTER,
    _COMMA_IN,
    _COUNT_OF_SUMMED,
    _DONE_CLAUSE,
    _FIGURE_NOUN_ZHONG,
    _INSIDE_LABEL,
    _ITEM_GAP,
    _ITEM_OPENING,
    _JOINER,
    _LIST_GAP,
    _LIST_LEAD,
    _LIST_OF_ITS_OWN,
    _MORE_BESIDES,
    _OBJECT_END,
    _OF_SHARE,
    _PLACES_COUNTED,
    _PLACES_OF_ALL,
    _REST_ITEM,
    _SCOPE_HEAD,
    _SCOPE_LEAD,
    _SCOPE_NOUN,
    _SEMI,
    _SEMI_OR_END,
    _SHARE_OF,
    _SIBLING_GAP,
    _SUBTOTAL_END,
    _TIME_FRAME,
    _YEAR_OPENING,
    _ZHONG_BREAK,
    _tables,
)
from .quantities import Fig, Group, _han

_NEW_PREDICATE = re.compile(r"\s*[，,]\s*并")  # ，并细分…: and (did) something else
_OTHERS_NOUN = re.compile(r"其他([\u4e00-\u9fff]{2,6})$")  # 鹤鹳类及其他水鸟: the noun the kinds share
_DIFFERENCE = re.compile(r"(?:顺差|逆差|差额)(?:为|达|达到)?$")  # a balance of two items, no item of their total


def _names_scope(label: str, noun: str) -> bool:
    """Do the words before a figure name the scope ``noun`` (新教师 of 补充新教师; 检获毒品 of
    检获各类毒品: a verb and a noun of four characters, a qualifier between them -- but not 交流教师 of
    符合交流条件的教师, where the verb is part of a clause describing the noun)?"""
    return label.endswith(noun) or len(noun) == 4 and label.startswith(noun[:2]) and label.endswith(noun[2:]) \
        and "的" not in label


_JOINED_NAMES = re.compile(r"[与和及、]")  # 新加坡与马来西亚: names joined before a mark
_BACK_REFERENCE = re.compile(r"上述|前述")  # a scope that names what was said before (上述刷卡人次中)
_LEVEL_OPENING = re.compile(r"(?:中央|省|市|县|区|乡镇|乡|镇|村)级")  # 县级财政配套: a level's share


def _other_nouns(a: Fig, b: Fig) -> bool:
    """Is the part ``b`` a count of places or people (行政村, 农户) that the total ``a`` (项目) does not
    count?  Unknown nouns, and outcomes (合格, 不合格 of 抽查), say no."""
    na, nb = counted_nouns(a, b)
    return len(na) >= 2 and len(nb) >= 2 and nb[-1] in _PLACE_OR_PEOPLE and not heads_meet(na, nb)


_PLACE_OR_PEOPLE = frozenset("村镇乡户")


def _unlike_nouns(a: Fig, b: Fig) -> bool:
    """Do ``a`` and ``b`` both name what they count, with other heads (熟食中心, 熟食摊位; 固定摊位小贩区,
    固定小贩摊位)?"""
    na, nb = counted_nouns(a, b)
    return len(na) >= 2 and len(nb) >= 2 and na[-2:] != nb[-2:]


def _names_the_rest(label: str) -> bool:
    """Does an item's label name whatever the items before it leave (其余工单, 其他机具补贴, 咨询、投诉等
    其余工单, 灵活就业及其他)?"""
    label = _LIST_LEAD.sub("", label)
    return label.startswith(("其他", "其余")) or any(w + x in label for w in "等及和与" for x in ("其他", "其余"))


def _sums_items(f: Fig) -> bool:
    """Is ``f`` the sum of the items before it ("…；养殖业保险2089万元，以上合计56190万元")?  Not the
    rest's own 合计, one more item: "费县、沂南县等其余县区合计45家次"."""
    return bool(_SUBTOTAL_END.search(f.pre[-6:])) and not _MORE_BESIDES.search(_item_label(f))


def _combines_others(total: Fig, items: list[Fig]) -> bool:
    """Does a 合计 after names joined by 与/和/及 that no item names give those things' combined figure,
    one more item ("输往美国4200公吨、日本2800公吨，新加坡与马来西亚合计1900公吨"), not the sum of the
    items ("国家级和省级项目合计11项" after 国家级… and 省级… items)?"""
    names = _JOINED_NAMES.split(_SUBTOTAL_END.sub("", _item_label(total)))
    return len(names) >= 2 and all(len(n) >= 2 for n in names) \
        and not any(n in _item_label(p) for p in items for n in names)


def _shared_head(parts: list[Fig]) -> str:
    """The last two characters every part's noun ends with (婚姻家庭纠纷, 邻里纠纷: 纠纷), or ""."""
    nouns = [p.q.get("counted") or "" for p in parts]
    head = nouns[0][-2:] if nouns and len(nouns) >= 2 else ""
    return head if len(head) == 2 and all(n.endswith(head) and len(n) > 2 for n in nouns) else ""


class SubsetRules:
    """The 其中 / 涉及 rules, mixed into ``validator._Validator``: they read its state (``self.t``,
    ``self.tx``, ``self.figs``, ``self.c``) and add to ``self.groups`` and ``self.checks``."""

    def subset_lists(self) -> None:
        """Group the figures after each cue with the total before it (``Group`` per total)."""
        claimed: set[str] = set()
        for cs, rs, end, strong, w, nest_at, nested_list in self.list_regions():
            parts = [f for f in self.starting(rs, end) if self.summable(f) and not f.paren
                     and f.id not in claimed and (nest_at is None or f.start < nest_at)]
            if w in ("其中", "中", "看"):
                # "其中，对违规经营的3家企业分别处以罚款20万元和15万元": a count inside the object of
                # 对/向/为/给 says whom the action is done to; the list is the figures of the action
                parts = [p for p in parts if not _OBJECT_END.search(p.pre)]
                parts = [p for p in parts if not self.modifier(p)]
                if w == "其中" and len(parts) >= 2 and parts[0].unit != parts[1].unit \
                        and self.whole_before(cs, parts[0]) is None \
                        and (w1 := self.whole_before(cs, parts[1])) is not None and w1.unit == parts[1].unit:
                    # "普及培训群众3.2万人次；其中，进校园活动覆盖中小学42所，培训师生1.1万人次": a count of
                    # another kind, with no total of its own before, tells where the part was done
                    parts = parts[1:]
            w0 = None
            if w in ("其中", "中", "看") and parts:
                # a list of parts counts one kind of thing; another classifier starts another clause,
                # and after a semicolon only a parallel item continues it ("第一产业增加值...；第二产业增加值")
                # a clause that starts like the total's own ("新增铁路1.97万公里，其中...；新增公路60.9万
                # 公里") is a new total, not a part
                # (the items before a sum of them: "…；养殖业保险2089万元，以上合计56190万元")
                items = list(itertools.takewhile(lambda p: not _sums_items(p), parts))
                w0 = (self.breakdown_whole(cs, items) if w == "看"
                      else self.scoped.get(cs) or self.whole_before(cs, parts[0], in_clause=(w == "中")))
                same, paired = self.direct_items(w, cs, rs, parts, w0)
                # (not after a list ending with the rest, which is all of its total: "其余74项为县级项目；
                # 国家级和省级项目合计11项" sums some of the items)
                subtotal = next((p for p in self.starting(same[-1].end, end) if p.unit == same[-1].unit), None) \
                    if len(same) >= 2 and not _REST_ITEM.match(_ITEM_OPENING.sub("", self.t[same[-2].end:same[-1].start])) \
                    else None
                # (nor the rest's own 合计: "其余5家雪场合计接待24.7万人次", "费县、沂南县等其余县区合计45家次"
                # is one more part)
                if subtotal is not None and _sums_items(subtotal) and subtotal.group is None \
                        and not paired and subtotal.status != "rest" and not _combines_others(subtotal, same):
                    # "…；养殖业保险2089万元，以上合计56190万元": the items add up to the sum written after them
                    ok = _overlaps_rounded(*_sum_bounds(same), subtotal.lo, subtotal.hi)
                    self.add(self.sum_check("sum", subtotal, same, "pass" if ok else "fail"))
                parts = same
                if paired:
                    # each item names its kind once for both figures ("夏粮面积96万亩、产量43万吨")
                    for p in parts:
                        p.item = _han(p.pre)
            elif parts and not _COLON_AFTER.match(self.t, rs) and (
                    semi := _SEMI.search(self.t, rs, parts[-1].start)) is not None:
                # "首批救助3.2亿元…，涉及农户6318户，…；第二批约2.4亿元": a list after 涉及/包括 ends at ；
                # (one opened by a colon may set its items apart by ；: "包括：A类12个；B类8个")
                parts = [p for p in parts if p.start < semi.start()]
            if w not in ("其中", "中", "看") and len(parts) > 2:
                # "储备粮油286吨，包括大米210吨、食用油76吨；猪肉近40吨": a list joined by 、 ends at ；
                cut = next((k for k in range(1, len(parts)) if _SEMI.search(self.t, parts[k - 1].end, parts[k].start)),
                           None)
                if cut is not None and cut >= 2:
                    parts = parts[:cut]
            if not parts:
                continue
            if w not in ("中", "看") and (_SEMI.search(self.t[rs:parts[0].start])
                               or self.tx.clause(parts[0].start) - self.tx.clause(cs) > 1
                               or parts[0].clause != self.tx.clause(cs)
                               and _han(self.t[rs:self.tx.clause_span(cs)[1]])):
                # "铺轨一千四百多公里，其中集宁到二连的铁路...已经铺轨完成；新建公路六千六百多公里": the
                # 其中 clause named no figure; the first one comes after a semicolon or clauses later, in
                # a new statement (pass-only).  "其中，当场调解1900件": a bare 其中 opens the next clause
                strong = False
            by_whole: dict[str, Group] = {}
            named = self.total_named_by_parts(w0, parts) if w == "其中" and w0 is not None else None
            for p in parts:
                whole = named or (w0 if w == "看" or cs in self.scoped
                                  else self.whole_before(cs, p, in_clause=(w == "中")))
                if whole is None or w == "涉及" and (whole.sent != p.sent or _other_nouns(whole, p)
                                                    or whole.hi is not None and p.lo > 5 * whole.hi
                                                    and _unlike_nouns(whole, p)) \
                        or w == "其中" and whole.sent != p.sent and self.other_kind_before(cs, p):
                    # (what 涉及 names is involved in its own sentence's figures: "调解纠纷218起，涉及金额2100余万元"
                    # is no part of the 326万元 of the sentence before; nor are the villages a project
                    # involves projects: "建设项目2个…，涉及5个行政村"; nor is a count of another noun
                    # many times the total: "为全港27个熟食中心进行翻新，涉及熟食摊位约1100个" counts stalls
                    # -- a part a few times its total is a slip to report)
                    continue
                g = by_whole.get(whole.id)
                if g is None:
                    g = by_whole[whole.id] = Group(whole=whole, strong=strong, cue=w)
                    if w == "看" and _BACK_REFERENCE.search(self.t, cs, parts[0].start):
                        g.strong = g.exhaustive = True  # "从问题类型看，上述交办件反映…": all of the total's kinds
                g.parts.append(p)
            for g in by_whole.values():
                # a nested list may continue in the next sentence ("第三产业增加值115952万元")
                if nested_list:
                    self.extend_next_sentence(g, end)
                for p in g.parts:
                    p.group = g
                    claimed.add(p.id)
                g.whole.total = g
                self.groups.append(g)

    def list_regions(self) -> list[tuple[int, int, int, bool, str, int | None, bool]]:
        """Where each list of parts may be: ``(cue start, region start, sentence end, strong, cue,
        start of a nested cue or None, whether that nests a 其中 list)``, in text order.  The cues are
        the subset words (其中, 涉及…), "N个X中，", a noun scoped by 中 and a breakdown (分产业看)."""
        c = self.c["subset"]
        cue_words = [(w, True) for w in c["strong"]] + [(w, False) for w in c["weak"]]
        starts: list[tuple[int, int, bool, str]] = []  # (cue start, region start, strong, cue)
        for w, strong in cue_words:
            for ms, me in _occurrences(self.t, w):
                if self.tx.in_paren(ms, me):
                    continue  # "(包括高中和初中)" says what a figure covers
                if self.attribute_of_figure(ms, me):
                    continue  # "来访856件、涉及2310人次": what the figure before involves, not a list of its parts
                if w == "承担" and self.takes_on_a_task(me):
                    continue
                if w == "其中" or not any(a <= ms < b for a, b, _, cw in starts if cw == "其中"):
                    starts.append((ms, me, strong, w))
        # "142个机构获颁…奖，当中非政府机构86个、学校34个": 当中 opening a clause is 其中
        for ms, me in _occurrences(self.t, "当中"):
            if self.t[ms - 1:ms] in "，,。；;" and not any(a == ms for a, _, _, _ in starts):
                starts.append((ms, me, True, "其中"))
        # "全县386个行政村（社区）中，已建成..." : a figure, its noun, then 中 and a break
        for m in _ZHONG_BREAK.finditer(self.t):
            if self.t[max(0, m.start() - 1):m.start() + 1] in ("其中", "当中"):
                continue
            starts.append((m.start(), m.end(), True, "中"))
        for f in self.figs:
            if f.unit and self.t.endswith(f.unit, 0, f.end) \
                    and (m := _FIGURE_NOUN_ZHONG.match(self.t, f.end)) is not None \
                    and not any(a == m.end() - 1 for a, _, _, _ in starts):
                starts.append((m.end() - 1, m.end(), True, "中"))  # (186个站点中依托…)
        self.scoped: dict[int, Fig] = {}  # a named scope's 中 -> the figure its noun counts
        starts.extend(self.named_scopes({a for a, _, _, w in starts if w == "中"}))
        # "分产业看，" / "从诉求来源看，": the sentence breaks a total stated before down by one dimension
        # (pass-only: the dimension need not be covered in full, unless its kinds are a closed set)
        # Its parts are in its own sentence, so it is looked for only in sentences holding a figure
        # (the pattern opens with a lookbehind and cannot skip ahead to a literal: run over the
        # whole text it was the stage's costliest scan; a match never crosses a sentence end).
        breakdown = _tables().breakdown
        first_of_sentence = {}
        for f in self.figs:
            first_of_sentence.setdefault(f.sent, f.start)
        for k in sorted(first_of_sentence):
            ss, se = self.tx.sent_span(first_of_sentence[k])
            for m in breakdown.finditer(self.t, ss, se + 1):
                # (the dimension opens with one: 从全年情况看; 从监测结果看 has a dimension, 监测)
                if any(m.group(0)[1:].startswith(w) for w in self.c["breakdown"]["not_dimensions"]):
                    continue
                if not any(a <= m.start() < b for a, b, _, _ in starts):
                    starts.append((m.start(), m.end(), False, "看"))
        starts.sort()
        regions = []
        for i, (cs, rs, strong, w) in enumerate(starts):
            ss, se = self.tx.sent_span(cs)
            end = se
            # a nested 其中 closes this region's direct parts (they resume after the sentence)
            # (and a breakdown, 按处置方式分，, starts a list of its own: 其中电话渠道52.1万件；按处置方式分，…)
            nested = [x for x in starts[i + 1:] if x[0] < se and (x[3] in ("其中", "中") or x[3] == "看" and w != "看")]
            regions.append((cs, rs, end, strong, w, nested[0][0] if nested else None,
                            any(x[3] in ("其中", "中") for x in nested)))
        return regions

    def other_kind_before(self, cue_at: int, p: Fig) -> bool:
        """Is the figure right before the cue, in its sentence, of another kind than the part ("审结案件涉案
        标的额48.6亿元，其中金融借款合同纠纷2860件": the cases of that sum, whose count is not given)?"""
        ss, _ = self.tx.sent_span(cue_at)
        before = [f for f in self.starting(ss, cue_at) if f.end <= cue_at]
        return bool(before) and before[-1].kind in ("money", "measure") and not self.same_family(before[-1], p) \
            and self.t[before[-1].end:cue_at].strip("，, ") == ""  # (right before 其中; not a rate, 完工率88.5%，其中…)

    def direct_items(self, w: str, cs: int, rs: int, parts: list[Fig], w0: Fig | None) -> tuple[list[Fig], bool]:
        """The parts a 其中 / 中 / 看 list names directly: the figures after the cue up to where the
        list ends (another classifier, a new statement, a count of its own), and whether they come in
        pairs (户 and 人 of each kind)."""
        progress = self.c["done"]["words"] + self.c["done"]["verbs"] + self.c["pending"]["words"]
        head = _core(w0.before)[:2] if w0 is not None else ""
        same = []
        paired, second = False, ""
        # "其中年寄递量超过10万件的项目3个": a bound describing the item is no item
        parts = [p for p in parts if not (p.q.get("qualifier") in ("over", "under") and _BOUND_LABEL.match(self.t, p.end)
                                          and self.starting(p.end, self.tx.clause_span(p.start)[1]))]
        durations = _tables().durations
        for p in parts:
            if same and p.unit in durations and p.unit != parts[0].unit and p.clause == same[-1].clause:
                continue  # "80至89周岁2876人、90至99周岁347人…": an age or a span inside an item's label, no item
            if p.delta != parts[0].delta:
                break
            if same and p.unit != parts[0].unit and _COUNT_OF_SUMMED.match(self.t, p.end):
                break  # "…，三家景区合计接待189.0万人次": how many items a subtotal sums, no item
            if same and p.unit != parts[0].unit and self.counts_places(p):
                continue  # "市本级完成4386批次，全市13个县市区完成14266批次": where the next item was done
            if p.unit != parts[0].unit and not (
                    same and w0 is not None and self.covers(w0, p) and self.covers(w0, parts[0])
                    and _ITEM_GAP.fullmatch(self.t, same[-1].end, p.start)):
                if not (same and w != "看" and self.paired_total(cs, w0, p)):
                    break
                paired, second = True, second or p.unit
            if w == "看" and same and any(x in _item_label(p) and x not in _item_label(same[0]) for x in progress):
                # "食品类投诉900件，办结870件": the progress of an item, not the next item (but "4号线完成投资
                # 41.2亿元，5号线完成36.8亿元": the act every item names)
                continue
            gap = self.t[same[-1].end:p.start] if same else self.t[rs:p.start]
            semi = _SEMI.search(gap)
            if self.list_ends(w, rs, parts[0], p, same, gap, semi, paired, second, w0, head):
                break
            same.append(p)
        return same, paired

    def list_ends(self, w: str, rs: int, first: Fig, p: Fig, same: list[Fig], gap: str, semi, paired: bool, second: str,
                  w0: Fig | None, head: str) -> bool:
        """Does the list end before ``p``?  ``gap`` is the text since the last item (or the cue),
        ``semi`` its semicolon if any, ``first`` the first figure after the cue: the signs that ``p``
        opens another statement."""
        if same and not semi and self.completes(w0, same + [p]) and not _sums_items(p):
            # "其中市级财政专项150万元、县市区配套126万元，社会筹资52万元" of 328万元: it completes the total
            # (so after one item: "接诊1368人次，其中轻症处置1342人次，送医观察26人次")
            return False
        c = self.c["subset"]
        if same and _DIFFERENCE.search(p.pre[-8:]):
            return True  # "其中，出口168.3亿元；进口144.3亿元；贸易顺差24亿元": the items' difference, no item
        if w == "其中" and same and _NEW_PREDICATE.match(gap):
            return True  # "其中村级网格108个、社区网格16个，并细分微网格590余个": 并 opens another statement
        if semi and same and w0 is not None and w0.hi is not None and p.lo > w0.hi:
            # "共服务长者1420名，其中独居长者586名；呼援服务用户逾1.1万名": after a semicolon, a figure
            # larger than the total alone is no item of it but the next statement
            return True
        if semi and paired and not (p.unit == first.unit and self.pair_follows(p, second)):
            # a list of paired figures (户 and 人 of each kind) ends at the semicolon, unless
            # the next item is a pair again ("工程建设项目1126宗，交易额198.35亿元；政府采购
            # 项目1208宗，成交金额26.79亿元")
            return True
        if semi and len(same) >= 2 and not paired \
                and not any(_SEMI.search(self.t[a.end:b.start]) for a, b in zip(same, same[1:])):
            return True  # "其中门诊24.9万人次、急诊3.7万人次；出院患者1.42万人次": a list joined by 、 ends at ；
        if w == "其中" and same and _COMMA_IN.search(gap) and _YEAR_OPENING.match(_ITEM_OPENING.sub("", gap)) \
                and not _YEAR_OPENING.match(_ITEM_OPENING.sub("", self.t[rs:same[0].start])):
            return True  # "其中油氢合建站21座、独立加氢站17座，2023年新建加氢站9座": one year's of all of them
        if w == "其中" and len(same) >= 2 and not paired and _COMMA_IN.search(gap) \
                and not _REST_ITEM.match(_ITEM_OPENING.sub("", gap)) and not _names_the_rest(_item_label(p)) \
                and all(_JOINER.search(self.t[a.end:b.start]) and not _COMMA_IN.search(self.t[a.end:b.start])
                        for a, b in zip(same, same[1:])) \
                and not any(_common_suffix(_item_label(p), _item_label(x)) >= 2 for x in same) \
                and not (_LEVEL_OPENING.match(_item_label(p)) and _LEVEL_OPENING.match(_item_label(same[-1]))):
            # "其中出厂水420份、末梢水840份，检测合格1220份": … and at a comma, unless the next
            # item is of the same kind ("省级赛事9场、市级赛事23场，举办县级赛事68场"), the next
            # level's ("…、市级资金690万元，县级财政配套520万元") or the rest ("…、一封信9800份，其余为
            # 宣传挂图6400份"; "…、超速9起，未按审定线路行驶等其他违法行为28起")
            return True
        if semi and head and _core(p.before).startswith(head) \
                and not (same and _core(same[0].before).startswith(head) and _common_suffix(p.before, same[0].before) >= 2):
            # (but not a sibling of the first item, named like it: "国家重点保护鸟类16种，其中国家一级保护
            # 鸟类5种；国家二级保护鸟类11种")
            return True
        if semi and same and w0 is not None and _common_suffix(p.before, w0.before) >= 2 \
                and _common_suffix(same[0].before, w0.before) < 2:
            return True  # "乡镇组织祭扫98次，其中重点镇37次；村和学校组织祭扫20次": the next kind of the total's own
        if semi and self.starts_predicate((same[-1].end if same else rs) + semi.end(), adverbs=True):
            # a new verb opens a new statement, after an adverb too ("；同步采集…样品1250份") -- unless the
            # list's items are verb phrases themselves and still fit the total ("其中，当场调解1900件...；
            # 移交处理1300件")
            # (or they are kinds of one noun, each after its own description: "其中，已解决
            # 的A类建议132件；列入计划逐步解决的B类建议41件")
            parallel = same and w0 is not None and (self.starts_predicate(
                self.tx.clause_span(same[0].start)[0], lead=True)
                or "的" in p.pre and _common_suffix(p.before, same[0].before) >= 2) and (
                w0.hi is None or _sum_bounds(same + [p])[0] <= w0.hi)
            if not parallel:
                return True
        if w == "其中" and same and w0 is not None and not semi and not paired \
                and p.unit == w0.unit == same[0].unit \
                and _COMMA_IN.search(gap) and self.starts_predicate(self.tx.clause_span(p.start)[0]) \
                and not self.starts_predicate(self.tx.clause_span(same[0].start)[0], lead=True) \
                and _sum_bounds(same + [p])[0] > w0.value \
                and not any(_common_suffix(_item_label(p), _item_label(x)) >= 2 for x in same) \
                and not _names_the_rest(_item_label(p)):
            # "营救被困人员1426人，其中儿童和老人387人，疏散遇险群众5800余人": after items named by
            # a noun, a clause opening with a verb that the total cannot hold is the next statement
            # (not one more item named like the others: "非法捕捞案件29起，…违规收购渔获物案件8起"; nor the
            # rest, however it opens: "其中故障报修7840件，咨询、投诉等其余工单4960件")
            return True
        if w == "其中" and len(same) >= 2 and not paired and not semi and _COMMA_IN.search(gap) \
                and all(_SEMI.search(self.t, a.end, b.start) and _common_suffix(_item_label(a), _item_label(b)) >= 2
                        for a, b in zip(same, same[1:])) \
                and _common_suffix(_item_label(p), _item_label(same[-1])) < 2:
            # "其中，国考断面10个；省考断面14个，水质优良12个": kinds of one noun set apart by ；, then
            # a clause of another noun after the last one tells more of that kind, not the next
            return True
        # (a share of an item names the total it is of, "，占火灾总数的41.4%；": no count of its own)
        # (nor the places an item was done in: "，全市13个县市区完成14266批次")
        # (nor a title: "、《致全县学生家长的一封信》9800份")
        if same and any(x in _PLACES_OF_ALL.sub("", _SHARE_OF.sub("", _BRACKETED.sub("", gap))).replace("新发现", "")
                        for x in c["ends"]):
            return True  # "…，全市警报器总数达到300台" / "…，发现问题90个": a count of its own (but "已登录
            # 文物1270处，新发现不可移动文物216处": the newly found are a kind, the next item)
        if same and p.pre.endswith(tuple(self.c["list"]["open"])) and not (gap.startswith("、") and "、" not in gap[1:]):
            # "其中新建7个，分布在A、B等7个乡镇": the count of a list of names, another noun (not the next
            # item's label: "其中特优12件、优等36件" -- a grade)
            return True
        if same and w != "看" and _DONE_CLAUSE.search(gap) and any(v in gap for v in self.c["done"]["verbs"]):
            return True  # "其中档案1180件、照片1420件，已完成数字化扫描2450件": what was done with all of it
        if same and (_ASIDE_OPEN.search(gap) or _sums_items(p)):
            # "…村级河湖长363名，另聘请民间河湖长46名": 另/此外 adds one outside the list;
            # "…个体工商户11287户，二者合计17818户": the sum of the items, not one more
            return True
        between = [x for x in (self.starting(same[-1].end, p.start + 1) if same else ())
                   if x.end <= p.start
                   and x.kind not in ("percent", "ratio")
                   and not x.paren  # (长者义工(60岁以上)58名: an aside in the next item's label)
                   # (not "35岁以下的年轻成员387名": a figure inside the next item's label)
                   and not _INSIDE_LABEL.fullmatch(self.t, x.end, p.start)
                   # (nor where the item was done: 全市13个县市区完成14266批次)
                   and not (x.unit != p.unit and self.counts_places(x))
                   # (nor an age or span in the next item's label: "…2876人、90至99周岁347人")
                   and not (x.unit in _tables().durations and same and x.clause == same[-1].clause)]
        if between:
            return True  # "两名老伯，其中一名更达80岁高龄，色诱成功后3名大汉": another matter
        if same and _LIST_OF_ITS_OWN.match(self.t[p.end:p.end + 12]):
            return True  # "156个重要项目中，": the total of a list of its own
        return False

    @staticmethod
    def completes(w0: Fig | None, items: list[Fig]) -> bool:
        """Do items written as exact (no 约, 余) add up to exactly the total ``w0`` as written?"""
        return w0 is not None and w0.q.get("qualifier") == "exact" and w0.hi is not None \
            and all(p.q.get("qualifier") == "exact" and p.unit == w0.unit and not p.delta for p in items) \
            and sum(p.value for p in items) == w0.value

    def takes_on_a_task(self, cue_end: int) -> bool:
        """Is the figure after 承担 the size of a task of its own ("县供销社承担县级化肥淡季商业储备任务
        2.4万吨")?  A share of a total is borne right before its figure ("市级财政承担1456万元")."""
        nxt = self.starting(cue_end, self.tx.clause_span(cue_end)[1])
        return bool(nxt) and len(_han(self.t[cue_end:nxt[0].start])) > 6

    def counts_places(self, f: Fig) -> bool:
        """Does ``f`` count the places where the next figure of its clause, of another classifier, was
        done ("全市13个县市区完成14266批次")?  Then it is no part of anything itself."""
        return bool(_PLACES_COUNTED.match(self.t, f.end)) and any(
            x.unit != f.unit for x in self.starting(f.end, self.tx.clause_span(f.start)[1]))

    def named_scopes(self, found: set[int]) -> list[tuple[int, int, bool, str]]:
        """"补充新教师326名…。新教师中本科及以上学历285名": a clause opening with a noun and 中, right
        before the next word, scopes what follows to the figure that noun counts (stated before in the
        paragraph: its words end with the noun).  中 inside a word (集中, 高中, 中心) is no scope."""
        out = []
        words = short_freq()  # (a pair with a frequency is a word of the dictionary)
        for f in self.figs:
            cs, _ = self.tx.clause_span(f.start)
            at = self.t.find("中", cs, f.start)
            if at < 0 and cs > 0 and self.tx.clause(cs - 1) == self.tx.clause(f.start) - 1:
                # "在档困难职工中，年内已有1862户…": the noun and 中 are a clause of their own
                pcs, pce = self.tx.clause_span(cs - 1)
                head = self.t[pcs:pce].rstrip("，, ")
                if self.tx.sent_span(pcs)[0] == self.tx.sent_span(f.start)[0] and head.endswith("中"):
                    cs, at = pcs, pcs + len(head) - 1
            # (a 中 found as a cue already is scoped here too when no figure stands before it in its clause)
            if at < cs + 2 or at in found and (at in self.scoped or any(True for _ in self.starting(cs, at))) \
                    or not _SCOPE_NOUN.fullmatch(self.t, cs, at) \
                    or words.get(self.t[at - 1:at + 1]) or words.get(self.t[at:at + 2]):
                continue
            noun = self.t[cs:at]
            named = [x for x in self.starting(max(0, cs - 400), cs)
                     if x.end <= cs and x.para == f.para and x.unit == f.unit
                     and (_names_scope(_bare(x.before), noun)
                          # ("经审查核定21836件。核定案件中，…": the verb before a figure, its noun the classifier's)
                          or len(noun) == 4 and noun[-1] == x.unit and _bare(x.before).endswith(noun[:2]))
                     and self.summable(x)]  # (not a level per head: 日均发送旅客5100余人次)
            if not named and len(whole := _SCOPE_HEAD.sub("", noun)) >= 3 and whole != noun:
                # "全市托育机构中，普惠性托育机构412家": a scope of the whole place (全市, 全县) names the total
                # of its noun stated before, in an earlier paragraph too (the lede's 共有各类托育机构586家)
                # (the body's statement of it rather than the headline's: "霞浦县海参养殖面积达2.6万亩 …"
                # then "全县海参养殖面积达2.6万亩" -- "全县海参养殖面积中，吊笼养殖1.85万亩")
                named = sorted([x for x in self.starting(0, cs) if x.end <= cs and x.unit == f.unit
                                and _bare(x.before).endswith(whole) and self.summable(x)],
                               key=lambda x: x.headline)[:1]
            if not named and (back := _BACK_REFERENCE.match(noun)) \
                    and len(stem := noun[back.end():].removesuffix(f.unit)) >= 2:
                # "上述刷卡人次中，搭乘公交1452万人次…": the figure said before whose words hold the noun
                # (全年刷卡搭乘…累计2186万人次), in a paragraph before too
                named = [x for x in self.starting(max(0, cs - 400), cs)
                         if x.end <= cs and x.unit == f.unit and self.summable(x)
                         and stem in self.t[self.tx.sent_span(x.start)[0]:x.start]][-1:]
            if named:
                if at not in found:
                    out.append((at, at + 1, True, "中"))
                    found.add(at)
                self.scoped[at] = named[0]  # (the first: a total before its kinds, 网格员305名 before 兼职网格员210名)
        return out

    def covers(self, whole: Fig, part: Fig) -> bool:
        """Does a total's classifier hold the part's (the same one, one of ``subset.covers``: 个
        holds 所 and 家, 台套 holds 台 and 架; or the second one written beside it in brackets)?"""
        return whole.unit == part.unit or part.unit in self.c["subset"].get("covers", {}).get(whole.unit, ()) \
            or self.bracket_holds(whole, part)

    def attribute_of_figure(self, ms: int, me: int) -> bool:
        """Does a weak cue join a figure to another measure of the same things (来访856件、涉及2310人次)?
        Right after a figure, right before a figure of another classifier family."""
        before = [f for f in self.starting(max(0, ms - 16), ms) if f.end >= ms - 1]
        after = [f for f in self.starting(me, me + 2) if self.summable(f)]  # (其中80周岁以上…: an age opens no measure)
        return bool(before and after) and self.t[before[-1].end:ms] in ("", "、", "，", ",") \
            and not self.same_family(before[-1], after[0])

    def paired_total(self, cue_at: int, w0: Fig | None, p: Fig) -> bool:
        """Does a figure of another classifier continue a 其中 list as the second of a pair?

        "城乡低保对象1.5万户2.6万人，其中城市低保3000户4800人，农村低保1.2万户2.1万人": the total
        names two figures, and each item pairs up with both; so may a part whose classifier is that
        of another total stated with the first one (in the same sentence as it)."""
        if w0 is None:
            return False
        wp = self.whole_before(cue_at, p)
        return (wp is not None and wp is not w0 and wp.unit == p.unit and wp.sent == w0.sent
                and wp.kind == p.kind and not self.same_family(wp, w0))

    def pair_follows(self, p: Fig, unit: str) -> bool:
        """Is ``p`` followed, before the next semicolon or sentence end, by a figure in ``unit`` (the
        second figure of a pair)?"""
        m = _SEMI_OR_END.search(self.t, p.end)
        stop = m.start() if m else len(self.t)
        return any(f.unit == unit for f in self.starting(p.end, stop))

    def breakdown_whole(self, cue_at: int, parts: list[Fig]) -> Fig | None:
        """The total a breakdown ("分产业看，") divides: the nearest earlier figure with the parts' unit
        that is large enough to hold them."""
        if not parts:
            return None
        p0 = parts[0]
        same = [p for p in parts if p.unit == p0.unit and p.delta == p0.delta]
        lo = _sum_bounds(same)[0]
        # (a closed set of kinds: the nearest, whatever its size; kinds ending with "the others": the
        # nearest that holds them, else the nearest -- they were meant to be all of it)
        closed = self.closed_set(Group(whole=p0, parts=same))
        # (a figure of work done only where none other is: "发现问题100个，已整改90个。分类型看" divides
        # the 100; "全年实现保费收入56190万元。分险种看" the 56190)
        def fits(f: Fig) -> bool:
            return (self.summable(f) and f.unit == p0.unit and f.delta == p0.delta and not f.paren
                    and not self.target_of_share(f) and f.status in (None, "done"))

        # (a breakdown after another one of its paragraph divides the same total when the parts come
        # close to it: "从献血类型看，全血11.42万人次、机采0.94万人次…。从献血者构成看，首次献血者4.62万人次，
        # 重复献血者7.84万人次" -- not the 6.85万 a scope between them names)
        earlier = [g.whole for g in self.groups if g.cue == "看" and g.whole.para <= p0.para
                   and g.whole.start < cue_at and g.parts and g.parts[0].para == p0.para and fits(g.whole)]
        if earlier and earlier[-1].hi is not None and abs(lo - earlier[-1].value) <= earlier[-1].value / 20:
            return self.first_statement(earlier[-1])
        near = [f for f in self.before(cue_at, para=p0.para) if fits(f)]
        if not near and not any(f.end <= cue_at for f in self.by_para.get(p0.para, ())):
            # a breakdown opening its paragraph after a heading ("重拳出击\n从案件类型看，"): the total of
            # the last earlier paragraph that states figures
            # (right after the total's paragraph the opening totals are read later: lede_totals)
            para = max((q for q, fs in self.by_para.items() if q < p0.para and fs), default=None)
            # (a paragraph that is a breakdown itself, "从主体类型看，…", divides the same total: the one
            # before it states that total)
            while para is not None and para < p0.para - 1 and self.opens_breakdown(self.by_para[para][0]):
                para = max((q for q, fs in self.by_para.items() if q < para and fs), default=None)
            if para is not None and para < p0.para - 1:
                near = sorted((f for f in self.by_para[para] if fits(f)), key=lambda f: -f.start)
        head = _shared_head(same)
        if not near:
            # (a breakdown whose paragraph states no figure of its unit divides the total an earlier
            # paragraph states of the noun its kinds share, or that its last kind "及其他…" names:
            # "从数量看，雁鸭类3.86万只、…、鹤鹳类及其他水鸟5400只" -- 全县共记录越冬水鸟…52360只)
            others = _OTHERS_NOUN.search(_item_label(same[-1]))
            noun = head or (others.group(1) if others else "")
            for q in sorted((q for q in self.by_para if q < p0.para), reverse=True) if len(noun) >= 2 else ():
                named = [f for f in self.by_para[q] if fits(f) and (f.q.get("counted") or "").endswith(noun)]
                if named:
                    near = named[:1]
                    break
        cands = [f for f in near if f.status is None] or near
        # (items whose verb names work done divide the figure the same words count: "已完成改造2.6万盏…。分区域
        # 看，A区、B区分别完成改造8200盏、5900盏" -- not the 2.85万 planned before it)
        cands = [f for f in near if self.counted_by_items_verb(f, p0)] or cands
        # (the kinds' shared noun names their total: "受理矛盾纠纷4126件，调解成功4068件。按纠纷类型分，婚姻
        # 家庭纠纷1084件、邻里纠纷956件…" divides the 4126, not the nearer 4068)
        if head and len(cands) > 1 and head not in (cands[0].q.get("counted") or ""):
            named = [f for f in cands if head in (f.q.get("counted") or "")]
            cands = named + [f for f in cands if f not in named]
        # (an item of a list of several is no total of a later breakdown: "…新设农民专业合作社约900户。…
        # 从产业结构看，第一产业新设市场主体0.32万户…" divides the 8.73万 that list adds up to; a subset
        # a 其中 singles out may be: "受理申诉2316件，其中有效申诉412件。从问题类型看")
        cands = [f for f in cands if f.group is None or f.group.whole is f or len(f.group.parts) < 2] or cands
        # (a closed set's total is the nearest whatever its size -- a little short is a failure to report
        # -- but not one far too small to hold them: 0.32万 + 1.05万 + 7.36万 are no breakdown of 约900户)
        holds = [f for f in cands if f.hi is None or f.hi >= lo or closed and lo <= 2 * f.hi] \
            or (list(cands) if closed else [])
        if not holds:
            holds = self.breakdown_fallback(cue_at, same, lo, cands, head, fits)
        # (of the totals that hold them, the one they add up to: "全年新建5G基站3260个，完成年度目标任务3000个
        # 的108.7%，全市累计建成5G基站1.26万个。\n一、…\n分区域看，中心城区新建基站1180个…，其余136个")
        exact = [f for f in holds if len(same) >= 2 and _overlaps_rounded(*_sum_bounds(same), f.lo, f.hi)]
        if holds and not exact and (done := self.total_of_items_verb(cue_at, same, holds, fits)) is not None:
            return done
        return self.first_statement((exact or holds)[0]) if holds else None

    def total_of_items_verb(self, cue_at: int, same: list[Fig], holds: list[Fig], fits) -> Fig | None:
        """"总投资约742亿元…。分线路看，4号线一期完成投资41.2亿元，5号线一期完成36.8亿元…": the items'
        verb (完成, in every label) names the total they come close to (within a twentieth), stated
        anywhere before the breakdown ("实际完成138.6亿元"), where the near totals name no such act."""
        labels = [_han(p.before) for p in same]
        if len(same) < 2 or not all(labels):
            return None
        short = min(labels, key=len)
        words = {short[i:i + 2] for i in range(len(short) - 1) if all(short[i:i + 2] in x for x in labels)}
        words = {w for w in words if w in self.c["done"]["verbs"]}
        if not words or any(w in self.t[max(0, f.start - 4):f.start] for f in holds for w in words):
            return None
        total = sum((p.value for p in same), Decimal(0))
        return next((f for f in reversed(self.figs) if f.end <= cue_at and not f.headline and fits(f)
                     and any(w in self.t[max(0, f.start - 4):f.start] for w in words)
                     and abs(f.value - total) <= f.value / 20), None)

    def counted_by_items_verb(self, f: Fig, p0: Fig) -> bool:
        """Do the words of work done that a 分别 list's items share (分别完成改造8200盏、…) count ``f`` too
        (已完成改造2.6万盏)?  Then ``f`` is their total, though it is the done part of a plan."""
        at = self.t.rfind("分别", f.end, p0.start)
        verb = _han(self.t[at + 2:p0.start]) if at >= 0 else ""
        return len(verb) >= 3 and any(v in verb for v in self.c["done"]["verbs"]) \
            and verb in self.t[max(0, f.start - len(verb) - 2):f.start]

    def breakdown_fallback(self, cue_at: int, same: list[Fig], lo: Decimal, cands: list[Fig], head: str,
                           fits) -> list[Fig]:
        """The total of a breakdown none of whose nearer candidates ``cands`` holds its items ``same`` (whose
        sum is at least ``lo``), tried in order: the total another breakdown of those figures divides, the
        opening paragraph's total a list ending with the rest comes closest to, an earlier total of the
        items' noun they add up to, and -- for a list ending with the rest or referring back -- the
        candidates themselves that are no item of a list.  ``fits``: breakdown_whole's test of a total."""
        p0 = same[0]
        rest_ends = self.ends_with_the_rest(Group(whole=p0, parts=same))
        # "从受理渠道看，电话渠道受理38.9万件…。从诉求类型看，咨询类21.3万件、…": a breakdown after
        # another one of the paragraph divides the same total by another dimension
        holds = [f.group.whole for f in cands if f.group is not None and f.group.cue == "看"
                 and f.group.whole is not f and fits(f.group.whole)
                 and (f.group.whole.hi is None or f.group.whole.hi >= lo)][:1]
        if not holds:
            # (the total a scope opening the items' paragraph names, when they come within a tenth of it
            # either side: "全市托育机构中，普惠性…412家。按举办主体分，公办机构68家、…、民办机构397家" are
            # all of the lede's 586家 -- the 412 before them is one part)
            holds = [w for at, w in self.scoped.items() if at < cue_at and self.tx.para(at) == p0.para and fits(w)
                     and w.hi is not None and w.hi >= lo * Decimal("0.9") and w.lo <= lo * Decimal("1.1")][:1]
        if not holds and p0.para > 0 and rest_ends:
            # (a breakdown ending with the rest, all of a total, whose nearer paragraphs hold none big enough:
            # the opening paragraph's total it comes closest to, within a tenth -- "全年完成盐碱地改良12.6万亩
            # …。\n一、…分乡镇看，…\n二、…按改良模式分，…4.2万亩，…5.6万亩，其余2.5万亩")
            lede = self.lede_para()
            # (either side: the items may overshoot the total they were meant to be all of, a slip to report)
            holds = sorted((f for f in self.by_para.get(lede, ()) if f.end <= cue_at and fits(f) and not f.headline
                            and f.hi is not None and f.hi >= lo * Decimal("0.9") and f.lo <= lo * Decimal("1.1")),
                           key=lambda f: (abs(f.value - lo), -f.start))[:1]
        if not holds:
            # (or a total stated paragraphs before that counts the items' noun and that they add up to --
            # found by agreement only: "完成电网改造项目326个。…改造配电设施138个…。从区域看，章贡区完成
            # 项目58个、…，其余各县共完成157个")
            noun = head or _LIST_LEAD.sub("", p0.q.get("counted") or "")
            holds = [f for f in self.figs if f.end <= cue_at and fits(f) and len(noun) >= 2 and len(same) >= 2
                     and _overlaps_rounded(*_sum_bounds(same), f.lo, f.hi)
                     and (f.q.get("counted") or "").endswith(noun)][-1:]
        if not holds and cands and (rest_ends or _BACK_REFERENCE.search(self.t, cue_at, p0.start)):
            # (or "从问题类型看，上述交办件反映…": the kinds of the total just stated, however many -- but
            # not the last item of a list: "其中标准龙舟组18支、…、女子组9支。从队伍来源看，市内派出31支，
            # 其余12支" divides all the teams, not the 9 of one kind)
            holds = [f for f in cands if not self.listed_item(f)]
        if not holds and len(same) >= 2 and (total := sum((p.value for p in same), Decimal(0))) >= 100 \
                and all(_SIBLING_GAP.fullmatch(self.t, a.end, b.start) for a, b in zip(same, same[1:])):
            # (or, last, any earlier figure the items joined by 、 add up to exactly as written: "年内合共接待逾82.6万人次 …
            # 一、…\n…按来源划分，本地居民31.4万人次、内地旅客44.8万人次、其他地区旅客6.4万人次")
            holds = [f for f in self.figs if f.end <= cue_at and fits(f) and not f.headline and f.value == total][-1:]
        return holds

    def item_of_named_head(self, f: Fig, noun: str) -> bool:
        """Is ``noun`` the label of ``f`` and the head of a larger figure of its sentence before it, the
        total ``f`` is a kind of ("抽验样品520件，合格491件、不合格29件。不合格样品中，…": 不合格 + 样品)?"""
        label = _LIST_LEAD.sub("", _item_label(f))
        rest = noun[len(label):]
        if len(label) < 2 or len(rest) < 2 or not noun.startswith(label):
            return False
        return any(x.sent == f.sent and x.unit == f.unit and x.value > f.value
                   and ((x.q.get("counted") or "").endswith(rest) or _bare(x.before).endswith(rest))
                   for x in self.starting(self.tx.sent_span(f.start)[0], f.start))

    def listed_item(self, f: Fig) -> bool:
        """Is ``f`` one of a run of figures of its classifier joined by 、/和 (each after a label of its own
        or none: "标准龙舟组18支、小龙舟组16支、女子组9支")?"""
        same = [x for x in self.by_para.get(f.para, ()) if x.unit == f.unit]
        at = next(i for i, x in enumerate(same) if x is f)
        pairs = [(same[at - 1], f)] if at else []
        pairs += [(f, same[at + 1])] if at + 1 < len(same) else []
        # (、/和 and the next one's label, not a comma: "受理4126件，调解成功4068件" are two statements)
        return any(_SIBLING_GAP.fullmatch(self.t, a.end, b.start) for a, b in pairs)

    def opens_breakdown(self, f: Fig) -> bool:
        """Does the sentence of ``f`` open with a breakdown cue before it ("从主体类型看，新设企业2.61万户")?"""
        ss, _ = self.tx.sent_span(f.start)
        m = _tables().breakdown.search(self.t, ss, f.start)
        return m is not None and not _han(self.t[ss:m.start()])

    def names_before_each(self, parts: list[Fig]) -> list[str] | None:
        """The names listed before 分别 in the first part's clause, one per part, in order ("甲、乙和丙
        分别建成A个、B个和C个"), or None when the clause has no such list."""
        cs, _ = self.tx.clause_span(parts[0].start)
        head = self.t[cs:parts[0].start]
        if (at := head.find("分别")) <= 0:
            return None
        names = [x for x in map(_han, _LIST_GAP.split(_LIST_LEAD.sub("", head[:at].lstrip("，, ")))) if x]
        return names if len(names) == len(parts) else None

    def closed_set(self, g: Group) -> bool:
        """Are the parts named by every member of a closed set of kinds, once each (第一/第二/第三产业)?"""
        # ("其中，中国移动、中国电信、中国联通分别建成A个、B个和C个": the names before 分别, in order)
        # (an item's words run from the item before it: "其中城区换电站32座、县域换电站12座")
        labels = self.names_before_each(g.parts) or [_item_label(g.parts[0])] + [
            _han(self.t[a.end:b.start]) or _item_label(b) for a, b in zip(g.parts, g.parts[1:])]
        for members in self.c["breakdown"]["closed_sets"] + [self.tiers_down_to(g.whole)]:
            if len(g.parts) != len(members):
                continue
            named = [[m for m in members if m in lab] for lab in labels]
            if all(len(n) == 1 for n in named) and len({n[0] for n in named}) == len(members):
                return True
        return False

    def tiers_down_to(self, whole: Fig) -> list[str]:
        """The tiers a total "at X level or above" counts, from the top down to X ("被评为市级以上示范社":
        国家级, 省级, 市级), or [] when its clause names no such floor."""
        tiers = self.c["breakdown"]["level_tiers"]
        cs, ce = self.tx.clause_span(whole.start)
        floor = next((k for k, x in enumerate(tiers) if x + "以上" in self.t[cs:ce] or x + "及以上" in self.t[cs:ce]), None)
        return tiers[:floor + 1] if floor is not None else []

    def ends_with_the_rest(self, g: Group) -> bool:
        """"其中拖拉机补贴A、收割机补贴B、其他机具补贴C": an item named 其他/其余 is whatever the items
        before it leave, so the list is all of the total (so is one ending "A、B等其他交易" or "灵活就业及其他",
        and one whose label holds brackets or quotes: "其余一般干部和村(社区)“两委”干部C")."""
        if len(g.parts) < 2:
            return False
        if _names_the_rest(_item_label(g.parts[-1])):
            return True
        item = _ITEM_OPENING.sub("", self.t[g.parts[-2].end:g.parts[-1].start])
        if item.startswith(("其他", "其余")) and not _CLAUSE_BREAK.search(item):
            return True
        # (or named before 分别, one name a figure: "火灾扑救、抢险救援、社会救助和其他警情分别为A起、B起、C起和D起")
        head = self.t[self.tx.clause_span(g.parts[0].start)[0]:g.parts[0].start]
        at = head.rfind("分别")
        names = _LIST_GAP.split(head[:at]) if at > 0 else []
        return len(names) == len(g.parts) and names[-1].startswith(("其他", "其余"))

    def falls_just_short(self, g: Group) -> bool:
        """Do two or more exact parts, each a kind of one noun ("高中生215名、初中生238名、小学生165名";
        or named before 分别), add up to a little less than an exact total ("资助学生628名": 618)?  At
        ``subset.near_whole`` of it or more (``near_whole_two`` for two parts: a pair falls further short
        of its total when it is a partial list), the list reads as all of the total and the gap as a slip:
        a partial list ("其中女性…") falls well short, and a remainder so small is seldom left unnamed.
        Parts of other heads count alike ("发放救助金68万元，其中争取…项目资金40万元、县级财政配套20万元、
        爱心企业捐赠6万元": the sources of a fund)."""
        w, parts = g.whole, g.parts
        # (exact as written: rounded ones, 21.3万件, count when even their rounding cannot close the gap)
        if len(parts) < 2 or g.cue not in ("其中", "中", "看") or not w.as_written or w.value <= 0 \
                or not all(p.as_written and p.unit == w.unit and not p.delta for p in parts):
            return False
        total = sum(p.value for p in parts)
        near = self.c["subset"]["near_whole" if len(parts) >= 3 else "near_whole_two"]
        if not (w.value * Decimal(str(near)) <= total < w.value):
            return False
        # (rounded ones: their upper ends are open, so parts whose upper ends add up to the total's
        # lower end cannot reach it -- 40万 + 20万 + 6万 is less than 67.5万, the least 68万 may be)
        if not all(f.exact for f in (w, *parts)) and not _sum_bounds(parts)[1] <= w.lo:
            return False
        if self.more_besides(parts[-1]):
            return False  # "…举报类412件，其余为意见建议类": the rest is named, not counted
        cs, _ = self.tx.clause_span(parts[0].start)
        # (each label is all the words since the item before: 小(一)型水库 and 小(二)型水库 differ;
        # or the names before 分别: 县豫剧团、县花鼓戏剧团和各乡镇庄户剧团分别演出98场、67场和49场)
        labels = self.names_before_each(parts) or [
            _LIST_LEAD.sub("", _ITEM_OPENING.sub("", self.t[a:p.start]).strip())
            for a, p in zip([cs] + [p.end for p in parts], parts)]
        return all(len(lab) >= 2 for lab in labels) and len(set(labels)) == len(labels)

    def names_every_kind(self, g: Group) -> bool:
        """Does the total itself list the kinds its parts are named by?  ("新建、续建保障性住房共1500套，
        其中新建600套、续建800套": the parts are all of it, so they must add up.)"""
        if len(g.parts) < 2:
            return False
        labels = []
        for p in g.parts:
            lab = _LIST_LEAD.sub("", _item_label(p))
            if len(lab) < 2:
                return False
            labels.append(lab)
        if len(set(labels)) != len(labels):
            return False
        cs, ce = self.tx.clause_span(g.whole.start)
        # the kinds are named before the total, or after its number ("全市24个国考、省考地表水监测断面中")
        return any(self.lists_every_kind(labels, words) for words in (self.t[cs:g.whole.start],
                                                                        self.t[g.whole.end:ce]))

    @staticmethod
    def lists_every_kind(labels: list[str], head: str) -> bool:
        """Do the words ``head`` list exactly the kinds ``labels`` name, one after another?"""
        # an item is named by its label, or by the word it opens with ("新增和增容配电变压器N台，其中新增
        # 台区变压器A台、增容改造B台")
        labels = [lab if lab in head else lab[:2] for lab in labels]
        if len(set(labels)) != len(labels):
            return False
        at = sorted((head.find(lab), lab) for lab in labels)
        if at[0][0] < 0:
            return False
        seps = ("、", "和", "及", "与")
        for (a, la), (b, _) in zip(at, at[1:]):
            # (or written together: "新建改造候车站亭186座，其中新建112座、改造提升68座"; or the next kind
            # after a joiner and a short qualifier: "困难残疾人生活补贴和重度残疾人护理补贴")
            gap = head[a + len(la):b]
            if gap not in seps and not (a + len(la) == b and len(at) == 2) \
                    and not (gap[:1] in seps and 2 <= len(gap) <= 7 and _han(gap) == gap):
                return False
        first, (last, ll) = at[0][0], at[-1]
        # no other kind named before or after them ("新建、续建、改造...共1500套" is not all listed)
        return head[first - 1:first] not in seps and head[last + len(ll):last + len(ll) + 1] not in seps

    def whole_before(self, cue_at: int, part: Fig, *, in_clause: bool = False) -> Fig | None:
        """The total a part refers back to: nearest earlier figure counting the same things."""
        para = part.para

        def total_like(f: Fig) -> bool:
            return (self.summable(f) and f.delta == part.delta and not f.paren and f.value >= 2
                    and not self.target_of_share(f))

        cands = [f for f in self.before(cue_at, para=para, sents=1)
                 if total_like(f) and (self.same_family(f, part) or self.covers(f, part))]
        if in_clause:
            cs, _ = self.tx.clause_span(cue_at)
            inside = [f for f in cands if f.start >= cs]
            if inside:
                return inside[0]
            # "在签约项目中，外资项目3项": the noun before 中 names a total stated earlier
            noun = _han(self.t[cs:cue_at])
            # (the whole noun: "在工业和手工业总产值中" is not "农业和农副业总产值")
            noun = _SCOPE_LEAD.sub("", noun)[-8:]
            # (a time frame scopes nothing of its own: 全年村级电站收益中 names 村级电站收益8860万元)
            noun = bare if len(bare := _TIME_FRAME.sub("", noun)) >= 2 else noun
            if len(noun) >= 2:
                # (or whose label opens with the noun's head: "1520名运动员同台竞技 ... 参赛运动员中，";
                # a part of a list named in full is broken down in turn: "其中新能源车辆2031辆 ...
                # 新能源车辆中，纯电动公交车1652辆")
                # (or a head its clause describes: "2915名学员完成培训 ... 在完成培训的学员中")
                # (or what the figures stage says it counts: "A和B分别完成9.86亿元和6.42亿元" ... "A中")
                def labelled(f: Fig) -> bool:
                    # (the people of a deed are the deed's count: 全血献血者中 -- 全血献血11.42万人次)
                    return _bare(f.before).endswith(noun) or len(noun) >= 4 and f.q.get("counted") == noun \
                        or len(noun) >= 4 and noun[-1] == "者" and _bare(f.before).endswith(noun[:-1]) \
                        or self.item_of_named_head(f, noun)

                named = [f for f in self.figs if f.end <= cue_at and self.same_family(f, part) and f.delta == part.delta
                         and self.summable(f)  # (no level per head: 日均发送旅客5100余人次)
                         and ((f.group is None or len(noun) >= 3 and labelled(f))
                              and (labelled(f) or (f.noun_after and (
                                  noun in f.after or _head_of(noun, f.after))))
                              or _described(noun, self.t[slice(*self.tx.clause_span(f.start))], f.after,
                                            _bare(f.pre)))]
                if named:
                    # (of several, the one whose label shares the most of the noun: "在累计发送的旅客中" is
                    # of 累计发送旅客186.4万人次, not of the 到达旅客 after it)
                    best = max(named, key=lambda f: (_common(noun, _bare(f.before)), f.start))
                    if best.value == named[-1].value:
                        best = named[-1]  # (of one value stated twice, the later statement: 目前已收购42.6万吨)
                    if best.group is not None and any(x is best.group.whole for x in named):
                        # "网格员305名，其中专职网格员95名、兼职网格员210名；网格员中党员128名": the noun
                        # names a total and an item of its list alike -- the total
                        best = best.group.whole
                    return self.first_statement(self.climb(best))
            return None
        if not in_clause and not any(f.unit == part.unit or f.hi is None or f.hi >= part.lo for f in cands):
            # "代表提出建议186件，会后交办至43个承办单位。截至11月底，建议已全部办结。其中，A类建议132件":
            # a sentence without a figure that could be the total may stand between the total and its
            # list: a total two sentences back with the part's own classifier that can hold it
            far = [f for f in self.before(cue_at, para=para, sents=2) if total_like(f) and f.unit == part.unit
                   and f.kind == part.kind and (f.hi is None or f.hi >= part.lo)]
            cands = far[:1] or cands
        cur = self.tx.sent(cue_at)
        if cands and _ASIDE_LEAD.match(self.t, self.tx.sent_span(cue_at)[0], cue_at):
            # "…合计88.6万元。此外，个别单位…，涉及资金约2300万元": a sentence that opens with 此外 is
            # about something besides what came before, so no part of a total there
            cands = [f for f in cands if f.sent == cur]
        if not cands:
            return None
        # the nearest total before the cue: in its sentence if there is one, else the sentence before
        # (there the same classifier first: "12类39件45个事项。...其中24个事项")
        here = [f for f in cands if f.sent == cur]
        if not here and len(cands) > 1:
            # "…24个国考、省考监测断面中，优良断面22个…。其中，国考断面10个…": the one total of the
            # sentence before that names the part's kind, rather than the nearest
            kind = _LIST_LEAD.sub("", _item_label(part))[:2]
            named = [f for f in cands if len(kind) == 2 and kind in self.t[f.end:self.tx.clause_span(f.start)[1]]]
            if len(named) == 1 and named[0] is not cands[0] and kind not in cands[0].before:
                return self.first_statement(self.climb(named[0]))
        # a total that can hold the part before a nearer one that cannot ("供应化肥A万吨、农药B吨、农膜
        # C吨，其中春耕期间供应化肥D万吨": D is of A); the nearest if none can (a real slip)
        fits = [f for f in here if f.hi is None or f.hi >= part.lo]
        if here and not fits and all(self.t.endswith("等", 0, f.start) for f in here):
            # "签发新牌照218个。新牌照分布于A区、B区等5个地区，其中A区占64个": the count closing a list of
            # names counts the places; what one of them holds is of the total before that can hold it
            fits = [f for f in cands if f.sent < cur and (f.hi is None or f.hi >= part.lo)][:1]
        if here and not fits and not in_clause and (last := self.starting(max(0, cue_at - 40), cue_at)[-1:]) \
                and last[0].kind == "count" and not last[0].delta and self.summable(last[0]) \
                and not self.same_family(last[0], part) and not _han(self.t[last[0].end:cue_at]):
            # "冷链库容2.4万吨，培育加工企业9家，其中某公司年加工小龙虾3.5万吨": 其中 right after a count of
            # another classifier picks one of those things out; what it is measured in is no part of an
            # earlier figure too small to hold it
            return None
        # (so in the sentence before: "违规情况57宗，分别为A19宗、…、D8宗。已对其中34宗提起处罚程序")
        best = (next((f for f in fits if f.unit == part.unit), fits[0]) if fits
                else next((f for f in here if f.unit == part.unit), here[0]) if here
                else next((f for f in cands if cands[0].hi is not None and cands[0].hi < part.lo and f.sent == cands[0].sent
                           and f.unit == part.unit and f.hi is not None and f.hi >= part.lo
                           and not self.listed_item(f)), cands[0]))
        if best.hi is not None and best.hi < part.lo and best.group is not None and best is not best.group.whole \
                and (best.group.whole.hi is None or best.group.whole.hi >= part.lo):
            # "分别为31家、12家、105家、88家。其中，普惠性机构148家": an item too small to hold the part
            # stands for the total its list divides
            best = best.group.whole
        if best.group is None and not in_clause and self.listed_item(best) \
                and "分别" in self.t[self.tx.sent_span(best.start)[0]:best.start] \
                and not _han(self.t[best.end:cue_at]) and part.unit == best.unit:
            # "各乡镇游客分别为A乡14.2万人次、…、D乡5.1万人次，其中外国游客约1.8万人次": 其中 after the
            # last of the items 分别 gives picks out of all of them, a total the text does not state
            return None
        if best.q.get("qualifier") in ("over", "under"):
            # "高新技术企业达2416家，首次突破2400家，其中…": a bound right after a figure describes that
            # figure, which the parts are of
            prev = [f for f in here if f.start < best.start and f.unit == best.unit and f.exact
                    and f.clause == best.clause - 1 and _overlaps(f.lo, f.hi, best.lo, best.hi)]
            best = prev[0] if prev else best
        return self.first_statement(self.climb(best))

    def total_named_by_parts(self, w0: Fig, parts: list[Fig]) -> Fig | None:
        """"发现各类问题286个，已整改销号271个…。其中，涉河违建问题23个、非法采砂问题9个": the parts all
        name one noun (问题) that the nearest total's own words lack, and share none of its words (审结
        刑事案件 would be of 审结N件); an earlier total of its sentence named by that noun is theirs.
        A plan or task is not (计划完成造林15万亩，已完成9.6万亩，其中人工造林…)."""
        if len(parts) < 2 or w0.group is not None:
            return None
        nouns = {_item_label(p)[-2:] for p in parts}
        noun = nouns.pop() if len(nouns) == 1 else ""
        # (w0's own words: what the figures stage read it as counting may be the total's noun, 已整改销号的问题)
        if len(noun) < 2 or noun in w0.before or any(not _pairs(w0.before).isdisjoint(_pairs(p.before)) for p in parts):
            return None
        lo = _sum_bounds(parts)[0]
        named = [f for f in self.before(w0.start, para=w0.para, sents=0) if f.unit == w0.unit and f.kind == w0.kind
                 and noun in f.text_label() and (f.hi is None or f.hi >= lo) and not f.delta and not f.paren
                 and not any(w in f.text_label() for w in self.c["done"]["targets"])]
        return named[0] if named else None

    def target_of_share(self, f: Fig) -> bool:
        """Is ``f`` the base of a share right after it (完成年度发展计划1000名的105.2%)?  A plan or target
        the work is measured against is no total of the parts listed next (其中，中学团员926名)."""
        of = _OF_SHARE.match(self.t, f.end)  # (an aside on the classifier first: 15000套(间)的84.3%)
        if of is None:
            return False
        nxt = self.starting(of.end(), of.end() + 1)
        return bool(nxt) and nxt[0].kind == "percent"

    def extend_next_sentence(self, g: Group, sent_end: int) -> None:
        total = sum((p.value for p in g.parts), Decimal(0))
        nxt = [f for f in self.figs if f.start > sent_end and f.para == g.whole.para
               and self.tx.sent(f.start) == self.tx.sent(sent_end + 1) and self.same_family(f, g.whole)
               and f.delta == g.whole.delta]
        if not nxt:
            return
        completes = _overlaps(total + nxt[0].lo, total + (nxt[0].hi or nxt[0].lo), g.whole.lo, g.whole.hi)
        # "第一产业增加值...；第二产业增加值...，其中...。第三产业增加值115952万元": the list goes on
        parallel = all(_common_suffix(p.before, nxt[0].before) >= 3 for p in g.parts)
        if completes or parallel:
            g.parts.append(nxt[0])
