"""等N项 and 即 lists: the items named against the number the text gives them."""
from __future__ import annotations

from bisect import bisect_left

from .labels import _count_items, _DIGIT, _JI_ITEMS, _parallel_ji
from .patterns import (
    _ADJACENT_QUOTES,
    _COMMA,
    _COMMA_ITEM_STOP,
    _EACH_END,
    _ITEM_SEP,
    _LIST_OPEN,
    _OPEN_NOUN,
    _ORDINAL_LEAD,
    _QUOTED,
    _QUOTED_LIST,
    _STRONG_SEP,
    _tables,
)
from .quantities import Fig, _han


class ListRules:
    """The list-count rules, mixed into ``validator._Validator``: they read its state (``self.t``,
    ``self.tx``, ``self.figs``, ``self.c``) and add to ``self.groups`` and ``self.checks``."""

    @property
    def names(self) -> frozenset[str]:
        """The places and bodies the entity stage found in the text (none where it did not run)."""
        if getattr(self, "_names", None) is None:
            self._names = frozenset(self.t[e["start"]:e["end"]] for e in self.doc.entities
                                    if e["type"] in ("LOCATION", "ORGANIZATION"))
        return self._names

    def lists(self) -> None:
        lc = self.c["list"]
        tb = _tables()
        seps = lc["separators"]
        for f in self.figs:
            if f.kind != "count" or f.aside or f.paren:
                continue
            cs, ce = self.tx.clause_span(f.start)
            pre = self.t[cs:f.start]
            n = f.value
            noun = _OPEN_NOUN.search(pre) if "等" in pre else None
            # (names in quotes side by side need no 、: "打造“A”“B”“C”等志愿服务品牌26个")
            if noun and ("、" not in pre[:noun.start()] and not _ADJACENT_QUOTES.search(pre, 0, noun.start())
                         or self.has_verb(cs + noun.start(1), f.start)
                         or not (f.unit in tb.kind_units or f.unit == "个") or n > (100 if f.unit == "种" else 30)):
                # (only a list's noun, not 等方面投入资金; and only a count of such things, not the
                # 400万株 of 樟子松、油松等苗木 or the 1460座 of 桥、涵、闸等建筑物; species run to scores:
                # 川金丝猴、扭角羚等国家重点保护野生动物47种)
                noun = None
            if (pre.endswith(tuple(lc["open"])) or noun) and not pre.endswith("等等") and n >= 1:
                body = pre[:noun.start()] if noun else pre[:-1]
                at = cs + noun.start() if noun else f.start - 1  # (where 等 stands)
                inside = [x for x in self.starting(cs, f.start) if x.end <= at]
                if inside:
                    # "组织5万名干部参观A、B、C等7处基地": the list is the object after an earlier figure
                    body = self.t[inside[-1].end:at]
                    if "、" not in body or body.startswith("、") and "、" not in body[1:]:
                        # (nor a label of the next item after a figure: "其中特优12件、优等36件、甲等60件":
                        # a grade, 优等, and no list closed by 等)
                        continue
                if not body:
                    continue
                owner = body.rfind("的")
                if owner > 0 and "、" in body[owner + 1:]:
                    # "对涡河、铁底河沿线的王集泵站、芝麻洼泵站、朱口泵站等5座": the list is what follows the
                    # last 的 (the rivers before it say where they stand)
                    body = body[owner + 1:]
                # ("陪月员、保健按摩、中式面点及基础电脑等18个科目": a 及 joins the last of four)
                items = _count_items(_parallel_ji(body, self.names), seps)
                if items == 1 and len(body) <= 8:
                    # "粮食加工品，食用油、油脂及其制品，肉制品，蛋制品，乳制品等5大类": items between commas
                    items = self.comma_items(cs) or 1
                if items < 1:
                    continue
                ok = items <= n
                msg = (f"{items} named, {f.shown} in all (等) ✓" if ok
                       else f"{items} items are named, more than the {f.shown} the text says")
                self.add({"kind": "list_count", "whole": f.id, "parts": [], "items": items, "open_list": True,
                          "status": "pass" if ok else "fail", "message": msg})
                continue
            # closed: "三项志愿服务品牌，即红色宣讲、健康义诊、银龄助老"
            nxt = self.t[f.end:min(len(self.t), f.end + 160)]  # (ten names of associations run past 40 characters)
            m = _tables().closed_list.match(nxt)
            if m and _ORDINAL_LEAD.match(m.group(1)):
                continue  # "两个方面，即一方面是调整、扩充、新建...，另一方面是...": items by ordinal, not by 、
            if m and "分别" in m.group(0) and _DIGIT.search(_COMMA.split(m.group(1))[0]):
                m = None  # (分别为236支、158支: figures, not names)
            if m and any(x.kind == "count" for x in self.starting(f.end, f.end + m.start(1))):
                continue  # "五间幼儿中心位于三个地区，即A、B及C": the list is of the nearer count
            if m:
                body = _parallel_ji(_COMMA.split(m.group(1))[0], self.names)
                owner = body.rfind("的")
                if owner > 0 and len(f.after) >= 2 and _han(body[owner + 1:])[:2] == f.after[:2]:
                    # "3个养老服务中心，即A镇、B镇和C镇的养老服务中心": the items own the counted noun
                    body = body[:owner]
                b0 = f.end + m.start(1)
                last_sep = b0 + max(body.rfind("、"), 0)
                if any(x.unit in tb.kind_units or x.kind == "count" and x.start > last_sep
                       for x in self.starting(b0, b0 + len(body))):
                    # "30户，即“A”“B”“C”“D”4类": the list has a count of its own (4类), not 30; so has one
                    # that a count closes ("学习班216班，即阿美语、…、达悟语七个族语别")
                    continue
                items = _count_items(body, seps)
                if items != n and _count_items(_JI_ITEMS.sub("、", body), seps) == n:
                    items = n  # "…翠屏及顺利": a 及 that may join the last item does, where the count says so
                # a closed list names short items; a long explanation after 即 is not one -- unless
                # every item ends in the same noun ("即桑园镇杂技道具制作工坊、铁城镇手工布鞋工坊、…":
                # names of the same kind of thing)
                plain = _QUOTED.sub("X", body)
                # (an item's owner before 的 is no length of the name: "即姚关镇的禁毒主题公园、由旺镇的…")
                pieces = [x.rsplit("的", 1)[-1] for x in _ITEM_SEP.split(plain)]
                short = all(len(x) <= 10 for x in pieces) or len(pieces) >= 2 and all(
                    len(x) <= 16 and len(_han(x)) >= 4 and _han(x)[-2:] == _han(pieces[0])[-2:] for x in pieces)
                # (long items that are as many as the count say are its list: "三项政策，即A减免、B优惠和C减半征收",
                # "委托3家专业机构运营，即A有限公司、B有限公司、C服务中心" -- only agreement, as an
                # explanation after 即 may be no list)
                # (nor where a count of kinds is one off: "主要涉及四类，即未有展示牌照及收费表、当票资料记录不全、
                # 未按规定核实客户身份及保存记录" names three kinds of breach, each a clause of its own)
                one_kind_off = f.unit in tb.kind_units and abs(items - n) == 1 and all(len(x) <= 16 for x in pieces)
                if items >= 2 and n >= 2 and (short or items == n or one_kind_off):
                    self.closed_count(f, items)
                continue
            # quoted names side by side right before a count of kinds: "即“书香家庭”“绿色家庭”“平安家庭”4类"
            # (closed by 即: a count that differs is reported; otherwise only agreement)
            named = f.unit in tb.kind_units or f.unit == "个" and bool(f.after)  # (五个主题: 个 + the kind)
            quotes = _ADJACENT_QUOTES.search(pre) if named and pre.endswith(("”", "」")) else None
            if quotes:
                items = quotes.group(0).count("“") + quotes.group(0).count("「")
                closed = pre[:quotes.start()].rstrip().endswith(lc["closed"][0])
                if items == n or closed:
                    self.closed_count(f, items)
                continue
            # implicit closed list right before the figure: "开设电工、焊工、家政服务、电商直播4个专业"
            last = pre.split("、")[-1]
            # "在广东、福建两省的深圳、珠海、汕头、厦门四个地区": the list is the one after 的
            body = _LIST_OPEN.split(pre)[-1]
            # "A、B、C和D五类对象": a joiner word before the last item closes the list, whose items
            # (but the first, which holds the verb) are all short ("和平" is no joiner: a word of its own)
            joiner = self.last_joiner(f.start - len(last), last, tb.last_joiners) if "、" in body else ""
            # (a 及 inside the last name joins nothing where the items without it are as many as the
            # count says: "古墓葬、石窟寺及石刻、近现代重要史迹及代表性建筑5个类别")
            # (names only: no verb in the last, no 等 -- "在沙河镇、倪家营镇、平川镇建成…基地3个" is read below)
            agrees = "、" in body and "等" not in body and n >= 3 and _count_items(body, ["、"]) == n \
                and all(len(x) <= 16 for x in body.split("、")[1:]) and not self.has_verb(f.start - len(last), f.start)
            if agrees:
                joiner = ""
            if joiner:
                halves = last.split(joiner, 1)
                segs = body.split("、")[1:-1] + halves
                if any(len(x) > 8 or not x for x in segs):
                    joiner = ""
                else:
                    last = halves[-1]
            if "、" in pre and pre.count("“") <= pre.count("”") and \
                    not any(x.end <= f.start for x in self.starting(cs, f.start + 1) if x is not f) \
                    and (f.after or f.unit in tb.place_units) and not _EACH_END.search(pre) and 2 <= n <= 20 \
                    and (len(last) <= 8 or agrees):
                items = _count_items(body, ["、"]) + bool(joiner)
                quoted = _QUOTED_LIST.search(body) if items == 1 else None
                if quoted and quoted.group(1).count("、") + 1 == n and f.unit in tb.kind_units:
                    # "围绕“A、B、C”三项服务": a slogan list in quotes, counted inside (pass-only: a quoted
                    # title may hold a 、 of its own)
                    self.add({"kind": "list_count", "whole": f.id, "parts": [], "items": int(n), "open_list": False,
                              "status": "pass", "message": f"{int(n)} named = {f.shown} ✓"})
                    continue
                # a list closed by a joiner is compared both ways, but only when N counts kinds of
                # things (五类对象): other classifiers may count what the kinds hold (企业、商户和农户12家)
                kinds = f.unit in tb.kind_units or f.unit in tb.place_units
                # "共设置A、B、C、D五项内容": the first item follows the verb, so the list is all of it
                whole = kinds and not joiner and bool(tb.whole_list.search(body.split("、", 1)[0]))
                # "并由林草、应急、公安、气象、消防救援6个部门": short names opening the clause after 由
                opened = not joiner and items >= 3 and (kinds or f.unit == "个" and bool(f.after)) \
                    and bool(tb.list_opener.fullmatch(body.split("、", 1)[0])) \
                    and all(1 <= len(x) <= 4 for x in body.split("、")[1:])
                # "学习班216班，即阿美语、…、达悟语七个族语别": a list 即 opens and the count closes is all of it
                named_all = not joiner and items >= 3 and bool(f.after) \
                    and body.split("、", 1)[0].startswith(lc["closed"][0]) \
                    and all(1 <= len(x) <= 6 for x in body.split("、")[1:])
                if items >= 2 and (items == n or (kinds if joiner else items > n) or whole or opened or named_all):
                    self.closed_count(f, items)

    def has_verb(self, start: int, end: int) -> bool:
        """Does a word the tokenizer tags as a verb start in ``[start, end)``?"""
        toks = self.doc.tokens
        if not toks:
            return False
        i = bisect_left(self.token_starts(), start)
        while i < len(toks) and toks[i][1] < end:
            if toks[i][3][:1] == "v":
                return True
            i += 1
        return False

    def closed_count(self, f: Fig, items: int) -> None:
        """A closed list's check: ``items`` named against the count ``f`` states (a difference is a slip)."""
        ok = items == f.value
        msg = f"{items} named = {f.shown} ✓" if ok else f"{items} items are named, but the text says {f.shown}"
        self.add({"kind": "list_count", "whole": f.id, "parts": [], "items": items, "open_list": False,
                  "status": "pass" if ok else "fail", "message": msg})

    def last_joiner(self, at: int, seg: str, joiners: tuple[str, ...]) -> str:
        """The joiner word (和, 及, 以及, 与) in the last 、-item ``seg`` starting at ``at``, when the
        tokenizer reads it as a word of its own (the 和 of 和平 joins nothing), else ''."""
        toks = self.doc.tokens
        for j in sorted(joiners, key=len, reverse=True):
            k = seg.find(j)
            while k >= 0:
                if not toks:
                    return j
                i = bisect_left(self.token_starts(), at + k)
                if i < len(toks) and toks[i][1] == at + k and toks[i][0] == j:
                    return j
                # (or the end of a conjunction the tokenizer glued to the word before: 小龙舟|组和|女子组)
                if 0 < i <= len(toks) and toks[i - 1][2] == at + k + len(j) and toks[i - 1][0].endswith(j) \
                        and toks[i - 1][3] == "c":
                    return j
                k = seg.find(j, k + 1)
        return ""

    def comma_items(self, clause_start: int) -> int | None:
        """Count short comma-separated items ending at ``clause_start`` (the clause holding 等)."""
        ss, _ = self.tx.sent_span(clause_start)
        n, end = 1, clause_start - 1
        while end > ss:
            start = max(self.t.rfind(c, ss, end) for c in "，,")
            seg = self.t[max(start + 1, ss):end]
            if not seg or len(seg) > 12 or _COMMA_ITEM_STOP.search(seg) or _STRONG_SEP.search(seg):
                break
            n += 1
            if start < ss:
                break
            end = start
        return n if n >= 3 else None
