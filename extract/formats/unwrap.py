"""A PDF page's text as written: the soft line breaks of its layout joined, hyphenation undone.

A PDF holds lines, not paragraphs: every visual line ends in a newline, so a sentence that
wraps would be split there. A break is kept (hard) when a paragraph or a heading ends there:
a blank line on either side, a line clearly shorter than the page's full lines, or a next line
that starts a list item. Every other break is soft and becomes a space; a word hyphenated
across it (`traf-` + `ficking`) is joined whole.
"""

from __future__ import annotations

import re

# A line this much shorter than the page's full lines ends a paragraph (or is a heading).
SHORT_LINE = 0.75
_ITEM = re.compile(r"^\s*([-•*–·▪]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s")
_HYPHENATED = re.compile(r"[^\W\d_]-$")


def _full_width(lines: list[str]) -> int:
    """The length of the page's full lines: the 80th percentile of its non-blank lines."""
    lengths = sorted(len(line) for line in lines if line.strip())
    return lengths[int(len(lengths) * 0.8)] if lengths else 0


def _soft(line: str, following: str, width: int) -> bool:
    """True when the break between the two lines is a wrap inside a paragraph."""
    if not line.strip() or not following.strip() or _ITEM.match(following):
        return False
    return len(line) >= SHORT_LINE * width


def unwrap_lines(page: str) -> str:
    """The page with its soft breaks joined (see the module's docstring)."""
    lines = [line.rstrip() for line in page.split("\n")]
    width = _full_width(lines)
    out: list[str] = []
    for index, line in enumerate(lines):
        if index and _soft(lines[index - 1], line, width):
            previous = out[-1]
            if _HYPHENATED.search(previous) and line.lstrip()[:1].islower():
                out[-1] = previous[:-1] + line.lstrip()
            else:
                out[-1] = previous + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)
