"""Shares and rates (占...的X%, 占比, X率) against their part and whole, implied totals, levels
raised, ratios and shares adding up to 100%."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from decimal import Decimal, ROUND_HALF_UP

import regex

from ..segment import short_freq, word_tags
from .labels import (
    _bare,
    _common,
    _common_suffix,
    _core,
    _item_label,
    _label_opens,
    _names_due,
    _names_stem,
    _overlaps,
    _overlaps_rounded,
    _rated_subset,
    _similar,
    _sum_bounds,
    counted_nouns,
    heads_meet,
)
from .patterns import (
    _ALL_OF,
    _BOUND_LABEL,
    _CHANGED_TO,
    _COMPARED_TO,
    _COMPLETE_END,
    _COMPUTED_OVER,
    _COUNT_OF_UNIT,
    _COUNT_WORD_END,
    _DROP_STOP,
    _FROM_END,
    _FROM_LEVEL_TO,
    _HAN_TAIL,
    HUNDRED,
    _IN_BASE,
    _INCREASE_OPENS,
    _INTRO_VERB,
    _LIST_GAP,
    _LIST_LEAD,
    _MEASURE_NOUN,
    _NEGATED,
    _NEGATIONS,
    _NP_JUNK,
    _PAREN_AFTER,
    _PER_MILLE,
    _PLAN,
    _PLAN_AFTER,
    _RAISED_LEVEL,
    _RATE_END,
    _RATE_STEM,
    _RATIO_FILLER,
    _RATIO_GAP,
    _SCOPE,
    _SCOPE_HEAD,
    _SEMI,
    _SIBLING_GAP,
    _SUBJECT_SEP,
    _SUMMABLE,
    _tables,
    _TIME_FRAME,
    _TO_AHEAD,
    _TOTAL_BEFORE,
)
from .quantities import Fig, _fmt_like, Group, _han


# "覆盖全市1362个行政村的": a share of the count after 覆盖, said like 占…的
_COVERS_SHARE = regex.compile(r"覆盖(?=[^，,。；;]*\d[^，,。；;]*的$)")
# a scope closing the clause before a part: "结对村中，"
_SCOPE_BEFORE = regex.compile(r"(\p{Han}{2,6})中[，,]\s*$")


_TASK_ENDS = ("任务", "任务数", "目标任务")  # a figure after these is the work set, not done


def _spelt_out(stem: str, clause: str) -> bool:
    """Is the two-character stem of a rate the short form of two words of the clause, each opened by
    one of its characters (达标: 达到…标准; 办结: 办理…完结 is not, 结 opens no word there)?"""
    tags = word_tags()
    i = clause.find(stem[0])
    j = clause.find(stem[1], i + 2) if i >= 0 else -1
    return j > 0 and clause[i:i + 2] in tags and clause[j:j + 2] in tags


def _same_head(a: Fig, b: Fig) -> bool:
    """Do two figures count the same kind of thing, as far as their nouns tell?  Two kinds of one
    class (柴油货车 and 新能源公交车: both 车) do not; nouns of no shared class say nothing (断面 and
    水质优良, a state of the sections), nor does a figure with no noun."""
    na, nb = counted_nouns(a, b)
    return len(na) < 2 or len(nb) < 2 or na[-1] != nb[-1] or heads_meet(na, nb)


_PEOPLE_UNITS = frozenset(("名", "人", "位"))
_KINDS_JOINED = regex.compile(r"\p{Han}{2}[和与及、]\p{Han}{2}")  # 国有企业和民营企业 (分别占…)


def _joins_word_before(before: str, word: str) -> bool:
    """Does the character before ``word`` make a common word with its first one (进|出口, 充|电站,
    优|良天)?  Then ``word`` was cut out of a longer word."""
    return bool(before and word) and "\u4e00" <= before[-1] <= "\u9fff" \
        and short_freq().get(before[-1] + word[0], 0) >= 100


def _names_whole_word(window: str, np: str) -> bool:
    """Does ``window`` hold ``np`` as words of its own -- not inside a longer word (出口总值 inside
    外贸进出口总值: 进出 is a word, so that is the total of imports and exports, not of exports)?"""
    k = window.rfind(np)
    return k >= 0 and bool(np) and not _joins_word_before(window[:k], np)


# the change right after a stated base (较去年同期的1,553名|减少127名), the words of a fall, the base's
# comparison word, and the rate of the change after them (跌幅约8.2%)
_CHANGE_AFTER_BASE = regex.compile(r"(减少|下降|降低|增加|增长|上升|多出|少了|减少了|增加了)$")
_FALLS = frozenset(("减少", "下降", "降低", "少了", "减少了"))
_BASE_BEFORE = regex.compile(r"(?:较|比|与)[^，,。；;\d]{0,8}?的?$")
_RATE_OF_CHANGE = regex.compile(r"(?:跌幅|降幅|减幅|增幅|涨幅|升幅|下降|增长|减少|上升)(?:约|达|为|达到)?$")


class PercentRules:
    """The share and rate rules, mixed into ``validator._Validator``: they read its state (``self.t``,
    ``self.tx``, ``self.figs``, ``self.c``) and add to ``self.groups`` and ``self.checks``."""

    def done_marked(self, f: Fig) -> bool:
        """Does the label of ``f`` say the work is done (已完成合法登记87处)?"""
        return any(w in _item_label(f) for w in self.c["done"]["words"])

    def percents(self) -> None:
        sh = self.c["share"]
        np_memo: dict[str, Fig] = {}
        self.percent_rows: list[tuple[Fig, Fig, Fig]] = []
        share_parts: set[str] = set()
        rated_by_word: dict[str, set[str]] = {}  # rate word -> the parts of the rates checked under it

        def usable_(x: Fig, part: Fig) -> bool:
            return (x is not part and self.same_family(x, part) and not x.delta and x.id not in share_parts
                    and (x.hi is None or x.hi >= part.lo) and x.value > part.value)

        for pf in self.figs:
            if pf.kind != "percent" or pf.delta or self.from_value(pf):
                continue
            cs, ce = self.tx.clause_span(pf.start)
            pre = self.t[cs:pf.start]
            ss, _ = self.tx.sent_span(pf.start)
            np_text, mode = "", None
            occ = pre.rfind("占")
            if occ < 0 and (cover := _COVERS_SHARE.search(pre)) is not None:
                occ = cover.start()  # "建成服务站312个，覆盖全市1362个行政村的22.9%": a share like 占…的
            # (a rate raised from last year's: "达标率由上年的91.2%提高到94.6%" -- the new level is this
            # year's rate, of this year's figures)
            rate = _RATE_END.search(pre) or _RATE_END.search(_FROM_LEVEL_TO.sub("", pre))
            if occ >= 0 and not any(pre[occ:].startswith(w) for w in sh["ratio_words"]):
                mode, np_text = "occupy", pre[occ + 1:]
            elif any(w in pre for w in sh["ratio_words"]):
                mode = "ratio"
            elif (done_at := _COMPLETE_END.search(pre)):
                mode, np_text = "complete", pre[done_at.start() + (2 if pre.startswith("完成", done_at.start()) else 1):]
            elif rate:
                mode = "rate"
                if "力争" in pre[:rate.start()] or "目标" in pre[:rate.start()]:
                    continue  # "力争…覆盖率达到95%": a target, no share of the figures stated
            else:
                continue
            np_clean = _NP_JUNK.sub("", np_text)
            by_place = False  # the part is known by where it stands only (pass-only)
            by_name = False  # the part is the figure a ratio's subject names (出口额占比)
            span_start = cs + occ if mode == "occupy" else pf.start
            before = [f for f in self.starting(ss, span_start) if self.summable(f) and not f.paren]
            if mode == "rate":
                full = rate.group(1) if rate else ""
                # (a stem cut inside a word opens with the word: 乡镇公共充|电站覆盖率 is no rate of 电站, which
                # 换电站 would name, but of 充电站; 优|良天数比率 of 优良天)
                src = rate.string[:rate.start(1)] if rate is not None else ""
                cut = _joins_word_before(src, full)
                stems = [full, full[-2:], src[-1] + full[:2] if cut else full[:2]] \
                    + [m.group(1) for m in _RATE_STEM.finditer(pre)]
                # a rate whose part has a name of its own (城镇化率: 城镇人口) looks for that name first
                stems = [n for key, nouns in sh["rate_parts"].items() if key + "率" in pre for n in nouns] + stems
                part = expected = hit_stem = None
                for stem in dict.fromkeys(x for x in stems if len(x) >= 2):
                    # (not a negated one: 合格率 is of 合格2091批次, not of 不合格95批次)
                    negated = any(c + stem in pre for c in _NEGATIONS)  # (不合格率 is of 不合格样品)
                    hits = [f for f in before if f.status != "pending"
                            and stem in self.t[self.tx.clause_span(f.start)[0]:f.end]
                            and (negated or _names_stem(_item_label(f), stem)) and not self.split_item_of(f, stem)]
                    # "应参保人数83.12万人, 参保率98.6%": what should be X'd is the rate's base, never its part
                    due = [f for f in hits if _names_due(_item_label(f), stem)]
                    if expected is None and due:
                        expected = (due[-1], stem)
                    # (nor a plan its noun names: "超额完成省下达的150座目标任务，完成率达124%" is of the
                    # 186座 built, over the 150)
                    hits = [f for f in hits if f not in due and not _PLAN_AFTER.match(self.t, f.end)]
                    named = [f for f in hits if stem in _item_label(f)]
                    if named and (len(stem) >= 3 and any(stem[-2:] in _item_label(f) for f in hits if f not in named)
                                  or hits[-1] not in named
                                  and _SIBLING_GAP.fullmatch(self.t, named[-1].end, hits[-1].start)
                                  and self.done_marked(named[-1]) and not self.done_marked(hits[-1])):
                        # "其中集中供养1280人、分散供养3340人，集中供养率27.7%": of sibling kinds (…供养) the
                        # rate is the one its stem names, not the nearest in the clause -- nor the next
                        # stage of its list ("已完成合法登记87处、辅导中96处，…合法化比率约39.9%"; but "办复议案
                        # 2件、建议52件，办复率100%": a verb over both items)
                        hits = named
                    if hits and all(f.id in share_parts and f.clause < self.tx.clause(pf.start) - 1 for f in hits):
                        # "签约居民51.6万人，签约率36.9%，…；重点人群签约率达82.3%": the count has its rate of
                        # that stem already; a later one names a subgroup of its own
                        part = None
                        break
                    if hits:
                        hit_stem = stem
                        part = next((f for f in reversed(hits) if f.status == "done"), hits[-1])
                        if part.group is not None and part.group.whole in hits and part.group.whole.start > part.start:
                            # "新完成52家，加上往年已完成的45家，累计完成97家，完成率77.0%": the sum of the
                            # items done, stated after them, is what the rate is of
                            part = part.group.whole
                        # "办复议案2件、建议52件，办复率...100%": every figure of the clause has the rate
                        for other in hits:
                            if other is not part and other.clause == part.clause and other.unit == part.unit:
                                self.rate_of_named(other, pf, share_parts)
                        break
                if part is None and before and before[-1].clause == self.tx.clause(pf.start) - 1 \
                        and before[-1].status not in ("pending", "rest") and before[-1].kind == "count":
                    # "142株复壮古树长势明显好转，好转率达97.3%": the rate's stem told after the count of the
                    # clause before it
                    tail = self.t[before[-1].end:self.tx.clause_span(before[-1].start)[1]]
                    hit_stem = next((x for x in (full[-2:], full[:2])
                                     if len(x) == 2 and (x in tail or _spelt_out(x, tail))), None)
                    part = before[-1] if hit_stem else None
                if part is None:
                    # the done part of a total split into done and the rest: right before the rate, or, for
                    # a rate of work done, with the rest between them ("已办结72件，其余14件正按整改方案序时
                    # 推进，整改完成率83.7%")
                    of_work = any(v in full for v in self.c["done"]["verbs"])
                    done = [f for f in before if f.status == "done" and f.group is not None
                            and self.tx.clause(pf.start) - f.clause <= (2 if of_work else 1)]
                    part = done[-1] if done and (of_work or done[-1] is before[-1]) else None
                by_stem = part is not None
                if part is None and expected is not None and (done := self.done_of_due(*expected)) is not None:
                    # "参保总人数达81.36万人…。按照全县应参保人数83.12万人计算，参保率达98.6%": the figure
                    # named by the rate's stem, stated before, over the number due
                    self.share_check(expected[0], done, pf)
                    share_parts.add(done.id)
                    continue
                if part is None and (scoped := self.rate_in_scope(pf, before)) is not None:
                    # "在完成培训的学员中，成功获聘的有2146名，就业率为73.6%": the rate of the part over the
                    # total its sentence's scope names (pass-only: the rate may be of another base)
                    if self.share_check(scoped.group.whole, scoped, pf, pass_only=True):
                        share_parts.add(scoped.id)
                    continue
                if part is None and (done := self.done_of_plan(pf, before)) is not None:
                    # "共举办主体班次26期。…全年计划举办主体班次24期，完成率108.3%": the work done, stated
                    # before, over the plan the rate's clause names (pass-only: the done figure is a guess)
                    plan, part = done
                    if self.share_check(plan, part, pf, pass_only=True):
                        share_parts.add(part.id)
                    continue
                if part is None:
                    part = self.rate_after_pair(pf, before) or self.rate_over_base_in_clause(pf, cs, before) \
                        or self.outcome_before(pf, before) or self.rate_after_base_in_clause(pf, before)
                    by_place = True
                if (computed := self.computed_over(pf)) is not None:
                    # "使用人数达4万3,218人，…；以需要人口推估约6万3,100人计算，服务涵盖率达68.5%": the
                    # base the text says the rate is computed over, and the count before it
                    base, counted_part = computed
                    self.share_check(base, counted_part, pf)
                    share_parts.add(counted_part.id)
                    continue
                if part is None and before and before[-1].kind == "count" \
                        and before[-1].clause == self.tx.clause(pf.start) - 1 and not before[-1].delta \
                        and (base := self.agreeing_base(before[-1], pf, lambda x, p=before[-1]: usable_(x, p)
                                                        and _same_head(x, p) and x.para == p.para)) is not None:
                    # "共建成农家书屋312个…。已建成数字农家书屋286个，覆盖率达到91.7%": the coverage of the
                    # count before it, over an earlier total of its kind the rate agrees with (pass-only); so
                    # any rate whose stem its count words otherwise ("共稽查摊商1864家次。…不符规定者246家次，
                    # 初查不合格率13.2%")
                    self.share_check(base, before[-1], pf)
                    share_parts.add(before[-1].id)
                    continue
                if part is None and before and before[-1].clause == self.tx.clause(pf.start) - 1 \
                        and before[-1].kind == "count" and not before[-1].delta and (base := self.base_the_part_names(
                            before[-1], lambda x, p=before[-1]: usable_(x, p))) is not None:
                    # "其中楼宇火警召唤9,734宗。…到达的楼宇火警召唤有9,081宗，达标率为94.3%": the count right
                    # before the rate counts some of what an earlier figure counts; the rate is over that
                    self.share_check(base, before[-1], pf)
                    share_parts.add(before[-1].id)
                    continue
                if part is None and (pair := self.named_part_before_base(pf, full, before)) is not None:
                    # "其中水稻病虫害统防统治52.6万亩…。全县水稻种植面积68万亩，无人机统防统治覆盖率达到82.6%":
                    # the figure right before the rate is its base; the part its stem names is stated before
                    self.share_check(*pair, pf)
                    share_parts.add(pair[1].id)
                    continue
                if part is None:
                    self.implied_outcome(pf, full, before)
                    continue
                if (pair := self.plan_then_done(pf, before)) is not None and pair[1] is part:
                    # "计划抽检食品3740批次，实际完成3860批次，任务完成率103.2%": the work done over the plan
                    # (which it may exceed)
                    self.share_check(pair[0], part, pf)
                    continue  # (the work done stays a total later shares may name: 不合格率 of the batches done)
                if part.group is None and not any(x.start < part.start and x.sent == part.sent and usable_(x, part)
                                                  and x.unit == part.unit for x in before):
                    if by_stem and (base := self.agreeing_base(part, pf, lambda x, p=part: (
                            usable_(x, p) or x.id in share_parts and x is not p and not x.delta
                            and self.same_family(x, p) and x.value > p.value))) is not None:
                        # "梳理事项2846项…。实现网上可办事项2790项，网上可办率98.0%": the base an earlier
                        # sentence states, where the rate agrees with it (never reported as a failure) --
                        # though that is the part of a share of its own ("种植面积12480公顷，占全国的78.6%
                        # …已采收11260公顷，采收进度90.2%")
                        self.share_check(base, part, pf)
                        share_parts.add(part.id)
                        continue
                    if self.rate_of_named(part, pf, share_parts):
                        share_parts.add(part.id)
                        continue
            else:
                named = self.named_part(self.listed_subject(pre, occ, pf, cs) or pre[:occ], span_start) \
                    if mode == "occupy" else None
                if mode == "ratio" and (word := _tables().ratio_words.search(pre)) is not None \
                        and self.starting(ss, cs + word.start()):
                    # "其中出口额31.2亿元、进口额14.4亿元，出口额占比达68.4%": the share's subject names an
                    # earlier figure of its sentence, not the one right before it
                    named = self.named_part(pre[:word.start()], cs + word.start())
                    by_name = named is not None
                if named is not None:
                    part = named  # "税收收入占一般公共预算收入的比重为62.1%": the part is named, not next to it
                elif not before or self.tx.clause(pf.start) - before[-1].clause > 2:
                    continue
                elif mode == "occupy" and before[-1].start < cs and self.t.startswith("其中", cs) \
                        and len(_han(pre[:occ])) > 2:
                    continue  # "合计34200亩，其中早稻面积占…的63.2%": a named part of the total, not the total
                elif mode == "occupy" and before[-1].start >= cs and _BOUND_LABEL.match(self.t, before[-1].end):
                    continue  # "收入30万元以下的村仍占47.8%": a bound describing what is counted, not the part
                elif mode == "occupy" and before[-1].start < cs and pre[:occ].endswith("分别") \
                        and _KINDS_JOINED.search(pre, 0, max(0, occ - 2)):
                    continue  # "其中500强企业47家，国有企业和民营企业分别占24.3%和64.2%": kinds named, not counted
                elif mode == "ratio" and before[-1].id in share_parts and _SEMI.search(self.t, before[-1].end, pf.start):
                    continue  # "…179个建成…，覆盖率达95.7%；锻炼人数比例达到41.2%": its share is stated, another begins
                else:
                    part = before[-1]
                    counted_unit = _COUNT_OF_UNIT.search(np_text)
                    if counted_unit and part.unit != counted_unit.group(1) and mode == "occupy":
                        # "入社农户386户、1217人，占全村总户数的71.6%": the share of 户数 is of the 户 figure
                        part = next((f for f in reversed(before) if f.unit == counted_unit.group(1)
                                     and f.clause == part.clause), part)
                if mode == "occupy" and (listed := self.listed_share_part(pf, cs, occ, before)) is not None:
                    part = listed  # 分别占…的A%、B%和C%: the items in order; 合计占…的X%: their sum
            whole = None
            placed = False  # the base was taken by its place in the sentence alone
            if mode == "complete" and part.start >= cs + done_at.start():
                # "为2360户实施改造，完成年度任务2000户的118%": the figure after 完成 is the target,
                # the work done is stated before it (a share over 100% is no misreading here)
                done = [f for f in before if f.start < cs and f.unit == part.unit and f.delta == part.delta]
                if not done:
                    continue
                whole, part = part, done[-1]

            def usable(x: Fig) -> bool:
                if mode == "complete":  # (a plan may be exceeded: "下达任务8000箱，实际新增8450箱，完成任务的105.6%")
                    return x is not part and self.same_family(x, part) and not x.delta and x.id not in share_parts
                return usable_(x, part)

            inside = [f for f in self.starting(span_start, pf.start) if self.same_family(f, part)]
            own = [f for f in self.starting(cs, pf.start) if f is not part and f.start > part.end
                   and self.same_family(f, part) and usable(f)] if mode == "rate" else []
            if mode == "occupy" and inside:
                whole = inside[-1]
            elif own:
                whole = own[-1]  # "覆盖行政村265个，在全县312个行政村中覆盖率达84.9%": the base stated in the rate's clause
            elif part.group is not None and part.group.whole is not part and not (
                    np_clean and part.group.whole.hi is not None and part.group.whole.hi < part.lo) and not (
                    mode == "occupy" and part.group.cue == "中" and len(np_clean) >= 3
                    and _common(part.group.whole.label(), np_clean) < 2 and not _SCOPE.match(np_clean)) and not (
                    mode == "occupy" and len(np_clean) >= 3
                    and np_clean in (near := self.t[max(0, part.group.whole.start - 12):part.group.whole.start])
                    and not _names_whole_word(near, np_clean)) and not (
                    mode == "occupy" and self.names_another_base(np_clean, part, usable_)):
                # (a list's total too small to hold the part is not the total a share names; nor one the
                # share names otherwise: "各项税收中，工商税收N元，占本年收入的33.53%" is of all revenue;
                # "从商品结构看，出口机电产品96.4亿元，占出口总值的57.3%" is of exports, not of 进出口总值)
                whole = part.group.whole
            elif part.total is not None and (outer := self.outer_total(part)) is not None:
                whole = outer
            elif mode == "rate" and (part.kind == "count" or part.kind in ("money", "measure")
                                     and (by_stem or by_place) and not part.delta and not part.aside):
                # "出生人口N，出生率X；死亡人口M，死亡率Y": a count with a rate of its own is no total of the next;
                # "发放消费券3000万元，核销2680万元，核销率89.3%": money named by the rate, of the sum before it
                cands = [x for x in before if x.start < part.start and x.unit == part.unit and usable(x)
                         and x.id not in share_parts and (part.kind == "count" or x.sent == part.sent)]
                # money: the sentence's first sum is the base ("送审金额A，审定金额B，审减金额C，审减率X%": C / A)
                whole = (cands[0] if part.kind != "count" else cands[-1]) if cands else None
                placed = whole is not None
            if whole is None and mode == "rate" and expected is not None and expected[0].unit == part.unit \
                    and usable(expected[0]):
                whole = expected[0]  # "参保人数81.36万人，应参保人数83.12万人，参保率97.9%"
            prior = False  # a base found in the sentence before (pass-only)
            restated_bound = None  # the body figure of a headline bound the share is of (see below)
            if whole is None and mode == "rate" and by_stem and part.kind == "count" and part.sent == pf.sent \
                    and part.group is None and not part.per:
                # "考生8426人，共设考点5个。本科上线4213人，本科上线率50.0%": the rate's count, named by its
                # stem, of the nearest larger total with its classifier in the two sentences before; reported
                # only when it agrees (the rate may be of a base the text does not state)
                cands = [x for x in self.before(ss, para=part.para, sents=2) if x.sent < part.sent
                         and x.unit == part.unit and x.as_written and not x.per and usable(x)]
                # (or, further back, the nearest total the rate agrees with: "筹集房源3475套。…配租3128套，
                # 配租率90.0%" -- a base the text states paragraphs earlier; never a failure)
                agrees = self.agreeing_base(part, pf, usable)
                # (or the count of the stage before, in the sentence before, with a rate of its own: "体检
                # 合格2146名，合格率51.9%。…2068名应征青年政审合格，政审合格率96.4%" -- where the numbers agree)
                agrees = agrees or self.agreeing_base(part, pf, lambda x, p=part: (
                    x.id in share_parts and x.sent == p.sent - 1 and x is not p and not x.delta
                    and self.same_family(x, p) and x.value > p.value))
                if cands and (agrees is None or self.percent_status(part, cands[-1], pf)[0] == "pass"):
                    whole, prior = cands[-1], True
                elif agrees is not None:
                    whole, prior = agrees, True
            if whole is None and mode == "rate" and hit_stem and (base := self.base_named_by_rate(pre, hit_stem, part)):
                whole = base  # "全市常住人口503.8万人 … 家庭医生签约211.6万人，常住人口签约率42.0%"
            if whole is None and mode == "rate" and by_stem and part.group is None \
                    and (base := self.agreeing_count_between(part, pf)) is not None:
                whole = base
            if whole is None and np_clean and np_clean in np_memo and not _SCOPE.match(np_clean) \
                    and usable(np_memo[np_clean]):
                whole = np_memo[np_clean]
            if whole is None and np_clean:
                if _SCOPE.match(np_clean):
                    cands = [x for x in self.figs if x.start < part.start and x.unit == part.unit and x.exact
                             and usable(x) and x.group is None and _similar(x, part, head=True)]
                    whole = cands[-1] if cands else None
                else:
                    stem = np_clean
                    for w in sh["total_words"]:
                        stem = stem.replace(w, "")
                    stem = _TIME_FRAME.sub("", _han(stem))  # 当年缴存额: the stem is 缴存额
                    if len(unscoped := _SCOPE_HEAD.sub("", stem)) >= 2:
                        stem = unscoped  # 全市接种总量: the stem is 接种
                    if len(stem) >= 3 and "总" in stem:
                        stem = stem.replace("总", "")  # 总人口 -> 人口, 资助总人次 -> 资助人次
                    if len(counted := _COUNT_WORD_END.sub("", stem)) >= 3:
                        stem = counted  # 乳腺癌筛查人数: the people of 乳腺癌筛查12920人
                    if part.unit and len(stem) >= len(part.unit) + 3 and stem.endswith(part.unit + "数"):
                        stem = stem[:-len(part.unit) - 1]  # 因旱饮水困难户数: the 户 of 因旱饮水困难群众2.36万户
                    # (a figure the words name may be the part of a share of its own: "申请22350件，核定21836件，
                    # 核定率97.7%…占核定件数的6.9%")
                    def named_ok(x: Fig) -> bool:
                        return usable(x) or x.id in share_parts and x is not part and self.same_family(x, part) \
                            and not x.delta and x.value > part.value

                    tier1 = [x for x in self.figs if named_ok(x)
                             and _names_whole_word(self.t[max(0, x.start - 12):x.start], np_clean)]
                    # the stem written out before a figure (缴存额68.42亿元), before its characters merely
                    # near one (缴存余额238.17亿元)
                    # (a measure's noun is the classifier's: 玉米播种面积 is written 玉米播种328.5万亩)
                    bare = _MEASURE_NOUN.sub("", stem) if len(stem) >= 4 else stem
                    tier_stem = [x for x in self.figs if named_ok(x) and len(stem) >= 2
                                 and (stem in self.t[max(0, x.start - 8):x.start]
                                      or bare != stem and len(bare) >= 2 and x.kind == "measure"
                                      and self.t[max(0, x.start - 8):x.start].endswith(bare))]
                    tier2 = [x for x in self.figs if usable(x) and stem and len(stem) >= 2 and all(
                        ch in self.t[max(0, x.start - 8):x.end + 4] for ch in stem)]
                    # (or the noun after a count of people and visits: "全年共有12.36万人次参加无偿献血" is
                    # the 献血总人次 a share names)
                    tier3 = [x for x in self.figs if usable(x) and x.unit == part.unit
                             and len(noun := stem.removesuffix(x.unit)) >= 2
                             and noun[-2:] in self.t[x.end:self.tx.clause_span(x.start)[1]]] \
                        if not (tier1 or tier_stem or tier2) else []
                    # (or, last, the stem's last word alone right before a figure of the part's unit: 羊只存栏总量
                    # is the 存栏168.4万只 of 羊只饲养量 -- pass-only, the head noun may be another's)
                    tier4 = [x for x in self.figs if usable(x) and x.unit == part.unit and len(stem) >= 4
                             and self.t[max(0, x.start - 4):x.start].endswith(stem[-2:])] \
                        if not (tier1 or tier_stem or tier2 or tier3) else []
                    cands = tier1 or tier_stem or tier2 or tier3 or tier4
                    prior = prior or bool(cands) and cands is tier4
                    # (not a plan stated after the share: "…占种植总面积的63.2%" is of the 种植面积达3.6万亩 before
                    # it, not of "力争到2026年种植面积稳定在4万亩左右" at the report's end)
                    kept = [x for x in cands if x.start < pf.start or not self.planned(x)]
                    if not kept and cands is not tier2:
                        # (and a figure its characters merely surround, before a plan the words name exactly:
                        # "…占集群总产值的85.9%" is of "眼镜产业集群实现产值312亿元", not of "力争到2025年眼镜产业
                        # 集群产值突破350亿元")
                        kept = [x for x in tier2 if x.start < pf.start and x is not part]
                    cands = kept or cands
                    if cands:
                        if (scope := _SCOPE_HEAD.match(np_clean)) and (scoped := [
                                x for x in cands if scope.group(0) in self.t[self.tx.clause_span(x.start)[0]:x.start]]):
                            # "占全市借阅总量的33.3%": the figure its clause says is the city's (全市…借阅量1286万册),
                            # not a nearer one of a kind (纸本图书借阅1100万册)
                            cands = scoped
                        whole = min(cands, key=lambda x: abs(x.start - part.start))
                        if whole.sent != pf.sent and (agree := [x for x in cands if x.sent != pf.sent and self.percent_status(
                                part, x, pf)[0] == "pass"]):
                            # (named in another sentence, the base is read pass-only: of the figures the
                            # words name, the nearest the share agrees with -- 献血总人次 is the year's 12.36万,
                            # not the nearer 7.84万 of repeat donors)
                            whole = min(agree, key=lambda x: abs(x.start - part.start))
                            # (of a headline figure and the body's statement of it, the one the body
                            # breaks down: "全年献血12.36万人次" then "全年共有12.36万人次参加…" and its parts)
                            # (or, a headline's 超1800亿元, the body's exact figure within its bounds: 1862.4亿元)
                            if whole.headline:
                                w = whole
                                whole = next((x for x in self.figs if not x.headline and x.unit == w.unit
                                              and x.kind == w.kind and not x.delta and x.start < part.start
                                              and (x.value == w.value or (w.q.get("qualifier") or "exact") != "exact"
                                                   and (x.q.get("qualifier") or "exact") == "exact" and w.lo <= x.value
                                                   and (w.hi is None or x.value <= w.hi))
                                              and self.percent_status(part, x, pf)[0] == "pass"), w)
                                body = [x for x in cands if x is not w]
                                if whole is w and w.q.get("qualifier") in ("over", "under") and len(body) == 1 \
                                        and body[0].q.get("qualifier") == "exact" \
                                        and w.lo <= body[0].value and (w.hi is None or body[0].value <= w.hi):
                                    # "综合产值突破2亿元" then "综合产值2.36亿元": a headline's open bound agrees with
                                    # any share; the one body figure the words name besides is what it is of,
                                    # reported either way
                                    whole = restated_bound = body[0]
                        # (named in another sentence, the base may be another year's or level's of the same
                        # name -- "占预算数的96.99%" of an item after the year's 预算数: reported when it agrees;
                        # but not the one figure written right after the share's whole words, scope and
                        # all: "全县竹产业综合产值达82.6亿元 … 占全县竹产业综合产值的62.4%")
                        prior = prior or whole.sent != pf.sent and whole is not restated_bound \
                            and not self.sole_named_base(np_clean, whole, cands) \
                            and not self.sole_count_of_verb(np_clean, whole)
                        if prior and self.percent_status(part, whole, pf)[0] != "pass" \
                                and (top := self.named_total(np_clean, stem, part)) is not None:
                            # "办理异地考试3.6万人次，占考试总量的8.2%": a total word names the largest
                            # figure its stem is written before, reported either way
                            whole, prior = top, False
                    elif len(stem) == 2 and stem[1] == "数" and stem[0] == part.unit:
                        # "凤鸣村共有612户2180人 … 587户完成庭院改造，占总户数的95.9%": the number of 户 is the
                        # total of them stated before (共有, 总); reported only when it agrees
                        cands = [x for x in self.figs if x.start < part.start and x.unit == part.unit and usable(x)
                                 and x.exact and not x.per and x.value > part.value
                                 and _TOTAL_BEFORE.search(self.t, max(0, x.start - 4), x.start)]
                        if cands:
                            whole, prior = cands[0], True
            if whole is None and mode == "ratio":
                # (not an item of the part's own list: "Ⅱ类5个、Ⅲ类3个、Ⅳ类1个，优良比例为88.9%" is of no item)
                run = {id(part)}
                for x in reversed([x for x in self.figs if x.end <= part.start and x.sent == part.sent]):
                    nxt = min((y for y in self.figs if id(y) in run), key=lambda y: y.start)
                    if not _SIBLING_GAP.fullmatch(self.t, x.end, nxt.start):
                        break
                    run.add(id(x))
                cands = [x for x in self.figs if x.start < part.start and x.sent == part.sent and usable(x)
                         and x.delta == part.delta and id(x) not in run]
                whole = cands[-1] if cands else None
                if whole is not None and not _same_head(whole, part):
                    # "淘汰柴油货车1530辆，新增新能源公交车320辆，公交车新能源占比达到96.5%": a count of
                    # another thing before the part is no base of its share
                    whole = None
            if whole is None and mode in ("ratio", "occupy") and not np_clean:
                tw = sh["total_words"]
                cands = [x for x in self.figs if x.start < part.start and x.unit == part.unit and usable(x)
                         and any(w in self.t[max(0, x.start - 6):x.start] for w in tw)]
                whole = cands[-1] if cands else None
            if whole is None and mode == "occupy" and not np_clean \
                    and (base := self.base_of_scope(part, usable)) is not None:
                # "与156个村建立结对帮扶关系。…结对村中，脱贫村62个，占39.7%": the scope before the part
                # names the earlier total (found by words, so pass-only)
                whole, prior = base, True
            if whole is None and mode == "occupy" and not np_clean:
                # "全县312个村（社区）全部完成换届 … “一肩挑”的村（社区）305个，占97.8%": the share of the
                # total counting the noun the part's label ends with
                label = _han(part.before)
                cands = [x for x in self.figs if x.start < part.start and x.unit == part.unit and usable(x)
                         and x.noun_after and any(label.endswith(noun[:k]) for noun in [_han(self.t[x.end:x.end + 8])]
                                                  for k in range(2, len(noun) + 1))]
                whole = cands[-1] if cands else None
            if whole is None and mode == "ratio" and part.start == (before[0].start if before else -1):
                # "床位1.2万张 ... 护理型床位6000张，占比50%": the share of a narrower kind of the noun
                # counted a sentence before, with the same classifier
                noun = _core(part.before)
                cands = [x for x in self.before(ss, para=part.para, sents=1) if x.unit == part.unit and usable(x)
                         and not x.per and len(_core(x.before)) >= 2 and noun.endswith(_core(x.before)[-2:])
                         and noun != _core(x.before)]
                whole = cands[0] if cands else None
            status, msg = self.percent_status(part, whole, pf) if whole is not None else ("", "")
            if status == "fail" and placed and (alt := self.agreeing_base(part, pf, usable, adjacent=True)
                                                or self.agreeing_base(part, pf, usable)) is not None:
                # "累计供水2386.5万吨…。全年售水量2062.8万吨，漏损水量323.7万吨，综合漏损率13.6%": a base
                # taken by its place alone gives way to one of the sentence before the rate agrees with (or
                # of any sentence before, stated as written: "全年板栗产量8.2万吨。…年加工能力达到15万吨，全年
                # 加工转化板栗6.3万吨，加工转化率为76.8%")
                whole = alt
                status, msg = self.percent_status(part, whole, pf)
            if status == "fail" and mode == "complete" and not inside and self.plan_elsewhere(np_clean, whole, pf):
                # "各项税收共收到N元，完成预算数的92.49%": the plan named by a word only may be the item's
                # own budget, which the text does not state -- not the year's budget nor the total the item
                # is part of; a plan stated elsewhere is reported only when the share agrees with it
                whole = None
            if whole is not None:
                if np_clean and np_clean not in np_memo and not _SCOPE.match(np_clean) and not prior:
                    np_memo[np_clean] = whole  # (a base found pass-only names nothing for the next share)
                if prior and status == "fail":
                    self.implied(part, pf)
                    share_parts.add(part.id)
                    continue
                if status == "fail" and pf.value == 100 and (_ALL_OF.search(self.t, part.end, pf.start)
                                                             or _ALL_OF.search(part.pre[-6:])):
                    # "符合条件的1219人已全部参加养老保险，参保率100%": the rate of the part's own set
                    # (so is "覆盖辖区全部12个社区，社区覆盖率达100%")
                    continue
                if mode == "occupy" and status == "fail" \
                        and (listed := self.share_of_list_total(part, whole, pf, np_clean, share_parts)):
                    # "共有特色学校55所，其中国家级28所、省级15所、市级12所，占全区中小学总数的64.0%": after a
                    # list of parts, the share may be of the list's total, over the total the share names
                    # (taken when it agrees; never reported as a failure)
                    if listed is not True:
                        base, total = listed
                        self.add({"kind": "percent", "whole": base.id, "parts": [total.id], "percent": pf.id,
                                  "status": "pass", "message": self.percent_status(total, base, pf)[1]})
                        self.percent_rows.append((base, total, pf))
                        share_parts.add(total.id)
                    continue
                if mode == "ratio" and status == "fail" and not by_name and part.group is not None and len(part.group.parts) >= 2 \
                        and len(_RATIO_FILLER.sub("", _han(self.t[part.end:pf.start]))) >= 2:
                    # "Ⅱ类5个、Ⅲ类3个、Ⅳ类1个，水质优良比例为88.9%": a share naming a subject of its own
                    # after a list may be of several of its items, not of the last one ("投诉类2954件，
                    # 占比率达80.80%" is the item's own)
                    continue
                if status == "fail" and pf.q.get("qualifier") in ("under", "over") and (
                        mode == "rate" or _RAISED_LEVEL.search(pf.pre[-4:])):
                    # "城镇调查失业率控制在5.5%以内": a rate held to a bound is a target the counts nearby
                    # do not measure (再就业6032人 is not the unemployed of the labour force); so is a
                    # share raised to a bound ("再新建公墓5个…；推动生态安葬比例提高到40%以上")
                    continue
                if (by_place and not _rated_subset(part, whole, rate.group(1) if rate else "")
                        or pf.unit in _PER_MILLE) and status == "fail":
                    # "人口50万人，脱贫1.2万人，贫困发生率2.1%" is the rate of another part; a rate per
                    # thousand (出生率7.69‰) is of the mean population, not of a year-end total
                    continue
                word = rate.group(1) if mode == "rate" and rate else ""
                if status == "fail" and whole.id in rated_by_word.get(word, ()):
                    # "实际参保58.36万人，参保率97.8%。其中，脱贫人口…参保4.21万人，参保率100%": the rate the
                    # total has under that name already; the subgroup's is over its own base, not stated
                    self.implied(part, pf)
                    share_parts.add(part.id)
                    continue
                self.add({"kind": "percent", "whole": whole.id, "parts": part.id.split(","), "percent": pf.id,
                          "status": status, "message": msg})
                self.percent_rows.append((whole, part, pf))
                share_parts.add(part.id)
                if word:
                    rated_by_word.setdefault(word, set()).add(part.id)
            elif mode == "complete" and pf.value > 0 and (done := self.done_before_plan(part, pf)) is not None:
                # "三年累计改造管网486.3公里。…计划改造管网450公里，实际完成计划的108.1%": the figure before
                # the rate is the plan; the work done is stated earlier (found where the numbers agree)
                self.share_check(part, done, pf)
                share_parts.add(done.id)
            elif np_clean and mode in ("occupy", "complete") and pf.value > 0:
                self.implied(part, pf)
                if mode == "occupy":
                    # (work done against a plan is still the total of what follows: "培训干部38.6万人次，
                    # 完成年度计划的103.2%。…占培训总人次的40.9%")
                    share_parts.add(part.id)
            elif mode == "rate" and by_stem and pf.value > 0 and part.sent == pf.sent \
                    and self.tx.clause(pf.start) - part.clause <= 1 and part.id not in share_parts:
                # "参保人数达到41.2万人，参保率98.6%": the rate of the count its stem names, over a base
                # the text does not state
                self.implied(part, pf)
                share_parts.add(part.id)

    def share_of_list_total(self, part: Fig, whole: Fig, pf: Fig, np_clean: str, share_parts: set[str]):
        """For a share after a list of two or more parts that fails for the last part: ``(base, total)``
        when the share agrees with the list's total over an earlier figure the share's words name
        (86所 counting 中小学 for 占全区中小学总数的), ``True`` when the share may be of the total but no
        such base is found (no failure is reported), None when the share is the last part's -- as it is
        when the other parts have shares of their own ("A 52家，占X%；…；F 6家，占6.4%")."""
        g = part.group
        if g is None or g.whole is not whole or len(g.parts) < 2 or part is not max(g.parts, key=lambda p: p.start) \
                or any(p.id in share_parts for p in g.parts if p is not part):
            return None
        for x in reversed([x for x in self.figs if x.end <= whole.start and x.unit == whole.unit and x.exact
                           and not x.delta and x.value > whole.value]):
            noun = x.q.get("counted") or ""
            if len(noun) >= 2 and noun[-2:] in np_clean and self.percent_status(whole, x, pf)[0] == "pass":
                return x, whole
        return True

    def listed_share_part(self, pf: Fig, cs: int, occ: int, before: list[Fig]) -> Fig | None:
        """The part of a share written after a list of figures: "分别为A、B和C，分别占…的X%、Y%和Z%"
        pairs them in order; "…分别为A、B和C，合计占…的X%" takes their sum (a figure made for the
        check, named by the items' ids)."""
        lead = self.t[max(cs, cs + occ - 2):cs + occ]
        if lead not in ("分别", "合计", "共计") and not lead.endswith("共"):
            return None
        sent_end = self.tx.sent_span(pf.start)[1]
        pcts = []  # the percents after 占, joined as a list (X%、Y%和Z%)
        for x in self.starting(cs + occ, sent_end):
            if x.kind != "percent" or pcts and not _LIST_GAP.fullmatch(self.t, pcts[-1].end, x.start):
                break
            pcts.append(x)
        run = [before[-1]] if before else []
        for x in reversed(before[:-1]):
            if x.unit != run[0].unit or not _LIST_GAP.fullmatch(self.t, x.end, run[-1].start):
                break
            run.append(x)
        run.reverse()
        if len(run) < 2:
            return None
        if lead == "分别":
            if len(pcts) != len(run) or pf not in pcts:
                return None
            return run[pcts.index(pf)]
        lo, hi = _sum_bounds(run)
        total = sum((x.value for x in run), Decimal(0))
        return replace(run[-1], value=total, lo=lo, hi=hi, shown=_fmt_like(total, run),
                       id=",".join(x.id for x in run), group=run[-1].group)

    def listed_subject(self, pre: str, occ: int, pf: Fig, cs: int) -> str | None:
        """The subject of the ``k``-th share of "第一产业和第三产业增加值占地区生产总值的比重分别为14.6%和
        49.7%": the ``k``-th name before 占, completed with the head the last name shows (第一产业 +
        增加值), for the share that is ``k``-th after 分别.  None unless the subject lists names."""
        each = pre.find("分别", occ)
        names = [x for x in _SUBJECT_SEP.split(_han(pre[:occ])) if x]
        if each < 0 or len(names) < 2:
            return None
        shares = [f for f in self.starting(cs + each, self.tx.clause_span(pf.start)[1]) if f.kind == "percent"]
        if pf not in shares or len(shares) != len(names):
            return None
        name, last = names[shares.index(pf)], names[-1]
        head = last[len(names[0]):] if len(last) > len(names[0]) and len(names[0]) >= 2 else ""
        return name if name.endswith(head) else name + head

    def named_part(self, subject: str, at: int) -> Fig | None:
        """The figure a share's subject names when its clause holds none ("税收收入占…的比重为X%"): the
        last figure before ``at`` written right after that name (税收收入5.00亿元)."""
        subject = _han(subject)
        if len(subject) < 2 or self.starting(at - len(subject), at):
            return None
        named = [f for f in reversed(self.figs) if f.end <= at - len(subject) and self.summable(f) and not f.delta
                 and self.t.endswith(subject, max(0, f.start - len(subject) - 1), f.start)]
        if not named and len(subject) >= 4 and subject[-1] == "数":
            # "国小组件数占全部收件的38.7%": the count of the classifier names the figure of it (国小组482件)
            named = [f for f in reversed(self.figs) if f.end <= at - len(subject) and self.summable(f) and not f.delta
                     and subject == _han(self.t[max(0, f.start - len(subject) + 2):f.start]) + f.unit + "数"]
        # (the figure labelled by the name alone before one whose label only ends in it: "个体工商户占全市
        # 市场主体总量的68.2%" is of "个体工商户35.92万户", not of "新设个体工商户6.03万户")
        exact = [f for f in named if _label_opens(self.t, self.t.rfind(subject, 0, f.start + 1))]
        if exact or named:
            return (exact or named)[0]
        if len(subject) == 3 and subject[-1] in "量额":
            # "全县已销售洋葱41万吨，其中订单销售22万吨…、客商上门收购14.4万吨，销售量占预计总产量的78.8%": the
            # measure of a verb (销售量) names the figure the verb is written before, product and all, that
            # the sentence breaks down -- not the breakdown's last item
            stem = subject[:-1]
            sent = self.tx.sent(at)
            hits = [f for f in self.figs if f.end <= at - len(subject) and f.sent == sent and self.summable(f)
                    and not f.delta and f.total is not None
                    and regex.search(stem + r"\p{Han}{0,3}$", self.t[max(0, f.start - 6):f.start])]
            if len(hits) == 1:
                return hits[0]
        if len(subject) >= 4 and subject[-1] in "量额":
            # "当中废纸1.12万公吨、塑胶6,350公吨…。塑胶回收量占总回收量的23.7%": the item named alone, without
            # the measure (回收量, 产量) the share's total names too -- where one figure is labelled so
            for k in (3, 2):
                item = subject[:-k]
                hits = [f for f in reversed(self.figs) if f.end <= at - len(subject) and self.summable(f)
                        and not f.delta and f.group is not None and len(item) >= 2
                        and self.t.endswith(item, 0, f.start) and _label_opens(self.t, f.start - len(item))]
                if len(hits) == 1:
                    return hits[0]
        # a short name of an item of the paragraph ("其中中央资金占总投入的59.0%" after "中央财政补助资金
        # 1.86亿元"): the one item whose label opens and ends as the name does
        short = _LIST_LEAD.sub("", subject)
        if len(short) >= 4:
            para = self.tx.para(at)
            hits = [f for f in self.by_para.get(para, ()) if f.end <= at - len(subject) and self.summable(f)
                    and not f.delta and (lab := _han(f.before)).startswith(short[:2]) and lab.endswith(short[-2:])
                    and len(lab) > len(short)]
            if len(hits) == 1:
                return hits[0]
        # an item of a list its figures follow in order ("涵盖古建筑、古遗址…5个类别，分别为1012处、186处…。
        # 其中古建筑占总数的68.1%"): the one figure of the paragraph the name is counted by
        para = self.tx.para(at)
        hits = [f for f in self.by_para.get(para, ()) if f.end <= at - len(subject) and self.summable(f)
                and not f.delta and f.group is not None and len(short) >= 2 and f.q.get("counted") == short]
        return hits[0] if len(hits) == 1 else None

    def share_follows(self, f: Fig) -> bool:
        """Is ``f`` followed in its sentence by its share of a named total (…，占…的X%)?"""
        nxt = self.starting(f.end, self.tx.sent_span(f.start)[1])
        return bool(nxt) and nxt[0].kind == "percent" and "占" in self.t[f.end:nxt[0].start]

    def from_value(self, f: Fig) -> bool:
        """Is ``f`` the value a change starts from ("漏损率由上年的14.0%降至10.0%": last year's rate, of
        last year's figures, which the text does not give)?"""
        return bool(("由" in f.pre or "从" in f.pre) and _FROM_END.search(f.pre)
                    and _TO_AHEAD.match(self.t, f.end))

    def drop_misread_shares(self) -> None:
        """A share off by more than ten times against a total in another paragraph ("每平方公尺的造价达
        293元，而使用面积只占44%" read against 498亿元 pages before) was read against the wrong total: no
        contradiction in the text.  (Within a paragraph a typo 0.46% -> 7.46% is still flagged.)"""
        by_id = {f.id: f for f in self.figs}
        keep = []
        for c in self.checks:
            if c["kind"] == "percent" and c["status"] == "fail" and c.get("whole") in by_id:
                w, p, pf = by_id[c["whole"]], by_id[c["parts"][0]], by_id[c["percent"]]
                if w.value and pf.value and w.para != p.para:
                    share = p.value * HUNDRED / w.value
                    if share == 0 or not Decimal("0.1") <= share / pf.value <= 10:
                        continue
            keep.append(c)
        self.checks = keep

    def named_part_before_base(self, pf: Fig, full: str, before: list[Fig]) -> tuple[Fig, Fig] | None:
        """The base and part of a coverage rate whose clause before states the base and whose name
        (its four characters before 覆盖率: 统防统治) names a smaller figure of its kind stated
        earlier in the paragraph, the part: (base, part), or None."""
        k = self.t.rfind("覆盖率", self.tx.clause_span(pf.start)[0], pf.start)
        name = _han(self.t[max(0, k - 4):k]) if k >= 0 else ""
        if not full.endswith("覆盖") or len(name) < 4 or not before:
            return None
        base = before[-1]
        if base.clause != self.tx.clause(pf.start) - 1 or base.delta or base.group is not None:
            return None
        named = [x for x in self.figs if x.end <= base.start and x.sent < base.sent and x.para == base.para
                 and x.unit == base.unit and x.kind == base.kind and not x.delta and x.value < base.value
                 and name in _item_label(x)]
        return (base, named[-1]) if named else None

    def implied_outcome(self, pf: Fig, stem: str, before: list[Fig]) -> None:
        """"受理各类诉求218件，办结率97.2%": a rate of an outcome (a verb of finished work, cues
        ``done.verbs`` and ``predicate.verbs``) right after the one count it is a rate of -- the
        outcome itself is not stated, so the check is unverifiable, with the part it implies."""
        if not before or pf.value <= 0 or pf.hi is None or pf.value > HUNDRED:
            return
        whole = before[-1]
        outcomes = self.c["done"]["verbs"] + self.c["predicate"]["verbs"]
        if (whole.kind != "count" or whole.delta or whole.group is not None or whole.total is not None
                or whole.clause != self.tx.clause(pf.start) - 1 or not any(stem.endswith(v) for v in outcomes)
                or len(before) > 1 and before[-2].clause == whole.clause):
            return
        implied = (whole.value * pf.value / HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        self.add({"kind": "percent", "whole": whole.id, "parts": [], "percent": pf.id, "status": "unverifiable",
                  "implied_part": implied,
                  "message": f"{pf.shown} of {whole.shown} is about {_fmt_like(implied, [whole])} (part not stated)"})

    def raised_levels(self) -> None:
        """"名额增至6,000个，较首年增加1,500个" after "首年共提供4500个培训名额": a level raised to X, the
        increase Y in the next clause and the earlier level X - Y stated sentences before make a sum
        (pass-only: the earlier level found by its value; an earlier figure that does not agree may be
        of another base)."""
        for x in self.figs:
            if x.delta or not self.summable(x) or not _RAISED_LEVEL.search(x.pre[-4:]):
                continue
            if (pair := self.from_level_and_increase(x)) is not None:
                # "由上年的271个增至312个，新增41个": the level it rose from and the increase make it
                ok = _overlaps_rounded(*_sum_bounds(pair), x.lo, x.hi)
                self.add(self.sum_check("sum", x, pair, "pass" if ok else "fail"))
                continue
            y = next((f for f in self.figs if f.clause == x.clause + 1 and f.delta and f.unit == x.unit
                      and f.kind == x.kind and _COMPARED_TO.search(f.pre)), None)
            if y is None or y.value >= x.value:
                continue
            earlier = x.value - y.value
            base = next((f for f in self.figs if f.sent < x.sent and f.unit == x.unit and f.kind == x.kind
                         and not f.delta and f.exact and f.value == earlier and self.summable(f)
                         and _common(f.label(), x.label()) >= 2), None)
            if base is None or self.covered(x, [base, y]):
                continue
            self.add({"kind": "sum", "whole": x.id, "parts": [base.id, y.id], "status": "pass",
                      "message": f"{base.shown} + {y.shown} = {x.shown} ✓ (raised from the level stated before)"})

    def changes_from_stated_bases(self) -> None:
        """"共有1,426名露宿者，较去年同期的1,553名减少127名，跌幅约8.2%": a level, the base it is compared
        with (较/比 … 的N) and the change right after the base make a sum -- the base less a decrease,
        or plus an increase, is the level -- and a rate of the change after them is over the base."""
        for y in self.figs:
            if not y.delta or y.paren or (m := _CHANGE_AFTER_BASE.search(y.pre)) is None:
                continue
            b = next((f for f in reversed(self.starting(self.tx.clause_span(y.start)[0], y.start))
                      if f.end == y.start - len(m.group(0))), None)
            if b is None or b.delta or b.unit != y.unit or b.kind != y.kind or not _BASE_BEFORE.search(b.pre):
                continue
            x = next((f for f in reversed(self.starting(self.tx.sent_span(b.start)[0], b.start))
                      if not f.delta and f.unit == b.unit and f.kind == b.kind and not f.paren
                      and b.clause - f.clause <= 1), None)
            if x is None or self.covered(x, [b, y]) or self.covered(b, [x, y]):
                continue
            whole, parts = (b, [x, y]) if m.group(1) in _FALLS else (x, [b, y])
            ok = _overlaps_rounded(*_sum_bounds(parts), whole.lo, whole.hi)
            self.add(self.sum_check("sum", whole, parts, "pass" if ok else "fail"))
            pf = next((f for f in self.starting(y.end, self.tx.sent_span(y.start)[1]) if f.kind == "percent"
                       and f.clause == y.clause + 1 and _RATE_OF_CHANGE.search(f.pre)), None)
            if pf is not None:
                self.share_check(b, y, pf)

    def from_level_and_increase(self, x: Fig) -> list[Fig] | None:
        """For a level ``x`` risen to from a level its clause states ("由上年的271个增至312个"), that
        level and the increase the next clause opens with ("，新增41个", "净增41个"): all three said
        of one thing, so they must add up."""
        cs, _ = self.tx.clause_span(x.start)
        a = next((f for f in self.starting(cs, x.start) if self.from_value(f)), None)
        if a is None or a.unit != x.unit or a.kind != x.kind or a.delta:
            return None
        y = next((f for f in self.starting(x.end, len(self.t)) if f.clause == x.clause + 1), None)
        if y is None or y.unit != x.unit or y.kind != x.kind \
                or not _INCREASE_OPENS.fullmatch(self.t[self.tx.clause_span(y.start)[0]:y.start]):
            return None
        return [a, y]

    def outcome_pairs(self) -> None:
        """"受理审查逮捕案件186件，经审查批准逮捕132件，不批准逮捕54件": an outcome and its negation
        (合格/不合格, 批准/不批准, 立案/不予立案) in the two clauses after a total with their classifier
        split all of it, so the two must add up to it."""
        for w, a, b in zip(self.figs, self.figs[1:], self.figs[2:]):
            # (a clause without figures may stand between the total and the outcomes: "…418人，经审查，")
            # (or joined by 、 in one clause: "检验结果合格491件、不合格29件")
            if not (a.sent == b.sent == w.sent and w.clause < a.clause <= w.clause + 2
                    and (b.clause == a.clause + 1 or b.clause == a.clause and self.t[a.end:b.start].startswith("、"))
                    and w.unit == a.unit == b.unit and all(self.summable(x) and not x.delta for x in (w, a, b))
                    and w.value > a.value and w.value > b.value):
                continue
            neg = _NEGATED.match(_han(self.t[max(self.tx.clause_span(b.start)[0], a.end):b.start]))
            label_a = _han(self.t[self.tx.clause_span(a.start)[0]:a.start])
            if neg is None or len(neg.group(2)) < 2 or not label_a.endswith(neg.group(2)) \
                    or a.group is not None or b.group is not None or w.total is not None:
                continue
            # (a group, so that a rate of either outcome finds the total: 不捕率 of the 418)
            self.register(Group(whole=w, parts=[a, b], strong=True, exhaustive=True, cue="不"))

    def plan_elsewhere(self, np_clean: str, whole: Fig, pf: Fig) -> bool:
        """Does a share of work done against a plan (完成预算数的X%) name the plan by a word only, while
        the figure found for it is no statement of that plan in the share's sentence (预算数N元 there)?"""
        words = [*self.c["done"]["targets"], "预算"]
        if not any(w in np_clean for w in words):
            return False
        # (the word anywhere before the figure in its clause: "今年计划培训电商从业人员3000人次")
        stated = self.t[self.tx.clause_span(whole.start)[0]:whole.start]
        return not (whole.sent == pf.sent and any(w in whole.before[-8:] or w in stated for w in words))

    def rate_in_scope(self, pf: Fig, before: list[Fig]) -> Fig | None:
        """The part of a rate whose stem names no figure, in a sentence opened by a scope ("在X中")
        that made the figure right before the rate a part of a total stated earlier: that part."""
        if not before:
            return None
        part = before[-1]
        g = part.group
        if (g is None or g.cue != "中" or g.whole.sent >= part.sent or part.delta or part.kind != "count"
                or part.clause != self.tx.clause(pf.start) - 1 or len([f for f in before if f.sent == part.sent]) > 1):
            return None
        return part

    def rate_after_pair(self, pf: Fig, before: list[Fig]) -> Fig | None:
        """The part of a rate whose stem names neither figure, stated right after a total and its
        part in the two clauses before it ("受理N件，审结M件，结案率X%"; "N名参加测试，M名通过，合格率
        X%"; "预算金额N亿元，节约资金M亿元，节资率X%"): the count or sum of money of the clause just
        before the rate, when the clause before that states a larger total with the same classifier.
        (A rate further away, or after one figure, names no pair; a part a 其中 singles out is a
        subgroup, not the outcome the rate measures: "培训N名，其中A类M名，就业率X%" is the rate of
        all N.)  Found by place alone, the relation is pass-only: "人口N万人，
        脱贫M万人，贫困发生率X%" is the rate of a part the text does not state."""
        if len(before) < 2:
            return None
        part, whole = before[-1], before[-2]
        # ("学员共485名，其中412名考获相关证书，考证合格率达85%": a bare count after 其中, what it did
        # told after it, is the outcome, not a subgroup)
        bare = (part.group is not None and part.group.whole is whole and len(part.group.parts) == 1
                and part.pre.rstrip("，, ").endswith(("其中", "当中")))
        if (part.kind not in ("count", "money") or part.kind != whole.kind or part.group is not None and not bare
                or part.status == "pending" or part.delta or whole.delta
                or part.clause != self.tx.clause(pf.start) - 1 or not self.next_clause(whole, part)
                or whole.unit != part.unit or whole.value <= part.value or _PLAN.search(part.pre)):
            return None  # (a plan right before the rate is its base: "布设132台，年度目标120台，完成率110%")
        return part

    def rate_after_base_in_clause(self, pf: Fig, before: list[Fig]) -> Fig | None:
        """The part of a rate whose clause before it opens with its base and ends with the count done
        over it ("全县186个行政村已建成村级服务点172个，覆盖率达到92.5%"): the later, smaller count of
        one classifier, with a verb between the two (no list of items). Found by place: pass-only."""
        if len(before) < 2:
            return None
        part, whole = before[-1], before[-2]
        gap = self.t[whole.end:part.start]
        if (part.kind != "count" or whole.kind != "count" or part.unit != whole.unit or part.group is not None
                or part.delta or whole.delta or part.status == "pending" or whole.value <= part.value
                or part.clause != self.tx.clause(pf.start) - 1 or whole.clause != part.clause
                or not 2 <= len(gap) <= 16 or "其中" in gap or any(c in gap for c in "、和及与")
                or not any(self.starts_predicate(k) for k in range(whole.end, part.start))):
            return None
        return part

    def outcome_before(self, pf: Fig, before: list[Fig]) -> Fig | None:
        """The outcome right before a rate that, with its negation, splits a total (批准逮捕297人，不批准
        逮捕121人，不捕率28.9%: the rate of the 121 over the 418)."""
        part = before[-1] if before else None
        if part is None or part.group is None or part.group.cue != "不" or part.clause != self.tx.clause(pf.start) - 1:
            return None
        return part

    def next_clause(self, a: Fig, b: Fig) -> bool:
        """Is ``b`` in the clause after ``a``'s, or after clauses that only say how ``a`` changed
        ("受理案件12846件，同比上升6.3%；审结11972件": the change is no figure of the pair)?"""
        if b.clause == a.clause + 1:
            return True
        between = [x for x in self.figs if a.clause < x.clause < b.clause]
        if b.clause == a.clause + 2 and not between and b.sent == a.sent \
                and _common_suffix(_han(a.before), _han(b.before)) >= 3:
            # "申报省级卫生村57个，经市爱卫办暗访评估，命名省级卫生村42个": one clause with no figure
            # between two counts of the same thing (how the first became the second)
            return True
        return (b.clause > a.clause + 1 and all(x.delta for x in between)
                and {x.clause for x in between} == set(range(a.clause + 1, b.clause)))

    def done_of_plan(self, pf: Fig, before: list[Fig]) -> tuple[Fig, Fig] | None:
        """A 完成率 right after a plan figure ("全年计划举办主体班次24期，完成率108.3%"): the plan, and the
        nearest earlier figure of its paragraph with its classifier, outside a plan clause, whose words
        share two characters in a row with the plan's (共举办各类主体班次26期)."""
        if not before or not (_PLAN.search(before[-1].pre) or _PLAN_AFTER.match(self.t, before[-1].end)) \
                or "完成" not in self.t[before[-1].end:pf.start]:
            return None  # (a plan named after its figure too: "超额完成省下达的150座目标任务，完成率达124%")
        plan = before[-1]
        for x in reversed(self.by_para.get(plan.para, ())):
            if x.start < plan.start and x.unit == plan.unit and x.kind == plan.kind and not _PLAN.search(x.pre) \
                    and self.summable(x) and (_common(x.before, plan.before) >= 2
                                              or x.sent == plan.sent and x.clause == plan.clause - 1):
                # (or the work done in the clause right before the plan: "布设AED132台，年度目标120台，完成率110%")
                return plan, x
        return None

    def plan_then_done(self, pf: Fig, before: list[Fig]) -> tuple[Fig, Fig] | None:
        """A 完成率 after a plan and the work done, in that order ("计划抽检3740批次，实际完成3860批次，
        完成率103.2%"): the plan (a figure of the sentence in a plan clause) and the done figure right
        before the rate (outside one), with the same classifier."""
        if not before or "完成" not in self.t[max(0, before[-1].start - 8):pf.start]:
            return None
        done = before[-1]
        if _PLAN.search(done.pre):
            return None
        # (or a task set from above: "下达我县…抽检任务3600批次，全年实际完成3860批次")
        plan = next((x for x in reversed(before[:-1]) if x.sent == done.sent and x.unit == done.unit
                     and x.kind == done.kind and (_PLAN.search(x.pre) or x.pre.endswith(_TASK_ENDS))), None)
        return (plan, done) if plan is not None else None

    def done_of_due(self, due: Fig, stem: str) -> Fig | None:
        """The nearest figure before ``due`` (the number that should be insured, vaccinated, checked),
        in its paragraph and with its classifier, whose label names the rate's ``stem`` as done:
        参保总人数81.36万人 for 应参保人数83.12万人 and a 参保率.  None when it exceeds the number due."""
        for x in reversed(self.starting(0, due.start)):
            if x.para != due.para:
                return None
            if x.unit == due.unit and x.kind == due.kind and not x.delta and not x.per and not x.paren \
                    and stem in _item_label(x) and not _names_due(_item_label(x), stem) \
                    and _names_stem(_item_label(x), stem):
                if x.group is not None and x.group.whole is not x and x.group.whole.start < due.start \
                        and stem in _item_label(x.group.whole) and x.group.whole.unit == x.unit:
                    x = x.group.whole  # (参保总人数81.36万人，其中职工医保参保7.52万人: the total)
                return x if x.value <= (due.hi if due.hi is not None else due.value) else None
        return None

    def share_check(self, whole: Fig, part: Fig, pf: Fig, *, pass_only: bool = False) -> bool:
        """Report the percent check of ``part`` over ``whole`` against ``pf`` (and keep the row for the
        shares-to-100 rules); with ``pass_only`` only when it holds.  Was it reported?"""
        status, msg = self.percent_status(part, whole, pf)
        if pass_only and status != "pass":
            return False
        self.add({"kind": "percent", "whole": whole.id, "parts": [part.id], "percent": pf.id,
                  "status": status, "message": msg})
        self.percent_rows.append((whole, part, pf))
        return True

    def computed_over(self, pf: Fig) -> tuple[Fig, Fig] | None:
        """A rate right after a clause "以/按(照)…N计算": N is its base, and its part the nearest count
        before that clause in the sentence with N's classifier that N can hold."""
        if self.tx.clause(pf.start) == 0:
            return None
        cs, ce = self.tx.clause_span(self.tx.clause_span(pf.start)[0] - 1)
        m = _COMPUTED_OVER.fullmatch(self.t, cs, ce)
        if m is None:
            return None
        inside = [f for f in self.starting(cs, ce) if self.summable(f)]
        if len(inside) != 1:
            return None
        base = inside[0]
        ss, _ = self.tx.sent_span(pf.start)
        parts = [f for f in self.starting(ss, cs) if f.unit == base.unit and f.kind == base.kind and not f.delta
                 and self.summable(f) and (base.hi is None or f.lo <= base.hi)]
        return (base, parts[-1]) if parts else None

    def base_named_by_rate(self, pre: str, stem: str, part: Fig) -> Fig | None:
        """The base a rate names before its stem ("常住人口签约率": 常住人口), stated anywhere before the
        part as the whole noun of a figure of the part's classifier ("全市常住人口503.8万人")."""
        at = pre.rfind(stem)
        tail = _HAN_TAIL.search(pre, 0, at) if at > 0 else None
        noun = _SCOPE_HEAD.sub("", tail.group(0)) if tail else ""
        if len(noun) < 2:
            return None
        cands = [x for x in self.figs if x.end <= part.start and x.unit == part.unit and not x.per
                 and not x.delta and x.value > part.value and _bare(x.before).endswith(noun)]
        return cands[-1] if cands else None

    def done_before_plan(self, plan: Fig, pf: Fig) -> Fig | None:
        """When the figure a completion rate follows is a plan (计划改造管网450公里，实际完成计划的108.1%),
        the earlier figure of its classifier the rate agrees with, as the work done (pass-only)."""
        cs = self.tx.clause_span(plan.start)[0]
        if not any(w in self.t[cs:plan.start] for w in self.c["done"]["targets"]):
            return None
        return next((x for x in reversed(self.figs) if x.end <= cs and x.unit == plan.unit and x.kind == plan.kind
                     and not x.delta and x.as_written and self.percent_status(x, plan, pf)[0] == "pass"), None)

    def base_the_part_names(self, part: Fig, usable) -> Fig | None:
        """The earlier figure of the part's paragraph or the one before, labelled by the noun (four
        characters or more) the part's own words end with: the part is the ones of them the rate
        counts ("其中楼宇火警召唤9,734宗。…在承诺时间内到达的楼宇火警召唤有9,081宗，达标率为94.3%")."""
        label = _bare(_han(part.before))
        if len(label) < 5:
            return None
        paras = (max((q for q in self.by_para if q < part.para), default=part.para), part.para)
        for x in reversed(self.figs):
            if x.end > part.start or x.para not in paras or x.unit != part.unit or not x.exact \
                    or x.per or not usable(x):
                continue
            own = _LIST_LEAD.sub("", _bare(_han(x.before)))
            if len(own) >= 4 and label.endswith(own) and label != own:
                return x
        return None

    def names_another_base(self, np_text: str, part: Fig, usable_) -> bool:
        """Does a share's base name a figure written right after those words, other than the total
        of the part's list ("宫颈癌筛查13260人，乳腺癌筛查12920人 … 筛查中，…发现异常1036人，占乳腺癌
        筛查人数的8.0%": of the 12920, not of all 26180 screened)?  A verb may come between the words
        and the figure ("全县竹产业综合产值达82.6亿元 … 占全县竹产业综合产值的62.4%": not of 二产产值)."""
        core = _COUNT_WORD_END.sub("", np_text)
        whole = part.group.whole
        if part.unit and np_text.endswith(part.unit + "数") and len(np_text) == len(part.unit) + 3:
            # "核定案件中，…新购9376件；其中低收入户申请1284件，占核定件数的6.9%": the number of 件 the verb
            # names (核定21836件), where the words are a verb and the classifier's count alone
            core = np_text[:2]
            return core not in self.t[max(0, whole.start - 6):whole.start] and any(
                x is not whole and x.start < part.start and x.unit == part.unit and not x.delta
                and x.value > part.value and self.written_before(x, core) for x in self.figs)
        if len(core) < 4 or core in self.t[max(0, whole.start - 12):whole.start]:
            return False
        return any(x is not whole and x.start < part.start and usable_(x, part) and self.written_before(x, core)
                   for x in self.figs)

    def written_before(self, x: Fig, words: str) -> bool:
        """Are ``words`` written right before figure ``x``, but for a verb between (…综合产值达82.6亿元)?"""
        return _INTRO_VERB.sub("", self.t[max(0, x.start - len(words) - 4):x.start]).endswith(words)

    def sole_named_base(self, np_text: str, whole: Fig, cands: list[Fig]) -> bool:
        """Is ``whole`` the only figure the share's base words name whole -- scope, noun and all, five
        characters or more, right before it but for a verb (全县竹产业综合产值达82.6亿元) -- with none of
        another value (a year's and a plan's 预算数 both are)?"""
        # (or, in a report's opening paragraph, an item of its breakdown: "总产值162.3亿元，其中…加工业产值
        # 81.2亿元…" -- "…占加工业产值的82.6%")
        # (or one named by six characters or more, a part of a breakdown: "…其中脱毒种薯繁育面积8.5万亩，商品薯
        # 种植面积34.1万亩" -- "…占商品薯种植面积的比重达到58.3%")
        lede = self.lede_para()
        if len(np_text) < 5 or not (_SCOPE_HEAD.match(np_text) or whole.group is not None
                                    and (whole.para == lede or len(np_text) >= 6)):
            return False
        named = [x for x in self.figs if not x.headline and self.written_before(x, np_text)]
        if not named and (scope := _SCOPE.match(np_text[:2])) and len(np_text) >= 5:
            # (or with the report's product between scope and noun: "全县洋葱种植面积达8.6万亩" -- "占全县种植
            # 面积的65.3%")
            # (the noun a word of its own: not the 出口总额 of "全市实现进出口总额812.6亿元")
            starts = set(self.token_starts())
            named = [x for x in self.figs if not x.headline and self.written_before(x, np_text[2:])
                     and (w := _INTRO_VERB.sub("", self.t[(a := max(0, x.start - len(np_text) - 8)):x.start]))
                     and a + len(w) - len(np_text) + 2 in starts
                     and regex.search(scope.group() + r"\p{Han}{1,4}$", w[:-(len(np_text) - 2)])]
        return len(named) == 1 and named[0] is whole and all(x.value == whole.value or x.headline for x in cands)

    def sole_count_of_verb(self, np_text: str, whole: Fig) -> bool:
        """Is ``whole`` the one figure of its classifier written right after the two-character verb the
        share's base words name it by, with its classifier's count (核定件数: 经审查核定21836件)?"""
        verb = np_text[:2]
        if np_text != verb + whole.unit + "数":
            return False
        return [x for x in self.figs if x.unit == whole.unit and self.written_before(x, verb)] == [whole]

    def named_total(self, np_text: str, stem: str, part: Fig) -> Fig | None:
        """The figure a share's total word names (考试总量, 入境旅客总数): of the figures with the stem
        written as a word right before them (but for the total word and a short verb: 驾驶人考试52.6万人次,
        入境旅客共822.5万人次, 进出口总额812.6亿元; not the 出口 of 进出口) and the part's classifier, stated
        before the part in its paragraph or in the lede (not another year's of a section before), the
        largest, when larger than the part (a total holds each of its kinds)."""
        if len(stem) < 2 or not (any(w in np_text for w in self.c["share"]["total_words"])
                                 or len(np_text) >= 3 and np_text[0] == "总"):  # (总产量, 总收入)
            return None
        written = _stem_written(stem, tuple(self.c["share"]["total_words"]))
        starts = self.token_starts()
        lede = self.lede_para()
        same = [x for x in self.figs if x.unit == part.unit and x.end <= part.start and not x.delta and not x.per
                and not x.headline and x.as_written and (x.para == part.para or x.para == lede)
                and (m := written.search(self.t, max(0, x.start - len(stem) - 6), x.start))
                and (not starts or (i := bisect_left(starts, m.start())) < len(starts) and starts[i] == m.start())]
        if not same:
            # (or the one figure of the whole text its words name as written: "本季全区草莓总产量5200吨" … a
            # section later "线上销售860吨，占总产量的18.5%")
            named = [x for x in self.figs if x.unit == part.unit and x.end <= part.start and not x.delta
                     and not x.per and not x.headline and x.as_written and self.written_before(x, np_text)]
            same = named if len(named) == 1 else []
        top = max(same, key=lambda x: x.value, default=None)
        return top if top is not None and top.value > part.value else None

    def agreeing_base(self, part: Fig, pf: Fig, usable, *, adjacent: bool = False) -> Fig | None:
        """The nearest figure of an earlier sentence, with the part's classifier, that the rate of the
        part agrees with (a base the text states before; found only where the numbers agree), stated
        as a plain number and no per-head figure. ``adjacent``: of the sentence right before the part's, in its paragraph
        only, where a rounded figure may be the base too (累计供水2386.5万吨 … 综合漏损率13.6%)."""
        for x in reversed(self.figs):
            if x.sent < part.sent and x.unit == part.unit and usable(x) \
                    and (x.sent == part.sent - 1 and x.para == part.para if adjacent else x.as_written and not x.per) \
                    and self.percent_status(part, x, pf)[0] == "pass":
                # (a headline figure stands for the body's statement of it, which checks name: "改造1260户"
                # under the headline's 1260户, already the part of its own rate)
                return next((y for y in self.figs if x.headline and not y.headline and y.end <= part.start
                             and y.unit == x.unit and y.value == x.value and y.kind == x.kind and not y.delta), x)
        return None

    def rate_over_base_in_clause(self, pf: Fig, cs: int, before: list[Fig]) -> Fig | None:
        """"建成村级电商服务点168个，在全县182个行政村中的覆盖率达到92.3%": the rate's clause states its
        base ("在…N个X中"); its part is the figure with that classifier right before the clause (found by
        place, so reported only when it agrees)."""
        inner = [x for x in before if x.start >= cs]
        if len(inner) != 1 or not _IN_BASE.match(self.t, inner[0].end, pf.start):
            return None
        outer = [x for x in before if x.start < cs and x.unit == inner[0].unit]
        return outer[-1] if outer and outer[-1].clause == self.tx.clause(cs) - 1 else None

    def split_item_of(self, f: Fig, stem: str) -> bool:
        """Is ``f`` one item of a split whose shared words, before its first item, hold a rate's
        ``stem`` ("春季、夏季、秋季专项抽检分别为128批次、142批次、116批次，合计396批次…；抽检合格率97.7%":
        the rate is of all the batches, not of the autumn's 116)?"""
        g = f.group
        if g is None or len(g.parts) < 2 or f not in g.parts:
            return False
        lead = self.t[self.tx.clause_span(g.parts[0].start)[0]:g.parts[0].start]
        at = lead.rfind(stem)
        return at >= 0 and "分别" in lead[at:] and self.tx.clause(f.start) == self.tx.clause(g.parts[0].start)

    def rate_of_named(self, part: Fig, pf: Fig, rated: set[str] = frozenset()) -> bool:
        """A rate over a total named earlier by the same noun ("建议52件 ... 办复建议52件，办复率100%").

        ``rated``: parts of rates found before -- a count with a rate of its own (出生人口N，出生率X)
        is no total of the next one (死亡人口M，死亡率Y)."""
        noun = part.after if part.noun_after else part.before
        noun = noun.translate(_DROP_STOP)[-2:]
        if len(noun) < 2:
            return False
        cands = [x for x in self.figs if x.end <= part.start and x.unit == part.unit and not x.delta
                 and x.id not in rated
                 and x.sent != part.sent and x.group is None and (x.hi is None or x.hi >= part.lo)
                 and (x.text_label().endswith(noun) or (x.noun_after and x.after.endswith(noun)))]
        if not cands:
            return False
        whole = cands[-1]
        if self.scope_changed(whole, part):
            # "中小学92所，在校学生4.1万人 ... 60所寄宿制学校全部开设晚自习，参加学生2.2万人，参加率
            # 达81.5%": the rate is of the students of 60 schools, a total the text does not state
            self.implied(part, pf)
            return True
        status, msg = self.percent_status(part, whole, pf)
        if status == "fail" and pf.unit in _PER_MILLE:
            return True  # a rate per thousand is of the mean population (pass-only)
        self.add({"kind": "percent", "whole": whole.id, "parts": [part.id], "percent": pf.id,
                  "status": status, "message": msg})
        return True

    def scope_changed(self, whole: Fig, part: Fig) -> bool:
        """Does the part's sentence restrict its population by another count of something the whole's
        sentence also counts, with another value (中小学92所 ... 60所寄宿制学校)?"""
        here = [f for f in self.figs if f.sent == part.sent and f is not part and f.kind == "count"]
        there = [f for f in self.figs if f.sent == whole.sent and f is not whole and f.kind == "count"]
        # (the same count again is the same population: "学校168所，其中小学124所…。168所学校全部开展课后
        # 服务…，学生参与率93.1%")
        return any(a.unit and any(b.unit == a.unit for b in there)
                   and not any(b.unit == a.unit and _overlaps(a.lo, a.hi, b.lo, b.hi) for b in there) for a in here)

    def implied(self, part: Fig, pf: Fig) -> None:
        """A share whose total the text does not state: the total it implies (unverifiable) -- unless
        the clause before the part states a count the share agrees with, counted in another
        classifier ("死亡人口3254人，遗体火化3012具，火化率92.6%": 人 and 具 of the same people; found by
        the numbers, so pass-only)."""
        if pf.value <= 0:
            return
        if "," not in part.id and (base := self.agreeing_count_before(part, pf)) is not None:
            status, msg = self.percent_status(part, base, pf)
            self.add({"kind": "percent", "whole": base.id, "parts": [part.id], "percent": pf.id,
                      "status": status, "message": msg})
            return
        implied = (part.value * HUNDRED / pf.value).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        shown_total = _fmt_like(implied, [part])
        self.add({"kind": "percent", "whole": None, "parts": part.id.split(","), "percent": pf.id,
                  "status": "unverifiable", "implied_total": implied,
                  "message": f"{part.shown} is {pf.shown} of about {shown_total} (total not stated)"})

    def agreeing_count_before(self, part: Fig, pf: Fig) -> Fig | None:
        """The count of the clause right before ``part``, in its sentence, of another classifier,
        larger than it and the base the share ``pf`` of ``part`` agrees with."""
        x = next((f for f in reversed(self.starting(self.tx.sent_span(part.start)[0], part.start))), None)
        if (x is None or x.kind != "count" or part.kind != "count" or x.unit == part.unit or x.delta or x.per
                or x.clause != part.clause - 1 or x.value <= part.value):
            return None
        return x if self.percent_status(part, x, pf)[0] == "pass" else None

    def base_of_scope(self, part: Fig, usable) -> Fig | None:
        """The figure a scope right before the part names ("结对村中，脱贫村62个"): an earlier one of the
        part's classifier followed by the scope's last character, its clause holding the rest."""
        cs = self.tx.clause_span(part.start)[0]
        m = _SCOPE_BEFORE.search(self.t, max(0, cs - 12), cs)
        if m is None:
            return None
        scope = m.group(1)
        # (or, for people, the figure the scope's verb comes before: "共选聘续聘生态护林员1860名…。选聘人员中，
        # 脱贫人口1712名，占92.0%" -- 选聘人员 are the 1860 选聘)
        doers = scope.removesuffix("人员") if part.unit in _PEOPLE_UNITS and scope.endswith("人员") else ""
        cands = [x for x in self.figs if x.end <= m.start() and x.unit == part.unit and usable(x) and x.exact
                 and (self.t.startswith(scope[-1], x.end) and scope[:-1] in self.t[slice(*self.tx.clause_span(x.start))]
                      or len(doers) >= 2 and doers in self.t[self.tx.clause_span(x.start)[0]:x.start])]
        return cands[-1] if cands else None

    def agreeing_count_between(self, part: Fig, pf: Fig) -> Fig | None:
        """The count of the clause right before the share, after ``part`` in its sentence, of another
        classifier, larger than it and the base the share agrees with ("火化遗体2847具…；全县登记死亡
        人数3126人，火化率达91.1%": 具 and 人 of the same people; found by the numbers, so pass-only);
        or of the same classifier and the same outcome at an earlier stage ("政审合格2068名，体检合格
        2146名，政审合格率96.4%")."""
        x = next((f for f in reversed(self.starting(part.end, pf.start))), None)
        if (x is None or x.sent != part.sent or x.kind != "count" or part.kind != "count"
                or x.unit == part.unit and not _common_suffix(_han(x.before), _han(part.before)) >= 2
                or x.delta or x.per or x.clause != self.tx.clause(pf.start) - 1 or x.value <= part.value):
            return None
        return x if self.percent_status(part, x, pf)[0] == "pass" else None

    def percent_status(self, part: Fig, whole: Fig, pf: Fig) -> tuple[str, str]:
        plo, phi = pf.lo, pf.hi
        rlo = part.lo * HUNDRED / whole.hi if whole.hi else Decimal(0)
        rhi = part.hi * HUNDRED / whole.lo if (part.hi is not None and whole.lo > 0) else None
        exact = (part.value * HUNDRED / whole.value) if whole.value else None
        shown = f"{exact.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}%" if exact is not None else "?"
        base = f"{part.shown} / {whole.shown} = {shown}"
        if _overlaps(rlo, rhi, plo, phi):
            if exact is not None and _overlaps(exact, exact, plo, phi):
                return "pass", f"{base} ✓"
            return "pass", f"{base}, {pf.shown} as stated: agrees within the rounding of the figures ✓"
        return "fail", f"{base}, but the text says {pf.shown}"

    def paren_breakdowns(self) -> None:
        """"住房消费提取占82.3%（购买自住住房占41.5%，偿还贷款本息占35.6%，租赁住房占5.2%）": figures of the
        whole's kind and classifier, and only such, in a bracket right after it break it down -- they
        add up to it (less: a part of it; more: a failure)."""
        checked = {c.get("whole") for c in self.checks}
        for w in self.figs:
            if w.paren or w.delta or w.id in checked or w.kind not in _SUMMABLE + ("percent",):
                continue
            m = _PAREN_AFTER.match(self.t, w.end)
            if m is None:
                continue
            inside = self.starting(m.start(1), m.end(1))
            if len(inside) < 2 or any(f.kind != w.kind or f.unit != w.unit or f.delta for f in inside):
                continue
            lo, hi = _sum_bounds(inside)
            if _overlaps_rounded(lo, hi, w.lo, w.hi):
                self.add(self.sum_check("sum", w, inside, "pass"))
            elif w.hi is not None and lo > w.hi:
                self.add(self.sum_check("sum", w, inside, "fail"))
            else:
                self.add(self.sum_check("part_of", w, inside, "pass"))

    def ratio_lists(self) -> None:
        """"三次产业结构比为25.72:26.84:47.44": each term is the share of one part of a sum stated before."""
        pct = [f for f in self.figs if f.kind == "percent"]
        runs, cur = [], []
        for f in pct:
            if cur and _RATIO_GAP.fullmatch(self.t[cur[-1].end:f.start]):
                cur.append(f)
            else:
                if len(cur) >= 2:
                    runs.append(cur)
                cur = [f]
        if len(cur) >= 2:
            runs.append(cur)
        for run in runs:
            # "由上年的12：38：50调整为10：40：50": the old structure is of another year's total
            cs, _ = self.tx.clause_span(run[0].start)
            if _FROM_END.search(self.t[cs:run[0].start]) and _CHANGED_TO.match(
                    self.t[run[-1].end:run[-1].end + 6]):
                continue
            groups = [g for g in self.groups if len(g.parts) == len(run) and g.whole.end <= run[0].start
                      and run[0].para - g.whole.para <= 2]
            if not groups:
                continue
            g = max(groups, key=lambda g: g.whole.start)
            for part, pf in zip(sorted(g.parts, key=lambda p: p.start), run):
                status, msg = self.percent_status(part, g.whole, pf)
                self.add({"kind": "percent", "whole": g.whole.id, "parts": [part.id], "percent": pf.id,
                          "status": status, "message": msg})

    def shares_to_hundred(self) -> None:
        """Parts whose stated shares of one total add up to 100% are all of it: their sum is checked."""
        by_whole: dict[str, list[tuple[Fig, Fig, Fig]]] = {}
        for whole, part, pf in self.percent_rows:
            by_whole.setdefault(whole.id, []).append((whole, part, pf))
        for rows in by_whole.values():
            rows.sort(key=lambda r: r[1].start)
            i = 0
            while i < len(rows):
                lo, hi, j, found = Decimal(0), Decimal(0), i, None
                while j < len(rows):
                    pf = rows[j][2]
                    if pf.hi is None:
                        break
                    lo, hi = lo + pf.lo, hi + pf.hi
                    if lo <= HUNDRED <= hi and j > i:
                        found = j
                        break
                    if lo > HUNDRED:
                        break
                    j += 1
                if found is None:
                    i += 1
                    continue
                self.sum_of_shares(rows[i:found + 1])
                i = found + 1

    def sum_of_shares(self, rows: list[tuple[Fig, Fig, Fig]]) -> None:
        whole = rows[0][0]
        plist = sorted({p.id: p for _, p, _ in rows}.values(), key=lambda p: p.start)
        if len(plist) < 2 or self.covered(whole, plist):
            # already checked; the shares make that list exhaustive
            for c in self.checks:
                if c.get("whole") == whole.id and set(c.get("parts") or []) == {p.id for p in plist} \
                        and c["kind"] == "part_of" and c["status"] == "pass" and len(plist) > 1:
                    lo_s, hi_s = _sum_bounds(plist)
                    if not _overlaps(lo_s, hi_s, whole.lo, whole.hi):
                        c.update(self.sum_check("sum", whole, plist, "fail"))
            return
        ids = {p.id for p in plist}
        lo_s, hi_s = _sum_bounds(plist)
        status = "pass" if _overlaps(lo_s, hi_s, whole.lo, whole.hi) else "fail"
        if status == "fail" and hi_s is not None:
            # every share agrees with the parts' own sum: the shares are of that sum, and the total
            # they were read against was the wrong figure -- no contradiction in the text
            total = sum((p.value for p in plist), Decimal(0))
            # (within a point: old reports round their parts, not only their shares)
            if total and all(abs(p.value * HUNDRED / total - pf.value) <= 1 for _, p, pf in rows):
                pids = {pf.id for _, _, pf in rows}
                self.checks = [c for c in self.checks if not (c["kind"] == "percent" and c.get("percent") in pids
                                                              and c.get("whole") == whole.id)]
                return
        # the sum replaces weaker readings of the same list (one part_of per part)
        self.checks = [c for c in self.checks if not (c["kind"] == "part_of" and c.get("whole") == whole.id
                                                      and set(c.get("parts") or []) < ids and status == "fail")]
        self.add(self.sum_check("sum", whole, plist, status))


@lru_cache(maxsize=512)
def _stem_written(stem: str, total_words: tuple[str, ...]) -> regex.Pattern:
    """The stem of a share's total word written right before a figure (入境旅客|总数|共822.5万人次), the
    total word and a short verb between (compiled once per stem: archives repeat their words); the
    total word's measure may stand without its 总 (种植|面积|达3.6万亩 is the 种植总面积)."""
    bare = tuple(w[1:] for w in total_words if w.startswith("总") and len(w) >= 3)
    return regex.compile(regex.escape(stem) + r"(?:" + "|".join(map(regex.escape, total_words + bare))
                         + r")?\p{Han}{0,2}$")
