"""Renders a corpus page dump and its gold annotation from one description (see pages.py).

Counts, `first`/`last`, `joins` and `duplicates` are derived from the same text that is printed, so the
gold cannot disagree with the page on them; the judgement calls (kind, byline, authors, sections) are
written in pages.py and explained in each item's notes.
"""
import json, os, re
from pathlib import Path

# ../shared/corpus/external/text beside the project root
SRC = str(Path(__file__).resolve().parents[5].parent / "shared" / "corpus" / "external" / "text") + "/"
_cache = {}
def src(name, n):
    """Line n (1-based) of an external text, without its indent and CR."""
    if name not in _cache:
        with open(SRC + name, encoding="utf-8") as f:
            _cache[name] = f.read().replace("\r", "").split("\n")
    return _cache[name][n - 1].strip(" \u3000")

def sents(text, n):
    """The first n sentences of a paragraph; a sentence ends in 。！？… outside quotation marks
    (closing quotation marks right after the mark belong to it)."""
    depth, count, i = 0, 0, 0
    while i < len(text):
        c = text[i]
        if c in "“‘「":
            depth += 1
        elif c in "”’」":
            depth = max(0, depth - 1)
        if c in "。！？…" and depth == 0 or (c in "”’」" and depth == 0 and i > 0 and text[i - 1] in "。！？…"):
            j = i + 1
            while j < len(text) and text[j] in "…”’」":
                if text[j] in "”’」":
                    depth = max(0, depth - 1)
                j += 1
            if depth == 0:
                count += 1
                if count == n:
                    return text[:j]
            i = j
            continue
        i += 1
    return text

class Art:
    def __init__(self, title, paras, kicker=None, subtitles=(), column=None, column_line=None,
                 byline=None, byline_line=None, trailing=None, glued_trailing=None, dateline=None,
                 authors=(), sections=(), continued_to=None, jump_line=None, splits=None, dup=None,
                 headline_after=0, title_lines=None, notes="", after_lines=(), kind="article",
                 first_line=None, between=None, spaced_first=None):
        self.__dict__.update(locals()); del self.__dict__["self"]
        self.splits = splits or {}

class Photo:
    def __init__(self, caption_lines, credit, authors, glued=False, gap=3, notes="", tag=None):
        self.__dict__.update(locals()); del self.__dict__["self"]

class Raw:
    def __init__(self, lines):
        self.lines = lines

def spaced(s):
    """Letter spacing as PDF extraction prints justified headline lines."""
    return " ".join(s.replace(" ", ""))

class Page:
    def __init__(self, name, items, marks=None, blank=True, indent="", notes=""):
        self.name, self.items, self.marks, self.blank, self.indent = name, items, marks or {}, blank, indent

    def render(self):
        out = []
        def block(line, gap=1):
            if out and self.blank:
                out.extend([""] * gap)
            out.append(line)
        def head(role, text):
            m = self.marks.get(role, "")
            block(m + text if m else text)
        gold = []
        for it in self.items:
            if isinstance(it, Raw):
                for l in it.lines:
                    block(l)
                continue
            if isinstance(it, Photo):
                cap = "".join(it.caption_lines)
                lines = list(it.caption_lines)
                if it.glued:
                    lines[-1] = lines[-1] + it.credit
                first = True
                for l in lines:
                    block(self.indent + l, gap=it.gap if first else 1); first = False
                if not it.glued and it.credit:
                    block(self.indent + it.credit, gap=1 if lines else it.gap)
                credit = re.sub(r"（影像中国）$", "", (it.credit or "").strip(" \u00a0\u3000")) or None
                gold.append(dict(kind="photo", column=None, kicker=None, title=None, subtitles=[],
                                 byline=credit, dateline=None, authors=list(it.authors), sections=[],
                                 paragraphs=0, first=cap[:12] if cap else None, last=cap[-12:] if cap else None,
                                 continued_to=None, joins=[], duplicates=[], caption=cap or None, notes=it.notes))
                continue
            a = it
            joins, dups = [], []
            # logical paragraphs with their section heading
            seq = [(None, p) for p in a.paras]
            for h, ps in a.sections:
                seq.append((h, None))
                seq.extend((h, p) for p in ps)
            body_lines = []
            pi = 0
            all_paras = []
            for h, p in seq:
                if p is None:
                    body_lines.append(("section", h)); continue
                text = p
                if pi == 0 and a.dateline and not text.replace('\xa0',' ').startswith(a.dateline.replace('\xa0',' ')):
                    raise SystemExit(f"{self.name}: dateline not at start of {text[:20]}")
                all_paras.append(text)
                if pi in a.splits:
                    cut = a.splits[pi]
                    if isinstance(cut, int):
                        k = cut
                        if text[k - 1] in "。！？”：；" or text[k] in "。！？”，、：；":
                            raise SystemExit(f"{self.name}: split {cut} at a sentence or clause end in {text[:30]}")
                        cut = text[:k]
                    if cut not in text: raise SystemExit(f"{self.name}: split {cut!r} not in {text[:30]}")
                    k = text.index(cut) + len(cut)
                    if k < 26 or text[k - 1] in "。！？：；" or text[k - 2:k] in ("。”", "！”", "？”"):
                        raise SystemExit(f"{self.name}: split at {k} too early or at a sentence end: {text[:k]}")
                    joins.append(re.sub(r"\s", "", text[max(0, k - 4):k + 4]))
                    body_lines.append(("para", text[:k])); body_lines.append(("cont", text[k:]))
                else:
                    body_lines.append(("para", text))
                if a.dup == pi:
                    dups.append(re.sub(r"\s", "", text)[:14])
                    body_lines.append(("dup", text))
                pi += 1
            def headline():
                if a.kind != "article": return
                if a.column_line: head("column", a.column_line)
                if a.kicker: head("kicker", a.kicker)
                for l in (a.title_lines or [a.title]): head("title", l)
                for s in a.subtitles: head("subtitle", s)
                if a.byline_line: head("byline", a.byline_line)
            if a.first_line: block(a.first_line)
            if not a.headline_after: headline()
            npara = 0
            last_text_idx = None
            for idx, (role, text) in enumerate(body_lines):
                if role == "section":
                    head("section", text); continue
                if role == "para":
                    for l in (a.between or {}).get(npara, []):
                        block(l)
                    npara += 1
                if role == "para" and (a.spaced_first or {}).get(npara - 1):
                    n = a.spaced_first[npara - 1]
                    text = " ".join(text[:n]) + " " + text[n:]
                # a continuation at the top of a column carries no paragraph indent
                indent = "" if role == "cont" or (a.kind == "fragment" and npara == 1 and not a.first_line) else self.indent
                line = indent + text
                if idx == len(body_lines) - 1 and a.glued_trailing:
                    line = line + a.glued_trailing
                block(line)
                if role == "para" and npara == a.headline_after and a.headline_after:
                    # the headline printed under its first paragraphs: the split paragraph ends first
                    if idx + 1 < len(body_lines) and body_lines[idx + 1][0] == "cont":
                        raise SystemExit("headline inside a split")
                    headline()
            if a.trailing: block(self.indent + a.trailing)
            if a.jump_line: block(self.indent + a.jump_line)
            for l in a.after_lines: block(l)
            body0 = all_paras[0] if all_paras else ""
            if a.dateline:
                body0 = body0[len(a.dateline):]
            body0 = body0.lstrip(" \u3000\u00a0")
            g = dict(kind=a.kind, column=a.column, kicker=a.kicker, title=a.title if a.kind == "article" else None,
                     subtitles=list(a.subtitles), byline=a.byline, dateline=a.dateline, authors=list(a.authors),
                     sections=[h for h, _ in a.sections], paragraphs=len(all_paras),
                     first=re.sub(r"^\s+", "", body0)[:12] if all_paras else None,
                     last=all_paras[-1].rstrip()[-12:] if all_paras else None,
                     continued_to=a.continued_to, joins=joins, duplicates=dups, notes=a.notes)
            gold.append(g)
        return "\n".join(out) + "\n", gold

    def write(self, root, split):
        text, gold = self.render()
        d = os.path.join(root, split); os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(d, self.name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump({"source": self.name + ".txt", "items": gold}, f, ensure_ascii=False, indent=2)
            f.write("\n")
