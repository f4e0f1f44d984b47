"""Totals and their parts: 其余 and done + pending, 分别 lists, 合计 after the parts, totals of an
opening paragraph broken down later, 已完成 of a total, 立案 then 破获, 全部完成."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import regex

from .labels import (
    _common,
    _common_suffix,
    _item_label,
    _occurrences,
    _overlaps,
    _overlaps_rounded,
    _same_noun,
    _similar,
    _successive_stages,
    _sum_bounds,
    counted_nouns,
    heads_meet,
)
from .patterns import (
    _ADDED_ON,
    _ABOVE_NAMED,
    _ABOVE_SUM,
    _BALANCE_END,
    _BOTH_COUNT,
    _BOTH_SUMMED,
    _BULLET_LINE,
    _COMMA_IN,
    _COMMA_ITEM,
    _COUNT_OF_SUMMED,
    _EACH_ALL,
    _EACH_COLON,
    _EACH_GAP,
    _EACH_NAMES,
    _EACH_VERB,
    _FUND_ENDS,
    _HAN_RUN,
    _INCOME_END,
    _ITEM_ENDS,
    _ITEM_GAP,
    _ITEMS_OPEN,
    _JOINER,
    _LABEL,
    _LABELED_ITEM_GAP,
    _LONG_LABELED_ITEM_GAP,
    _LIST_GAP,
    _LIST_LEAD,
    _SEMI,
    _SHORT_NOUN,
    _SIBLING_GAP,
    _SPENT_END,
    _STATED_TOTAL,
    _STRONG_SEP,
    _tables,
)
from .quantities import Fig, _fmt_like, Group, _han, _number_shape


# a paragraph opening a section of the report: "剧场演出方面，" / "在电影放映方面，"
_SECTION = regex.compile(r"(?m)^[ \t\u3000]*(?:在)?(\p{Han}{2,8}?)方面[，,]")
_SECTION_JOINERS = ("和", "及", "与", "、")
# a sentence opening with the total its items divide, said before ("项目总投资中，")
_OF_TOTAL_OPENING = regex.compile(r"\s*\p{Han}{2,12}中[，,]")
# between the two figures of one item or total: a mark and a few words at most ("2,940项、9,870节",
# "共3,860项，合共12,450节")
_PAIR_GAP = regex.compile(r"[、，,]?\p{Han}{0,3}")


_RESPECTIVELY = regex.compile("分别")  # the figures of the things just named, one by one


def _inside_quote(text: str, pos: int) -> bool:
    """Does ``pos`` stand inside words quoted after a colon (说：「…」, 表示：“…”), within 200 characters
    of the opening mark?"""
    lo = max(0, pos - 200)
    opened = max(text.rfind(colon + mark, lo, pos) for colon in ":：" for mark in "「“")
    return opened >= 0 and text.find("」", opened, pos) < 0 and text.find("”", opened, pos) < 0


def _other_outcome(f: Fig, w: Fig) -> bool:
    """Does ``f`` count the negated outcome of ``w``'s (不合格的7件 after 合格419件): the rest of their
    total, no part of ``w``?"""
    label = f.before.removesuffix("的")
    return len(w.before) >= 2 and any(label.endswith(n + w.before[-2:]) for n in "不未")


_OVERSHOOT = Decimal("1.05")  # a breakdown's kinds at most this far past their total: a slip, no overlap


class TotalRules:
    """The rules of totals and their parts, mixed into ``validator._Validator``: they read its state
    (``self.t``, ``self.tx``, ``self.figs``, ``self.c``) and add to ``self.groups`` and
    ``self.checks``."""

    # -- 其余 / done + pending ------------------------------------------
    def list_the_rest_completes(self, f: Fig, first: Fig, cands: list[Fig]) -> Group | None:
        """The list a rest (其余) completes when its parts are not work done and the rest: the items of
        its sentence under a total stated before, a joined run of items under the total before them, or
        the items after 其中 under the figure before it. None when none of the three holds."""
        if (whole := self.total_of_sentence_items(f, cands)) is not None:
            # "本市共设置乐龄学习中心32所。…各中心由区公所承办14所、大专校院承办11所，其余7所": the
            # items of the rest's sentence and the rest add up exactly to a total stated before it
            items = [x for x in cands if x.sent == f.sent]
            return Group(whole=whole, parts=sorted([*items, f], key=lambda p: p.start), strong=True,
                         exhaustive=True, cue="其余")
        if (run := self.joined_run(cands)) and len(run) >= 2 and len(cands) > len(run) \
                and not any(_overlaps(*_sum_bounds([first, f]), x.lo, x.hi) for x in run[1:]) \
                and not ((whole := self.total_of(cands[len(run)])).hi is not None and any(x.lo > whole.hi for x in run)):
            # (not where the item before the rest and the rest make up an earlier item of the run: "问题75项，
            # 已完成处理68项，其余7项" is work done and the rest of the 75; nor under a figure smaller than an
            # item: "查扣1320辆。…需淘汰3.6万辆，已完成淘汰2.84万辆，剩余0.86万辆" is the plan, done and rest)
            # "新建14个，甲、乙、丙分别建成4个、3个、3个，其余4个": the rest completes the list, whose
            # total is stated before it
            return Group(whole=whole, parts=sorted([*run, f], key=lambda p: p.start),
                         strong=True, exhaustive=True, cue="其余")
        if first.sent == f.sent and "其中" in self.t[first.end:f.start]:
            # "新增床位320张，其中A增加200张、B增加60张，其余60张": the figure before 其中 is the
            # total the rest completes (its items, said as changes, are not of another kind here)
            items = [x for x in self.starting(first.end, f.start)
                     if self.same_family(x, f) and self.summable(x) and not x.paren and x.group is None]
            return Group(whole=first, parts=[*items, f], strong=True, exhaustive=True, cue="其余")
        return None

    def rest_and_pending(self) -> None:
        for f in self.figs:
            if f.status not in ("rest", "pending") or not self.summable(f) or f.paren:
                continue
            if f.group is not None:
                if f.status == "rest":
                    f.group.exhaustive = True
                continue
            # (a rate is neither a part nor a total: 每千人口床位数4.52张)
            cands = [x for x in self.before(f.start, para=f.para) if self.same_family(x, f) and not x.paren
                     and x.delta == f.delta and self.summable(x)]
            if not cands:
                continue
            first = cands[0]
            verbs = self.c["done"]["verbs"]
            work = verbs + self.c["pending"]["work"]
            if f.status == "pending" and first.status != "done":
                g = first.group
                if first.status == "pending" and g is not None and g.cue == "done+pending" \
                        and f.clause - first.clause == 1 \
                        and any(v in self.t[slice(*self.tx.clause_span(f.start))] for v in work):
                    # "已办结N件，阶段性办结M件，正在办理K件": the next unfinished part of that total
                    g.parts.append(f)
                    f.group = g
                continue
            if f.status == "pending":
                # "已整改到位238处，正在整改27处": both sides name the work; "已经达到1200吨，正在为
                # 日产1500吨奋斗" are levels, not parts
                if not all(any(v in self.t[slice(*self.tx.clause_span(x.start))] for v in vs)
                           for x, vs in ((f, work), (first, verbs))):
                    continue
            # (a list its own rest closed is complete: "首阶段10个…。当中…等6个已完成，其余4个…。第二阶段涵盖余下
            # 17个" -- the 17 are the rest of the total the 10 were taken from)
            closed = first.group is not None and f.status == "rest" and any(
                p.status == "rest" and p.sent < f.sent for p in first.group.parts)
            if closed:
                # (the rest and that list's total make up an earlier figure that is exactly the two -- 10 + 17
                # = 全港27个 -- reported as agreeing; otherwise the total they complete is not found)
                w = first.group.whole
                outer = next((x for x in self.figs if x.start < w.start and x.total is None and self.summable(x)
                              and self.same_family(x, f) and x.exact and x.value == w.value + f.value), None)
                if outer is not None and w.group is None:
                    self.register(Group(whole=outer, parts=[w, f], strong=True, cue="其余"))
                continue
            if first.group is not None and first.group.whole is not f:
                # "其中 A, B, 其余 C": extend that list (not with 另有 and a noun of its own: "438名学生参赛，
                # 其中女生126名，…另有96名指导教师随队参赛" counts teachers besides the students)
                w = first.group.whole
                if f.status == "rest" and "另" in f.pre[-3:] and f.noun_after and w.noun_after \
                        and not _same_noun(w, f) and _common(_han(f.after)[:4], _han(w.after)[:4]) < 2:
                    continue
                if f.status == "rest" and w.status == "done" and f.sent > w.sent \
                        and _overlaps_rounded(*_sum_bounds(first.group.parts), w.lo, w.hi) \
                        and any(t in self.t[max(0, w.start - 30):w.start] for t in self.c["done"]["targets"]):
                    # "计划改造8万亩，目前已完成5.6万亩；其中新建3.2万亩，间伐改形2.4万亩。…剩余2.4万亩将在…
                    # 完成": the kinds of the work done add up to it; the rest, sentences later, is of the plan
                    continue
                if f.status == "rest":
                    first.group.parts.append(f)
                    first.group.exhaustive = True
                    f.group = first.group
                continue
            if f.status == "rest" and (g := self.list_the_rest_completes(f, first, cands)) is not None:
                self.register(g)
                continue
            parts = [f, first]
            joined = None  # an open list of the sentence the rest completes
            whole = self.total_named_by_subject(first, cands[1:])
            if whole is None and len(nf := counted_nouns(first, f)[0]) >= 2:
                # "车队共165辆电车，其中双层载客电车163辆、…。已有87辆载客电车完成改装，其余76辆": the figure
                # of the first part's noun that the two add up to (else come within a tenth of: a slip), past
                # a nearer item of another total
                lo = _sum_bounds(parts)[0]
                named = [x for x in cands[1:] if len(nx := counted_nouns(x, f)[0]) >= 2 and heads_meet(nx, nf)]
                whole = next((x for x in named if _overlaps(*_sum_bounds(parts), x.lo, x.hi)), None) or next(
                    (x for x in named if x.hi is not None and abs(x.value - lo) <= x.value / 10), None)
            for x in cands[1:] if whole is None else ():
                if _overlaps(*_sum_bounds(parts), x.lo, x.hi):
                    whole = x
                    break
                if x.status == "done" and x.group is None and "已" in self.t[slice(*self.tx.clause_span(x.start))]:
                    parts.append(x)
                    continue
                if x.group is not None and x.sent < first.sent and first.status != "done":
                    # "志愿者638名，其中医护人员476名。…有3名职工获金奖，另有15名获银奖": a part of another
                    # total sentences before says nothing of what these two make up (but "计划改造32座，其中
                    # …。已完工29座，…其余3座": work done and the rest are of the plan's total)
                    break
                if x.clause == first.clause and _SIBLING_GAP.fullmatch(self.t, x.end, first.start):
                    # "“最美家庭”100户、“五好家庭”60户，另有4户": two items of one list, neither the
                    # total of the other
                    break
                if f.status == "rest" and first.status != "done" and x.sent == first.sent and x.hi is not None \
                        and (x.hi < _sum_bounds(parts)[0]
                             or _OF_TOTAL_OPENING.match(self.t, self.tx.sent_span(x.start)[0])) \
                        and _LABELED_ITEM_GAP.fullmatch(self.t, x.end, min(p.start for p in parts)):
                    # "澳门博物馆接待访客112.4万人次，澳门艺术博物馆68.7万人次，其余9间馆205.1万人次": an item
                    # of the sentence smaller than the items after it together is one more of them, no
                    # total (but "登记1200人，已安置800人，其余600人": work done and the rest of it); and so is
                    # any item of a sentence opening with the total it divides ("项目总投资中，中央和省级补助
                    # 资金1500万元，县级财政配套860万元，其余500万元")
                    parts.append(x)
                    continue
                if f.status == "rest" and first.status != "done" and x.group is not None and x.group.whole is not x \
                        and not x.group.exhaustive and x.sent == first.sent and x.group.whole.end <= x.start:
                    # "其中，民营企业1327家，进出口…；外商投资企业396家，其余143家": an item of an open 其中
                    # list of the sentence, the next items and the rest complete that list (not work done and
                    # the rest: "其中重大隐患14处；已整改3415处，…其余213处" counts the same hazards by stage)
                    whole = x.group.whole
                    joined = x.group
                    break
                whole = self.total_of(x)
                break
            if whole is None and len(parts) >= 3 \
                    and (_OF_TOTAL_OPENING.match(self.t, ss := self.tx.sent_span(first.start)[0])
                         or self.t.startswith(("其中，", "其中,"), ss)):
                # "项目总投资中，…1500万元，…860万元，其余500万元": the total the sentence divides, said in an
                # earlier paragraph -- the one the items add up to (pass-only: none other is named); so is
                # that of a sentence opening with 其中 after one that states none ("…等6个片区。其中，A景区
                # 接待游客32.5万人次，B景区28.7万人次，…其余3个片区共接待43.2万人次")
                whole = next((x for x in reversed(self.figs) if x.end <= min(p.start for p in parts)
                              and x.para < f.para and self.same_family(x, f) and x.delta == f.delta
                              and self.summable(x) and not x.paren
                              and _overlaps_rounded(*_sum_bounds(parts), x.lo, x.hi)), None)
            if whole is None and first.status == "done" and len(parts) == 2:
                whole = self.total_the_rate_names(first, f)
            if joined is not None:
                joined.parts = sorted({id(p): p for p in [*joined.parts, *parts]}.values(), key=lambda p: p.start)
                joined.exhaustive = True
                for p in parts:
                    p.group = joined
                continue
            if whole is None or whole.hi is not None and whole.hi < first.lo \
                    and (_tables().total_marks.search(first.pre[-6:]) or whole.sent < first.sent):
                # (a figure smaller than a total stated with 合计 is no total of it and the rest: "国内升学876人
                # …合计1032人，…。另有67人参加…" -- 另有 adds another group, not the rest of 876; nor is one of
                # a sentence before: "…女子组9支。从来源看，市内派出31支，其余12支" -- 9 is an item of its own list)
                continue
            # "检查用人单位412户。…中，在建工程项目136个，制造业企业158户，其余118户": an item counted by
            # another classifier stands among the parts; the list holds it only if the sum says so
            first_sent = min(p.sent for p in parts)
            others = [x for x in self.starting(self.tx.sent_span(min(p.start for p in parts))[0], f.start)
                      if x not in parts and x.sent >= first_sent and x.kind == f.kind and not self.same_family(x, f)
                      and self.summable(x) and x.group is None and not x.paren and x.start > whole.end
                      and self.t[x.end:x.end + 1] in _ITEM_ENDS]  # (not "四个工种培训1980人次": a count of kinds)
            if others:
                if not _overlaps_rounded(*_sum_bounds(parts + others), whole.lo, whole.hi):
                    continue
                parts += others
            g = Group(whole=whole, parts=sorted(parts, key=lambda p: p.start), strong=True, exhaustive=True,
                      cue="其余" if f.status == "rest" else "done+pending")
            self.register(g)

    def total_the_rate_names(self, done: Fig, rest: Fig) -> Fig | None:
        """"…种植面积12480公顷。…已采收11260公顷，采收进度达90.2%，尚余1020公顷": the total of work done and
        the rest, where the rate between them says what it is -- the earlier figure the rate of the done
        part agrees with, wherever it stands (the sum of the two is then checked against it)."""
        rate = next((x for x in self.starting(done.end, rest.start) if x.kind == "percent" and not x.delta), None)
        if rate is None or rate.sent != done.sent:
            return None
        return next((x for x in reversed(self.figs) if x.end <= done.start and self.same_family(x, done)
                     and x.delta == done.delta and self.summable(x) and not x.paren and x.value > done.value
                     and self.percent_status(done, x, rate)[0] == "pass"), None)

    def total_named_by_subject(self, first: Fig, cands: list[Fig]) -> Fig | None:
        """"…，其中重大隐患17处；已整改4530处…。重大隐患已全部挂牌督办，已完成整改15处，剩余2处": a
        sentence opening with the noun of an earlier figure is about that figure's things, so the done
        part and the rest after it are of that total (not of the other work done before)."""
        ss = self.tx.sent_span(first.start)[0]
        if ss >= first.start or self.t[ss:first.start][:1] in "，,":
            return None
        opening = self.t[ss:first.start]
        for x in cands:
            label = _LIST_LEAD.sub("", _item_label(x))
            if x.sent < first.sent and len(label) >= 2 and opening.startswith(label) and label not in opening[len(label):]:
                return x
        return None

    def total_of_sentence_items(self, f: Fig, cands: list[Fig]) -> Fig | None:
        """The figure before the rest's sentence that the exact figures of that sentence (two or more,
        of its classifier, in no list yet) and the rest add up to exactly, if there is one."""
        items = [x for x in cands if x.sent == f.sent]
        if len(items) < 2 or not f.exact or any(x.group is not None or not x.exact or x.unit != f.unit
                                                for x in items):
            return None
        total = sum((x.value for x in items), f.value)
        if any(2 * x.value == total for x in items):
            return None  # ("12项问题已完成整改10项，…剩余2项": one of them is the total of the others)
        found = [x for x in self.figs if x.sent < f.sent and x.value == total and x.exact and self.same_family(x, f)
                 and x.delta == f.delta and not x.paren and self.summable(x)]
        return found[-1] if found else None

    def joined_run(self, cands: list[Fig]) -> list[Fig]:
        """The figures joined by 、/和/及/与 (each after a label of its own or none) that end with
        ``cands[0]`` (``cands``: nearest first), none of them in a list yet."""
        run = [cands[0]]
        for x in cands[1:]:
            # (each item may name itself: "A活动128项、B活动86项、C活动61项，其余37项")
            if x.group is not None or run[0].group is not None or x.unit != run[0].unit \
                    or not (_LIST_GAP.fullmatch(self.t, x.end, run[-1].start)
                            or _LABELED_ITEM_GAP.fullmatch(self.t, x.end, run[-1].start)
                            and not self.t.startswith(tuple(self.c["subset"]["opens_list"]), x.end + 1)):
                break
            run.append(x)
        return run if all(x.group is None for x in run) else []

    # -- 分别 ------------------------------------------------------------
    def each_lists(self) -> None:
        for w in self.c["each"]["words"]:
            for ms, me in _occurrences(self.t, w):
                ss, se = self.tx.sent_span(ms)
                after = self.starting(me, se)
                parts: list[Fig] = []
                prev_end = me
                labeled = False
                head = ""
                named = 0  # items named between 分别 and the figures ("分别在甲区、乙区和丙区布局…")
                described = False  # the first item's label is a long description (after "total，分别为")
                for f in after:
                    gap = self.t[prev_end:f.start]
                    # "分别为236支、158支、118支": only the list right after 分别; "分别为轮椅412件、助听器286件":
                    # items named one by one
                    if not parts:
                        core = _EACH_VERB.sub("", gap)
                        # (a longer label holds no verb: 分别为体育局辖下体育设施41个 -- but right after a total
                        # 分别为 is "are": "发现违规情况57宗，分别为无药剂师在场时出售处方药19宗、…")
                        total_before = any(_EACH_ALL.fullmatch(self.t, x.end, me + 1) and self.same_family(x, f)
                                           for x in self.before(ms, para=f.para, sents=0)[:1])
                        described = total_before and len(core) <= 16 and "，" not in core
                        if (len(core) > 12 or len(core) > 6 and self.has_verb(prev_end, f.start)) and not described \
                                and not (len(core) <= 16 and f.kind == "money" and core.endswith(_FUND_ENDS)):
                            names = _EACH_NAMES.fullmatch(core)
                            if not names:
                                break  # (分别为 + a label of up to six characters: 分别为县级党政机关86家)
                            named = len(_LIST_GAP.split(names.group(1)))
                        labeled = bool(_HAN_RUN.search(core)) and not named  # (the 为 of 分别为 names no item)
                        head = _han(core)[-2:]
                    elif not (len(gap) <= 3 and _EACH_GAP.fullmatch(gap) or labeled and _LABELED_ITEM_GAP.fullmatch(gap)
                              or described and _ITEM_GAP.fullmatch(gap)  # (、药物标签或说明书不符合规定)
                              # (a longer label with the first one's head: "分别为本地餐饮摊位112个及葡语国家和
                              # 其他地区特色摊位48个")
                              or labeled and len(head) == 2 and gap.endswith(head)
                              and _LONG_LABELED_ITEM_GAP.fullmatch(gap)):
                        break
                    elif gap[:1] in "，," and not gap.endswith(head) and self.has_verb(prev_end, f.start):
                        break  # "…特色摊位48个，并划分三个主题区": a clause of its own, no item
                    elif not self.same_family(f, parts[0]):
                        break  # "…其他事业单位71家，用能人数约5.3万人": another measure ends the list
                    parts.append(f)
                    prev_end = f.end
                if len(parts) < 2 or not all(self.summable(p) and p.group is None for p in parts) \
                        or named and len(parts) != named:
                    continue
                fam = parts[0]
                if not all(self.same_family(p, fam) for p in parts):
                    continue
                # the total is stated in the same sentence, before the items 分别 refers to; two or
                # more there ("炼铁1亿吨、炼钢5500万吨，今年分别淘汰...") pair up item by item instead
                cands = [x for x in self.before(ms, para=fam.para, sents=0) if self.same_family(x, fam)
                         and x.delta == fam.delta and not x.paren and self.summable(x)]
                near = cands[0] if len(cands) > 1 else None  # (before() lists the nearest first)
                if near is not None and len(cands) != len(parts) and self.tx.clause(ms) - near.clause <= 1 \
                        and all(x.clause != near.clause for x in cands if x is not near):
                    # "核心示范面积1.2万亩，示范推广…新品种5.6万亩，分别为3.8万亩、…": no list of totals to pair
                    # the items with, so the one in the clause 分别 follows is theirs
                    cands = [near]
                if (whole := self.total_of_counted_kinds(ms, parts, cands)) is not None:
                    self.register(Group(whole=whole, parts=parts, strong=True, exhaustive=True, cue=w))
                    continue
                if len(cands) != 1 or not self.each_whole(cands[0], ms, parts):
                    continue
                g = Group(whole=self.climb(cands[0]), parts=parts, strong=True, cue=w)
                # "走访慰问对象共1286户，分别为A 612户、B 459户、C 203户": 分别为 right after the total
                # lists all of it
                g.exhaustive = g.whole is cands[0] and (bool(_EACH_ALL.fullmatch(self.t, cands[0].end, me + 1))
                                                        or self.done_again(cands[0], me, parts[0]))
                self.register(g)

    def total_of_counted_kinds(self, cue_at: int, parts: list[Fig], cands: list[Fig]) -> Fig | None:
        """"全县不可移动文物涵盖古建筑、古遗址、…5个类别，分别为1012处、186处、…": a 分别 list of as many
        figures as the kinds its sentence counts gives each kind's share of the noun the sentence opens
        with; its total is the nearest earlier figure counting that noun that is no part of another
        total (all of it: the kinds are counted). ``cands``: the figures of the sentence that could be
        the total -- none after the count of kinds."""
        ss, _ = self.tx.sent_span(cue_at)
        tb = _tables()
        kinds = [x for x in self.starting(ss, cue_at) if x.kind == "count" and x.value == len(parts)
                 and (x.unit in tb.kind_units or x.unit == "个" and bool(x.after))]
        if len(kinds) != 1 or any(x is not kinds[0] and x.start > kinds[0].start for x in cands):
            return None
        opening = self.t[ss:kinds[0].start]
        fam = parts[0]
        # (the total may open the sentence itself: "建成专业村46个，分布在甲镇、乙镇…5个乡镇，分别为12个、…")
        for x in reversed(self.figs):
            noun = x.q.get("counted") or ""
            if x.end <= kinds[0].start and x is not kinds[0] and x.para >= fam.para - 2 \
                    and self.same_family(x, fam) and self.summable(x) and not x.paren and x.delta == fam.delta and len(noun) >= 2 and noun in opening \
                    and x.group is None:  # (not a part of another total: 新发现不可移动文物216处 of the 1486处)
                return x
        return None

    def done_again(self, whole: Fig, cue_end: int, first: Fig) -> bool:
        """Does the 分别 clause repeat the verb of the total's clause ("布设网点65个，城区、乡镇和中心村分别
        布设21个、36个、9个")?  Then its items are where all of the total was done: they add up."""
        verb = _han(self.t[cue_end:first.start])
        cs = self.tx.clause_span(whole.start)[0]
        return 2 <= len(verb) <= 3 and first.clause == self.tx.clause(cue_end) and whole.clause == first.clause - 1 \
            and verb in self.t[cs:whole.start]

    def each_whole(self, whole: Fig, cue_at: int, parts: list[Fig]) -> bool:
        """Is ``whole`` the total the 分别 list breaks down?

        "国家级、省级项目分别达到4项、21项" after "12个项目走进景区" lists levels of another set:
        the whole must count with the parts' own classifier, and be either the subject of the
        分别 clause (in it, or named by its subject: "学员300人，男、女学员分别为...") or marked
        as a total (共/合计/总计 before it).
        """
        if any(p.unit != whole.unit for p in parts):
            return False
        cs, _ = self.tx.clause_span(cue_at)
        if whole.start >= cs:
            # "两个乡镇分别新建文化广场3个、5个": a count right before the noun 分别 follows counts
            # the ones the figures are distributed over, not what the figures count
            # (a sum of money before its noun is the total: "全年12.8亿元停车设施投资分别为…5.6亿元、…")
            between = self.t[whole.end:cue_at]
            return whole.kind == "money" or not (0 < len(between) <= 6 and _han(between) == between and "中" not in between)
        marks = sorted(self.c["total_after"]["words"], key=len, reverse=True)
        if any(w in whole.pre[-6:] for w in marks):
            return True
        subject = _han(self.t[cs:cue_at])
        here = self.tx.clause(cs)
        if not subject and len(_han(self.t[whole.end:self.tx.clause_span(whole.start)[1]])) <= 8 \
                and (self.next_clause(whole, parts[0]) and parts[0].clause == here
                     # ("全年支出71.2万元，分别为：道路维护18.6万元、…": the items after a colon)
                     or _EACH_COLON.match(self.t, cue_at) and whole.clause == here - 1 and parts[0].clause == here + 1):
            # "全年适配辅助器具1326件，分别为轮椅412件、…": the clause before names the total (or the one
            # before a change of it: "发现问题3126个，同比下降12.5%，分别为…"; or what was done with it:
            # "智慧停车场46座实现统一接入，分别为樊城区14座、…")
            return True
        # (split before the Han characters are kept: 、 is no Han character -- "甲区、乙区、丙区分别…")
        items = [x for x in map(_han, _LIST_GAP.split(self.t[cs:cue_at])) if x]
        if len(items) == len(parts) and not _han(self.t[whole.end:cs]) and whole.clause == self.tx.clause(cs) - 1 \
                and (head := (whole.before or whole.label())[-1:]) and all(x.endswith(head) for x in items):
            return True  # "建成充电桩64个，直流快充桩和交流慢充桩分别为18个和46个": kinds of the noun just counted
        if len(items) == len(parts) and not _han(self.t[whole.end:cs]) and whole.clause == self.tx.clause(cs) - 1 \
                and self.done_again(whole, cue_at + len("分别"), parts[0]):
            return True  # (the same verb: "布设网点65个，城区、乡镇和中心村分别布设21个、36个、9个")
        if len(items) == len(parts) and not _han(self.t[whole.end:cs]) and whole.clause == self.tx.clause(cs) - 1 \
                and whole.hi is not None and all(p.hi is not None for p in parts) \
                and _overlaps_rounded(*_sum_bounds(parts), whole.lo, whole.hi):
            # "整体经费达1.2亿元，中央补助与市府自筹分别为4800万元、7200万元": the items named, one per
            # figure, add up to the total the clause before states (found by the numbers: pass-only)
            return True
        if not subject and whole.clause == here - 1 and whole.hi is not None and all(p.hi is not None for p in parts) \
                and _overlaps_rounded(*_sum_bounds(parts), whole.lo, whole.hi):
            # "编列3250万元推动长者预防保健，分别为接种处置费1850万元、健康检查经费1400万元": the clause
            # before 分别为 states the total, its purpose after it; the items add up to it (found by the
            # numbers: pass-only)
            return True
        return bool(subject) and _common(whole.label(), subject) >= 2

    def both_summed(self, f: Fig, ss: int) -> list[Fig] | None:
        """The figures "二者/两者/三者合计" sums: the last so many of the sentence before the total's
        clause, of its classifier family, none a part of a list already."""
        cs = self.tx.clause_span(f.start)[0]
        m = _BOTH_SUMMED.match(self.t, cs)
        if m is None:
            return None
        n = _BOTH_COUNT[m.group(1)]
        items = [x for x in self.starting(ss, cs) if x.end <= cs and self.same_family(x, f) and self.summable(x)
                 and not x.paren and x.delta == f.delta]
        if len(items) < n or any(x.group is not None for x in items[-n:]):
            return None
        return items[-n:]

    def outer_total(self, f: Fig) -> Fig | None:
        """The total a subtotal's parts are listed under ("纳税人18426户，其中小型微利企业6531户、个体工商户
        11287户，二者合计17818户，占受益主体总数的97.6%": 17818 is a part of 18426)."""
        parts = {id(p) for p in f.total.parts}
        # (an outer total holds the subtotal: "民生支出31.26亿元 … 其中…四项…合计23.30亿元" names the
        # subtotal second, and 31.26 is no part of it)
        return next((g.whole for g in self.groups if g is not f.total and g.whole is not f
                     and parts <= {id(p) for p in g.parts} and (g.whole.hi is None or g.whole.hi >= f.lo)), None)

    # -- 合计 after the parts ---------------------------------------------
    def totals_after(self) -> None:
        marked = _tables().total_marks
        for f in self.figs:
            if not self.summable(f) or f.group is not None:
                continue
            # the mark right before the figure, or opening its clause ("，共计表彰先进个人60名": no
            # figure between them -- "共淘汰炼铁产能A吨、炼钢产能B吨" marks the first one only)
            # (or after the count of what it sums: "三镇合计拆除违法建筑19635平方米")
            lead = f.pre.lstrip()
            opens = marked.match(lead) or _ABOVE_NAMED.match(lead) or _COUNT_OF_SUMMED.match(lead)
            if not marked.search(f.pre[-6:]) and not (opens and not any(
                    x.end <= f.start for x in self.starting(f.start - len(f.pre), f.start))):
                continue
            if "分别" in f.pre[-6:]:
                continue  # "新增A品牌18个、B品牌32个，累计分别达到57个、215个": each its own running total
            if f.status == "rest":
                continue  # "…小汤山镇12.8万人次，其余镇街合计13.6万人次": the rest's own sum, one more item
            above = self.items_above(f)
            if above:
                ok = _overlaps_rounded(*_sum_bounds(above), f.lo, f.hi)
                self.add(self.sum_check("sum", f, above, "pass" if ok else "fail"))
                continue
            ss, _ = self.tx.sent_span(f.start)
            if (both := self.both_summed(f, ss)) is not None:
                # "…竞赛56项，…竞赛330项，二者合计386项": 二者/三者 says how many figures before it it sums
                ok = _overlaps_rounded(*_sum_bounds(both), f.lo, f.hi)
                self.add(self.sum_check("sum", f, both, "pass" if ok else "fail"))
                continue
            # "三项合计3.18亿元": a count of kinds before the mark says how many parts there are
            counted = next((x for x in self.starting(self.tx.clause_span(f.start)[0], f.start)
                            if x.kind == "count" and x.unit in _tables().summed_item_units and x.exact
                            and marked.match(self.t, x.end, f.start)), None)
            chain: list[Fig] = []
            by_comma = False  # a link made by a comma and a parallel label only
            prev_start = f.start
            source = None  # a larger figure the listed parts were picked from (展出236件，评选出...共计30件)
            # "线上观看1.8万人次，线下活动参与6200人次，线上线下合计覆盖2.42万人次": the total's own
            # label names each item by its first two characters
            cs = self.tx.clause_span(f.start)[0]
            mark = list(marked.finditer(self.t, cs, f.start))
            head = _han(self.t[cs:mark[-1].start()]) if mark else ""

            # "张某捐资20万元…，李某捐出8万元…，王某捐资5万元…，乡贤们累计捐资33万元": items done with the verb
            # the total names after its mark (one of the same head: 捐出 for 捐资)
            verb = _han(self.t[mark[-1].end():f.start]) if mark else ""

            def named_by_total(x: Fig) -> bool:
                return len(head) >= 4 and len(_han(x.before)) >= 2 and _han(x.before)[:2] in head

            def done_by_verb(x: Fig) -> bool:
                # (捐出 for 捐资; or the verb the item ends with opening the total's: 调处268件 … 合计调处成功318件)
                return len(verb) == 2 and _han(x.before)[-2:-1] == verb[0] \
                    or 2 <= len(verb) <= 4 and _han(x.before).endswith(verb[:2])

            if (picked := self.items_named_by_total(head, f, ss)) is not None:
                # "…其中国家级项目2项、省级项目9项…；国家级和省级项目合计11项": the items its words name,
                # wherever they stand in the sentence -- a subtotal of another list's items (they keep
                # their group; the subtotal knows its parts, so a share of it finds the outer total)
                g = Group(whole=f, parts=picked, strong=True, exhaustive=True, cue="合计")
                f.total = g
                self.groups.append(g)
                continue
            opened = self.opened_items(f, ss)
            # (上述…合计 sums the items of the sentence before: "…损失6,830万元；…分别为4,915万元及2,688万元。
            # 上述作物损失合计2亿6,893万元")
            back = _ABOVE_NAMED.match(self.t, cs, f.start) is not None and not self.starting(ss, cs)
            for x in self.before(f.start, para=f.para, sents=1 if back else 0):
                if x.start < ss and not back or counted is not None and len(chain) == counted.value:
                    break
                # "食堂132家、经营户356户，合计检查535家(户)": a total naming both classifiers; "每人4000元": a
                # per-head amount, not an item
                # "宫颈癌筛查3126人、乳腺癌筛查3087人，合计6213人次": a sum of people over several kinds of
                # service counts person-times (人次 over 人, 艘次 over 艘)
                if not (self.same_family(x, f) or self.bracket_holds(f, x)
                        or x.unit and f.unit == x.unit + "次") or not self.summable(x):
                    continue
                gap = self.t[x.end:prev_start]
                # (items done with the total's verb may carry what each was for: a longer gap, one clause)
                by_verb = done_by_verb(x) and (not chain or done_by_verb(chain[-1])) and len(gap) <= 30 \
                    and _COMMA_IN.search(gap) and not _STRONG_SEP.search(gap) and counted is None
                # "120件、95件、80件和60件，合计355件": 和/及 join the last part; "省级补助资金0.52亿元，
                # 市级配套资金0.9亿元": parallel items, each named by a label of one head noun
                joined = (not chain or _JOINER.search(gap) and not _COMMA_IN.search(gap) or counted is not None
                          or x in opened
                          or _COMMA_ITEM.fullmatch(gap) and (_common_suffix(x.before, chain[-1].before) >= 2
                                                             or named_by_total(x) and named_by_total(chain[-1]))
                          or by_verb or _ADDED_ON.fullmatch(gap) is not None)
                # (a total that says how many items it sums takes them from its whole sentence, across
                # clauses and ；: "首批救助3.2亿元已核定，…；第二批约2.4亿元预计下旬拨付，两批合计约5.6亿元")
                counted_here = counted is not None and x.start >= ss
                if not joined or len(gap) > 16 and not by_verb and not counted_here or x.total is not None \
                        or x.group is not None and x.group.cue in self.c["each"]["words"] \
                        or not chain and _SEMI.search(gap) and not counted_here:
                    # (an item of a 分别 list of another total, "新筹集2860套，分别在…布局1020套、…，累计配租
                    # 1934套", or one a semicolon parts from the total: "5个、12个；累计创建148个")
                    # (a figure of another statement, after ；, is no set the parts were picked from)
                    source = x if x.start >= ss and counted is None and not _SEMI.search(self.t[x.end:prev_start]) else None
                    break
                by_comma = by_comma or by_verb or not (not chain or _JOINER.search(gap) or counted is not None
                                                       or x in opened)
                chain.append(x)
                prev_start = x.start
            if len(chain) < 2 or counted is not None and len(chain) != counted.value:
                continue
            if f.hi is not None and any(f.hi < x.lo for x in chain):
                continue  # "现有律师2156名及大律师1038名，去年新加入名册的共218名": smaller than an item, no total of them
            by_comma = by_comma or back and any(x.start < ss for x in chain)  # (items found a sentence back)
            if by_comma and counted is None and not _overlaps(*_sum_bounds(chain), f.lo, f.hi) \
                    and not self.says_how_many(f, mark, len(chain)) \
                    and not (self.opens_breakdown(chain[-1]) and chain[-1] is self.starting(ss, f.start)[0]):
                # a list of comma-separated items may begin earlier than the items found (a longer
                # label breaks the chain): only its agreement is reported -- unless the total says
                # how many items it sums ("…，三家景区合计接待189.0万人次"), or a breakdown opens the
                # sentence right before its first item ("从调处层级看，镇…调处42件，村…调处268件，合计…")
                continue
            if counted is not None:
                n = len(chain)
                self.add({"kind": "list_count", "whole": counted.id, "parts": [], "items": n, "open_list": False,
                          "status": "pass", "message": f"{n} figures listed = {counted.shown} ✓"})
            self.register(Group(whole=f, parts=sorted(chain, key=lambda p: p.start), strong=True, exhaustive=True,
                                cue="合计"))
            if source is not None and source.group is None and not source.delta:
                # the listed parts were picked from a larger set ("展出作品236件，评选出...共计30件");
                # reported as a failure only when both name the same thing
                ok = source.hi is None or f.lo <= source.hi
                if ok or (_similar(source, f, head=True) and source.unit == f.unit):
                    self.add(self.sum_check("part_of", source, [f], "pass" if ok else "fail"))

    def items_named_by_total(self, head: str, f: Fig, ss: int) -> list[Fig] | None:
        """The figures a 合计 total names one by one before its mark (国家级和省级项目合计11项: the
        nearest 国家级… and 省级… figures of its sentence, with its classifier), or None unless every
        name finds its own."""
        names = [n for n in _LIST_GAP.split(head) if n]
        if len(names) < 2 or any(len(n) < 2 for n in names):
            return None
        # (or, none of them in its sentence, of the sentence before in its paragraph: "…国内升学876人、
        # 出国（境）深造156人…。国内升学和出国（境）深造合计1032人")
        for before in ([x for x in reversed(self.starting(ss, f.start))],
                       [x for x in self.before(ss, para=f.para, sents=1) if x.sent == self.tx.sent(ss) - 1]):
            before = [x for x in before if self.same_family(x, f) and self.summable(x) and not x.delta]
            picked = []
            for n in names:
                x = next((x for x in before if _LIST_LEAD.sub("", _item_label(x)).startswith(n[:2])
                          or _han(x.q.get("counted") or "").startswith(n[:2])), None)  # (出国(境)深造: 出国)
                if x is None or x in picked:
                    break
                picked.append(x)
            else:
                return sorted(picked, key=lambda x: x.start)
            if picked:
                return None  # (some named in its own sentence: the others are not looked for further back)
        return None

    def says_how_many(self, f: Fig, mark: list, n: int) -> bool:
        """Does a count of ``n`` and a short noun stand right before the total mark of ``f``
        ("三家景区合计", "两个项目共计")?"""
        if not mark:
            return False
        m0 = mark[-1].start()
        return any(x.kind == "count" and x.exact and x.value == n and x.end < m0
                   and _SHORT_NOUN.fullmatch(self.t, x.end, m0)
                   for x in self.starting(self.tx.clause_span(f.start)[0], m0))

    def stages_after(self, parts: list[Fig], words: list[str]) -> bool:
        """Does each part name a stage after it, and not all the same one ("当中163幢已展开工程，97幢已
        完成工程": the finished were started, so they may be counted twice)?"""
        named = [next((o for o in words if o in self.t[p.end:self.tx.clause_span(p.start)[1]]), None) for p in parts]
        return all(named) and len(set(named)) > 1

    def items_above(self, f: Fig) -> list[Fig]:
        """"——养老服务4280万元。…\n——社区服务540万元。\n以上合计8165万元。": a sum of the lines above
        it (each opening with a dash or a bullet) is of the first figure of its kind on each of them."""
        if not _ABOVE_SUM.match(f.pre.lstrip()):
            return []
        items = []
        end = self.t.rfind("\n", 0, f.start)
        while end > 0:
            start = self.t.rfind("\n", 0, end) + 1
            line = self.t[start:end]
            if not _BULLET_LINE.match(line):
                break
            first = next((x for x in self.starting(start, end) if self.same_family(x, f)), None)
            if first is None or not self.summable(first):
                return []
            items.append(first)
            end = start - 1
        return sorted(items, key=lambda x: x.start) if len(items) >= 2 else []

    def opened_items(self, f: Fig, ss: int) -> list[Fig]:
        """The items of a list that a colon or a breakdown opens and the total ``f`` closes
        ("资金：中央补助520万元，市级补助186万元，…，合计1286.5万元"; "从资金来源看，…，合计3.15亿元"):
        every figure between them, each after a label of its own, of the total's kind.  The list is
        then all of the total, so a sum that differs is reported (a chain found by parallel labels
        alone may have begun earlier and is reported only when it agrees).  Empty if it is not such
        a list."""
        opens = list(_ITEMS_OPEN.finditer(self.t, ss, f.start))
        if not opens:
            return []
        o = opens[-1].end()
        items = [x for x in self.starting(o, f.start) if x.end <= f.start]
        if len(items) < 2 or not all(self.summable(x) and self.same_family(x, f) and not x.paren
                                     and x.group is None for x in items):
            return []
        gaps = [self.t[o:items[0].start]] + [self.t[a.end:b.start] for a, b in zip(items, items[1:])]
        if not _LABEL.fullmatch(gaps[0]) or not all(_COMMA_ITEM.fullmatch(g) or _LABEL.fullmatch(g[1:]) and g[:1] in "、，,"
                                                    for g in gaps[1:]):
            return []
        return items

    # -- groups become checks ------------------------------------------
    def done_and_pending(self, parts: list[Fig]) -> bool:
        """Are the parts the stages of one total, done and not yet done ("其中已完工并联438件、施工中72件")?
        Then they are all of it -- unless the sentence names more without a figure ("…正在施工的有34项；
        其余都正在设计")."""
        return len(parts) >= 2 and {p.status for p in parts} == {"done", "pending"} \
            and not self.more_besides(parts[-1])

    def items_of_another_classifier(self, g: Group, parts: list[Fig]) -> list[Fig]:
        """The figures of another count classifier joined by 、 between the parts of ``g`` (no part of
        any group) of a list of kinds (看, 其中, 中) ending with the rest; else []."""
        between = [x for x in self.starting(parts[0].end, parts[-1].start) if x not in parts and x.group is None
                   and x.kind == "count" and x.unit != parts[0].unit and self.summable(x)
                   and self.t.startswith("、", x.end)]
        return between if g.cue in ("看", "其中", "中") and parts[-1].status == "rest" else []

    def emit_groups(self) -> None:
        overlap_words = self.c["overlap"]["words"]
        # parts that add up exactly to a total of theirs ("按保护等级分，一级412株、二级1637株、三级9149株，
        # 合计11198株") are not also a short breakdown of a larger one ("古树名木11236株，其中古树11198株…")
        summed = {frozenset(c["parts"]) for c in self.checks if c["kind"] == "sum" and c["status"] == "pass"}
        summed |= {frozenset(p.id for p in g.parts) for g in self.groups
                   if g.whole.exact and all(p.exact for p in g.parts) and sum(p.value for p in g.parts) == g.whole.value}
        for g in self.groups:
            parts = sorted(set(g.parts), key=lambda p: p.start)
            g.parts = parts
            if not g.exhaustive and g.cue in ("其中", "中", "看") and (self.names_every_kind(g) or self.closed_set(g)
                                                              or self.ends_with_the_rest(g) or self.done_and_pending(parts)):
                # (decided only now: a part of such a list still names its own sub-list's total)
                g.exhaustive = g.strong = True
            lo, hi = _sum_bounds(parts)
            w = g.whole
            equal = _overlaps_rounded(lo, hi, w.lo, w.hi)
            if equal and not g.exhaustive and (hi is None or w.hi is None) and sum(p.value for p in parts) < w.value:
                # "新开工700万套以上，其中棚户区470万套以上": open bounds overlap, yet the parts as written
                # are less than the total -- a part, not the whole of it
                equal = False
            within = w.hi is None or lo < w.hi or lo == w.hi == w.lo  # (a rounded total's upper end is open)
            if not equal and len(parts) >= 2 and (more := self.items_of_another_classifier(g, parts)):
                # "坡道7420处、无障碍卫生间1380座、无障碍出入口2960处，其余840处" of 12600处: an item counted
                # in another classifier stands among the parts, and is one of them
                parts = g.parts = sorted(parts + more, key=lambda p: p.start)
                lo, hi = _sum_bounds(parts)
                equal = _overlaps_rounded(lo, hi, w.lo, w.hi)
                within = w.hi is None or lo < w.hi or lo == w.hi == w.lo
            if equal:
                self.add(self.sum_check("sum", w, parts, "pass"))
                continue
            if len(parts) > 1 and any(frozenset(p.id for p in parts) <= ids for ids in summed):
                # (parts a sum that adds up holds, all or some: "按水域划分，A118次，占…；B64次、C12次、D37次，
                # 合计231次" -- the breakdown read after the share's semicolon is that sum's tail)
                continue
            if (len(parts) > 1 or w.status == "rest") and w.hi is not None and all(p.lo > w.hi for p in parts) \
                    and (w.group is not None and w.group is not g or w.status == "rest") and w.sent < parts[0].sent:
                # "其余16处由村里办公处设立。…其中提供共餐服务的据点有402处；另有153处…": parts each larger
                # than an item (or the rest) of another list in a sentence before are of another total (one
                # part grown past its own total is still a slip -- but not past the rest of another list)
                continue
            if g.exhaustive and len(parts) == 1 and parts[0].status == "rest" and within:
                # "辖内15处夜市…其中花园夜市412家次、大东夜市386家次…，其余12处夜市": the rest is all
                # the list says in this classifier; the items before it are named, counted in another
                continue
            if g.exhaustive:
                self.add(self.sum_check("sum", w, parts, "fail"))
                continue
            if within and self.falls_just_short(g):
                self.add(self.sum_check("sum", w, parts, "fail"))
                continue
            if within:
                self.add(self.sum_check("part_of", w, parts, "pass"))
                continue
            # the parts add up to more than the total
            if len(parts) >= 2 and w.hi is not None and all(p.lo > w.hi for p in parts) \
                    and len(nw := counted_nouns(w, parts[0])[0]) >= 2 \
                    and not any(len(n) >= 2 and heads_meet(nw, n) for n in (counted_nouns(p, w)[0] for p in parts)):
                # "展览分为…四个单元…。其中宋代瓷器27件、明代青花瓷15件": a total smaller than each part alone,
                # counting another noun, is some other count of the sentence before (单元, not 瓷器)
                continue
            if len(parts) == 1 and parts[0].sent != w.sent and _STATED_TOTAL.search(parts[0].pre):
                # "不合格样品213批次中，…。其中，食用农产品共抽检5210批次": a part that states a total
                # of its own (共抽检) in a later sentence counts something else than the whole
                continue
            g.overlap = _successive_stages(w, parts, overlap_words) or self.stages_after(parts, overlap_words)
            if g.cue == "看" and not g.overlap and len(parts) >= 3 and w.hi is not None and lo <= w.hi * _OVERSHOOT \
                    and all(p.unit == w.unit for p in parts):
                # "托育机构586家…按举办主体分，公办机构68家、用人单位办35家、社区办96家、民办机构397家": three
                # or more kinds of one dimension just past the total they break down (by a twentieth at
                # most) were meant to be all of it -- a slip; kinds far past it overlap (党员, 60岁以上)
                self.add(self.sum_check("sum", w, parts, "fail"))
                continue
            if len(parts) > 1 and (g.overlap or not g.strong):
                for p in parts:
                    ok = w.hi is None or p.lo <= w.hi
                    if ok or g.strong:
                        self.add(self.sum_check("part_of", w, [p], "pass" if ok else "fail"))
                continue
            if not g.strong:
                continue
            if len(parts) == 1 and w.unit != parts[0].unit and not _similar(w, parts[0]):
                continue
            if len(parts) == 1 and w.sent != parts[0].sent and parts[0].q.get("qualifier") != "exact" \
                    and parts[0].pre.rstrip().rstrip("逾超过近约共达").endswith("等"):
                # "分为四类…。活动形式多元，包括A、B及C等逾二十类": a rough count of a list of its own,
                # larger than a total sentences before, is no part of it (an exact one, 等11项, may be)
                continue
            if len(parts) == 1 and w.sent != parts[0].sent and w.hi is not None and parts[0].lo > 100 * w.hi:
                # "每年可获发敬老金9000澳门元。…其中…涉及金额约9.74亿澳门元": a part a hundred times
                # the total an earlier sentence states is of another scale (an amount per person against
                # the year's spending), not a slip in the figures
                continue
            if len(parts) == 1 and w.sent != parts[0].sent and self.share_follows(parts[0]) and (
                    not _similar(w, parts[0], head=True) or w.hi is not None and parts[0].lo > 2 * w.hi):
                # one part with its share of a total written next to it ("其中…1.37万人次，占资助总人次的
                # 28.2%"), larger than a total in an earlier sentence that counts another noun or is less
                # than half of the part: that is not the total the share names
                continue
            self.add(self.sum_check("sum" if len(parts) > 1 else "part_of", w, parts, "fail"))

    # -- 收入, 支出, 结余 -------------------------------------------------------
    def balances(self) -> None:
        """"村集体经济收入86.4万元 … 全年支出71.2万元 … 收支相抵，年末结余15.2万元": a balance the text
        says is income less spending makes the income with the spending (reported as failing only
        where 收支 is written; found by the words alone it is pass-only)."""
        for b in self.figs:
            if b.kind != "money" or b.delta or not _BALANCE_END.search(b.pre):
                continue
            # (within four sentences, across a paragraph break: a report gives income and spending a
            # paragraph each)
            earlier = [f for f in reversed(self.starting(0, b.start)) if b.sent - f.sent <= 4 and f.kind == "money"
                       and not f.delta and not f.per and f.group is None]
            spent = next((f for f in earlier if _SPENT_END.search(f.pre)), None)
            income = next((f for f in earlier if spent is not None and f.start < spent.start
                           and _INCOME_END.search(f.pre)), None)
            if income is None or self.covered(income, [spent, b]):
                continue
            ok = _overlaps_rounded(*_sum_bounds([spent, b]), income.lo, income.hi)
            if ok or "收支" in self.t[self.tx.clause_span(b.start)[0] - 6:b.start]:
                self.add(self.sum_check("sum", income, [spent, b], "pass" if ok else "fail"))

    def unmarked_breakdowns(self) -> None:
        """"戏剧单元共推出剧目14套，本地制作9套、外地邀演5套": a total marked 共 and, in the clause right
        after it, two or more items of its classifier joined by 、 with no cue between -- its breakdown
        where the items add up to it (pass-only: without 其中 they may be of something else)."""
        tb = _tables()
        for w in self.figs:
            if w.group is not None or w.total is not None or not self.summable(w) or w.paren \
                    or not tb.total_marks.search(self.t, self.tx.clause_span(w.start)[0], w.start):
                continue
            nxt = self.tx.clause(w.start) + 1
            items = [x for x in self.starting(w.end, self.tx.sent_span(w.start)[1]) if x.clause == nxt]
            if len(items) < 2 or any(not self.same_family(x, w) or x.delta != w.delta or x.group is not None
                                     or not self.summable(x) or x.paren for x in items) \
                    or not all(_SIBLING_GAP.fullmatch(self.t, a.end, b.start)
                               or "、" in self.t[a.end:b.start] and _LABELED_ITEM_GAP.fullmatch(self.t, a.end, b.start)
                               for a, b in zip(items, items[1:])):
                continue
            if _overlaps_rounded(*_sum_bounds(items), w.lo, w.hi) and w.exact:
                self.register(Group(whole=w, parts=items, strong=True, exhaustive=True, cue="unmarked"))
                self.add(self.sum_check("sum", w, items, "pass"))

    def respective_items(self) -> None:
        """"计划更新1.4万亩，实际完成1.26万亩。更新地块分布在A、B、C 3个作业区，分别更新4800亩、4300亩、
        3500亩": the figures 分别 gives the places or kinds just named, with no total cue, add up to a
        figure of the sentence before (or of their own before 分别) -- its breakdown (pass-only: they may
        be of something else)."""
        for m in _RESPECTIVELY.finditer(self.t):
            ce = self.tx.clause_span(m.start())[1]
            items = self.starting(m.end(), ce)
            run = items[:1]
            for a, b in zip(items, items[1:]):
                if not _SIBLING_GAP.fullmatch(self.t, a.end, b.start):
                    break
                run.append(b)
            if len(run) < 2 or any(x.group is not None or x.paren or not self.summable(x)
                                   or not self.same_family(x, run[0]) or x.delta != run[0].delta for x in run):
                continue
            sent = self.tx.sent(m.start())
            lo, hi = _sum_bounds(run)
            whole = next((w for w in reversed(self.figs) if w.end <= m.start() and sent - 1 <= w.sent <= sent
                          and w.para == run[0].para and self.same_family(w, run[0]) and w.delta == run[0].delta
                          and self.summable(w) and not w.paren and w.total is None
                          and (w.q.get("qualifier") or "exact") == "exact" and not self.listed_item(w)
                          and _overlaps_rounded(lo, hi, w.lo, w.hi)), None)
            if whole is not None:
                self.register(Group(whole=whole, parts=run, strong=True, exhaustive=True, cue="分别"))
                self.add(self.sum_check("sum", whole, run, "pass"))

    # -- totals of an opening paragraph, broken down in later ones -----------------
    def lede_totals(self) -> None:
        """A report's opening paragraph states its totals ("组织祭扫126次…走访慰问230户，发放慰问金46万元")
        and later sections break them down without naming them again ("从组织层级看，县级8次；乡镇98次；
        村和学校20次"; "走访慰问烈属96户、困难家庭134户"; "其中市级专家义诊18场、县级医疗队45场").
        Figures of one later sentence with the total's classifier, next to each other among that
        sentence's figures of it, whose values as written add up to a total of the opening paragraph
        are its parts.  Pass-only: parts that add up to something else may be a part of the total or
        another breakdown."""
        # the totals are those of the opening paragraph (the first after the headline that holds a
        # count or sum: not a date line or a session's number) or the headline: a long report's
        # later totals meet a sum of other figures by chance
        lede = next((f.para for f in self.figs if not f.headline and self.summable(f) and not f.paren), None)
        totals: dict[tuple, list[Fig]] = {}
        for f in self.figs:
            if (self.summable(f) and not f.paren and (f.total is None or f.total.cue == "看") and f.group is None
                    and f.value >= 10
                    and lede is not None and f.para <= lede and not f.delta and f.hi is not None):
                totals.setdefault((f.unit, f.kind, f.delta), []).append(f)
        if not totals:
            return
        by_sent: dict[int, list[Fig]] = {}
        for f in self.figs:
            if (f.unit, f.kind, f.delta) in totals and self.summable(f) and not f.paren and f.para > lede:
                by_sent.setdefault(f.sent, []).append(f)
        for figs in by_sent.values():
            runs: dict[tuple, list[Fig]] = {}
            last: dict[tuple, Fig] = {}
            for f in figs:
                key = (f.unit, f.kind, f.delta)
                prev, last[key] = last.get(key), f
                if f.group is not None or prev is not None and "其中" in self.t[prev.end:f.start]:
                    continue  # "乡镇组织祭扫98次，其中重点镇37次；村和学校20次": a part of the one before
                runs.setdefault(key, []).append(f)
            for key, run in runs.items():
                if len(run) < 2:
                    continue
                # (a total another breakdown divides already may be divided again by another dimension:
                # "43支龙舟队…其中标准龙舟组18支…。从队伍来源看，市内31支，其余12支")
                earlier = [t for t in totals[key] if t.para < run[0].para and (t.total is None or t.total.cue == "看")]
                found = None
                for n in range(len(run), 1, -1):  # the longest run that adds up
                    for i in range(len(run) - n + 1):
                        parts = run[i:i + n]
                        if any(p.group is not None or p.hi is None for p in parts):
                            continue  # (an open bound, 8000万亩以上, adds up to nothing in particular)
                        total = sum((p.value for p in parts), Decimal(0))
                        match = [t for t in earlier if t.value == total]
                        if match:
                            found = (match[-1], parts)
                            break
                    if found:
                        break
                if found is None:
                    continue
                whole, parts = found
                total = sum((p.value for p in parts), Decimal(0))
                own = next((f for f in run if f.start > parts[-1].end and f.exact and f.value == total
                            and _tables().total_marks.search(f.pre[-6:])), None)
                # (the sentence's own statement of the total after its parts, "…总决赛阶段16场，合计186场",
                # is the whole they are checked against, before the lede's)
                self.add(self.sum_check("sum", own or self.first_statement(whole), parts, "pass"))
                self.paired_breakdown(whole, parts)

    def paired_breakdown(self, whole: Fig, parts: list[Fig]) -> None:
        """Items that each state two figures ("康乐体育活动2,940项、9,870节；文化艺术活动920项、2,680节"),
        whose first figures add up to a total of the opening paragraph stated with a second figure of
        the same kind ("活动共3,860项，合共12,450节"): the second figures are the parts of that second
        total too, so they must add up (a fail when they do not)."""
        def pair_of(f: Fig) -> Fig | None:
            nxt = next(iter(self.starting(f.end, self.tx.sent_span(f.start)[1])), None)
            if nxt is None or nxt.unit == f.unit or nxt.clause - f.clause > 1 or not self.summable(nxt) \
                    or nxt.paren or nxt.delta or not _PAIR_GAP.fullmatch(self.t, f.end, nxt.start):
                return None
            return nxt
        second = pair_of(whole)
        pairs = [pair_of(p) for p in parts]
        if second is None or any(x is None or x.unit != second.unit for x in pairs) \
                or len({x.id for x in pairs}) != len(pairs):
            return
        lo, hi = _sum_bounds(pairs)
        status = "pass" if _overlaps_rounded(lo, hi, second.lo, second.hi) else "fail"
        self.add(self.sum_check("sum", second, pairs, status))

    # -- sections (甲方面，… 乙方面，…) ------------------------------------
    def section_totals(self) -> None:
        """"支持举办剧场演出和电影放映活动652场" then paragraphs opening "剧场演出方面，…演出共318场" and
        "电影放映方面，…放映343场": sections named together, two or more, in one sentence before them break
        its totals down -- each total by the first figure of its classifier in each section.  The
        sentence names the sections as the kinds it counts, so they are all of it: the parts must add up."""
        secs = [(m.start(), m.group(1)) for m in _SECTION.finditer(self.t)]
        if len(secs) < 2:
            return
        nl = self.t.find("\n", secs[-1][0])  # (the last section runs to the end of its paragraph)
        ends = [a for a, _ in secs[1:]] + [nl if nl >= 0 else len(self.t)]
        done = {(c.get("whole"), frozenset(c.get("parts") or ())) for c in self.checks}
        seen_sents = set()
        for w in self.figs:
            if w.end > secs[0][0] or not self.summable(w) or w.paren or w.delta or w.sent in seen_sents:
                continue
            ss, se = self.tx.sent_span(w.start)
            sent = self.t[ss:se]
            # (named together, as kinds: 剧场演出和电影放映; not topics a sentence touches one by one --
            # 培训课程共126班，报读学员累计2860名 before 培训课程方面 and 学员方面)
            named = [k for k, (_, name) in enumerate(secs) if name in sent and any(
                name + j + other in sent or other + j + name in sent
                for _, other in secs if other != name for j in _SECTION_JOINERS)]
            if len(named) < 2:
                continue
            for x in self.starting(ss, se):
                if not self.summable(x) or x.paren or x.delta:
                    continue
                parts = []
                for k in named:
                    p = next((f for f in self.starting(secs[k][0], ends[k]) if f.unit == x.unit and f.kind == x.kind
                              and self.summable(f) and not f.paren and not f.delta), None)
                    if p is None:
                        break
                    parts.append(p)
                if len(parts) != len(named) or (x.id, frozenset(p.id for p in parts)) in done:
                    continue
                ok = _overlaps_rounded(*_sum_bounds(parts), x.lo, x.hi)
                self.add(self.sum_check("sum", x, parts, "pass" if ok else "fail"))
            seen_sents.add(w.sent)

    def sum_check(self, kind: str, whole: Fig, parts: list[Fig], status: str) -> dict[str, Any]:
        total = sum((p.value for p in parts), Decimal(0))
        shown = " + ".join(p.shown for p in parts)
        # the sum written like the total it is compared with (8000万 + 4000万 = 1.2亿)
        tot = _fmt_like(total, [whole] if _number_shape(whole.shown)[1] != 1 else parts)
        if whole.kind == "percent" and not tot.endswith("%"):
            tot += "%"  # (shares of one base add up to a share: 41.5% + 35.6% + 5.2% = 82.3%)
        if kind == "sum":
            if status == "pass":
                msg = f"{shown} = {tot} ✓" if len(parts) > 1 else f"{shown} = {whole.shown} ✓"
                if not (all(p.exact for p in parts) and whole.exact) and total != whole.value:
                    msg = f"{shown} = {tot}, {whole.shown} as stated: agrees within rounding ✓"
            else:
                msg = f"{shown} = {tot}, but the text says {whole.shown}"
        else:
            if len(parts) == 1:
                p = parts[0]
                msg = (f"{p.shown} of {whole.shown} ✓" if status == "pass"
                       else f"{p.shown} is a part of {whole.shown}, but larger than it")
            else:
                msg = (f"{shown} = {tot}, within the {whole.shown} stated ✓" if status == "pass"
                       else f"{shown} = {tot}, more than the {whole.shown} stated")
        return {"kind": kind, "whole": whole.id, "parts": [p.id for p in parts], "status": status, "message": msg}

    # -- 已完成 of a total ---------------------------------------------------
    def done_of_total(self) -> None:
        for f in self.figs:
            if f.status != "done" or f.group is not None or not self.summable(f) or f.paren or self.modifier(f) \
                    or self.counts_places(f):
                continue
            clause = self.t[slice(*self.tx.clause_span(f.start))]
            finished = any(v in clause for v in self.c["done"]["verbs"])
            if f.total is not None and not (finished and "已" in clause):
                # the total of a list of its own is the done part of a plan only when said to be
                # finished ("计划完成营造林任务15万亩，已完成9.6万亩，...；其中人工造林3.2万亩")
                continue
            cands = [x for x in self.before(f.start, para=f.para, sents=1) if self.same_family(x, f)
                     and x.delta == f.delta and not x.paren and x.status is None and not _other_outcome(f, x)]
            if not cands:
                continue
            w = self.climb(cands[0])
            if (g := w.group) is not None and g.parts and g.parts[-1] is w and w.sent < f.sent \
                    and self.same_family(g.whole, f) and sum(p.value for p in g.parts) == g.whole.value:
                # "排查隐患4322处，其中重大隐患7处、一般隐患4315处。已整改4198处": a breakdown that adds
                # up ends with its last item; the next sentence's outcome is of the total it broke down
                w = g.whole
            if w.hi is not None and f.lo > w.hi and (t := self.total_of(w)) is not f:
                w = t  # "其中A件、B件、C件，已完成扫描D件": done with the list's total, not its last item
            if self.t.endswith("等", 0, w.start) and len((nouns := counted_nouns(w, f))[0]) >= 2 \
                    and len(nouns[1]) >= 2 and not heads_meet(*nouns):
                # "在A市、B区等6个地区开展试点，已建成综合服务中心9个": the count closing a list of names
                # counts the things named, not what is done there
                continue
            ok = w.hi is None or f.lo <= w.hi
            # "收集意见建议213条，已办结196条": a part with no noun of its own, right after its total
            elided = not f.noun_after and f.sent == w.sent and f.clause - w.clause <= 1 and w.unit == f.unit
            strong = finished and (_similar(w, f) or elided) and w.value >= 2
            if not ok and not strong:
                continue
            if self.covered(w, [f]):
                continue
            g = Group(whole=w, parts=[f], strong=strong, cue="已")
            f.group = g
            self.add(self.sum_check("part_of", w, [f], "pass" if ok else "fail"))

    # -- 立案 then 破获 -------------------------------------------------------
    def stage_pairs(self) -> None:
        """"立刑事案件312起，...；破获刑事案件207起": the count of an outcome verb is a part of the count
        of the intake verb before it in the sentence, when both name the same things (pass-only)."""
        # (does a label hold any of the stage words: one search each, not one per word)
        outcome, intake, added_words, stock = (_tables().stages[k] for k in ("outcome", "intake", "added", "stock"))
        for f in self.figs:
            if f.kind != "count" or f.group is not None or f.delta or f.paren \
                    or not outcome.search(f.before):
                continue
            for x in self.before(f.start, para=f.para, sents=0):
                if x.kind != "count" or x.unit != f.unit or x.delta or x.paren or x.group is not None \
                        or f.clause - x.clause > 3:
                    continue
                # (both name the same things: "立刑事案件" / "破获刑事案件")
                if not intake.search(x.before) or _common(x.text_label(), f.text_label()) < 3:
                    continue
                if (x.hi is None or f.lo <= x.hi) and not self.covered(x, [f]):
                    self.add(self.sum_check("part_of", x, [f], "pass"))
                    f.group = Group(whole=x, parts=[f], strong=False, cue="stage")
                break
        # "全年新开通公交线路6条，目前全县共有公交线路38条": the new ones are among those there now
        # (only sentences holding an added count are looked at)
        added = {x.sent for x in self.figs if x.kind == "count" and added_words.search(x.before)}
        for f in self.figs:
            if f.sent not in added or f.kind != "count" or f.delta or f.paren \
                    or not stock.search(f.before):
                continue
            for x in self.before(f.start, para=f.para, sents=0):
                if x.kind != "count" or x.unit != f.unit or x.delta or x.paren or x.group is not None \
                        or f.clause - x.clause != 1 or not added_words.search(x.before):
                    continue
                if _common(x.text_label(), f.text_label()) >= 3 and (f.hi is None or x.lo <= f.hi) \
                        and not self.covered(f, [x]):
                    self.add(self.sum_check("part_of", f, [x], "pass"))
                    x.group = Group(whole=f, parts=[x], strong=False, cue="stock")
                break

    # -- 全部完成: equal to a total stated before ------------------------------
    def all_done(self) -> None:
        words = self.c["all"]["words"]
        for f in self.figs:
            if not self.summable(f) or f.group is not None:
                continue
            _, ce = self.tx.clause_span(f.start)
            post = self.t[f.end:ce]
            hit = [post.find(w) for w in words if w in post]
            if not hit or min(hit) > 10:
                continue
            cands = [x for x in self.figs if x.end <= f.start and self.same_family(x, f) and x.delta == f.delta
                     and x.status is None and not x.paren and x.group is None and f.para - x.para <= 1
                     and _similar(x, f, head=True)]
            if not cands:
                continue
            # (the total restated with its value before the nearest figure of the noun: "覆盖学校146所，
            # 其中…九年一贯制学校6所 … 全县146所学校全部采取…")
            restated = [x for x in cands if x.exact and f.exact and x.value == f.value]
            w = restated[-1] if restated else cands[-1]
            if not _same_noun(w, f):
                # "现有各类学校420所 ... 全市35所寄宿制学校全部实行": a figure with a narrower noun
                # before 全部 describes a set of its own, no restatement of the total
                continue
            if _other_outcome(f, w):
                continue  # "合格419件，…不合格的7件均已移送处分": the other outcome, whose every one was acted on
            if _inside_quote(self.t, f.start):
                continue  # "蕉农说：「…今年我的3公顷蕉园全部走外销」": a speaker's own figure, no total's
            if f.sent == w.sent and any(c in self.t[w.end:f.start] for c in self.c["subset"]["strong"]):
                # "新建桥梁19座，其中A镇等3个乡镇的11座桥梁已全部完工": 全部 is said of the 11 the 其中
                # clause singles out, a part of the total -- not of the total itself
                ok = w.hi is None or f.lo <= w.hi
                self.add(self.sum_check("part_of", w, [f], "pass" if ok else "fail"))
                f.group = Group(whole=w, parts=[f], cue="全部")
                continue
            ok = _overlaps(f.lo, f.hi, w.lo, w.hi)
            msg = (f"all {f.shown} of the {w.shown} stated ✓" if ok
                   else f"the text says all {f.shown} are done, but the total stated is {w.shown}")
            self.add({"kind": "part_of", "whole": w.id, "parts": [f.id], "status": "pass" if ok else "fail",
                      "message": msg})
            f.group = Group(whole=w, parts=[f], cue="全部")
