"""HTML to plain text for content matching: fast, forgiving, linear, never raises.

Not a renderer: the aim is the words a reader (or a filter) should see. Script, style and template
blocks and CDATA are dropped (mail clients never show them; <head>, <noscript> and the like are kept,
since an unclosed one must not hide a body), comments vanish without a trace (`대<!-- x -->출` reads 대출),
block tags become newlines and inline tags vanish (`무<b></b>료` reads 무료), runs of spaces are squeezed
(single spaces are left alone), character references are unescaped (named and numeric, `&#44305;` is 광),
and `alt`/`title` text of images is kept (image-only spam often carries its words there).

Hidden text: an element the reader cannot see (inline style `display:none`, `visibility:hidden`,
`opacity:0`, a font size of 0 or 1 px/pt, text colour (nearly) equal to its background, the `hidden`
attribute, or a class that a <style> block hides with a plain class selector such as `.x{display:none}`)
is cut out of the visible text and returned on its own (`visible_and_hidden`): spammers hide paragraphs
of ordinary words there to dilute the spam, or keywords the reader should not see. In doubt the text
counts as visible, so that hiding cannot be used to walk around a keyword: an unclosed hiding element
hides only up to the next tag, a hidden paragraph ends at the next block element, and a text colour is
compared with the document's background only when no element sets a background of its own.

Cost: precompiled regular expressions (literal replacements; Python code only for images and for tags
that may hide something) and `html.unescape` rather than `html.parser.HTMLParser`, whose per-tag Python
callbacks cost 3-7x more (measured: 4 KB of paragraphs 23 µs against 74 µs; a 19 KB table of 1,800 tags
0.6 ms against 4.2 ms). Every pattern is linear in the input: a tag is `<` up to the next `>` with no `<`
in between (possessive, so an unclosed tag fails at the next `<` instead of rescanning the rest of the
document: a 273 KB body of unclosed `<a` took 34 s with `[^>]*`). A `<` inside a quoted attribute
therefore ends nothing and leaves a little attribute text visible, which for matching does no harm.
Markup beyond MAX_HTML_CHARS is not looked at.
"""

from __future__ import annotations

import functools
import html
import re

MAX_HTML_CHARS = 1024 * 1024
MAX_ATTRIBUTE_CHARS = 4096  # of one tag, looked at for alt/title/style
MAX_HIDING_TAGS = 2000  # beyond this many hiding elements the rest counts as visible
MAX_HIDING_NAMES = 8  # distinct element names searched for their end tags
MAX_HIDING_CLASSES = 64  # class names a <style> block hides that are looked for


def _ci(word: str) -> str:
    """`div` -> `[dD][iI][vV]`: case-insensitive without re.IGNORECASE, which costs 5-8x here (it stops the
    regex engine from skipping ahead to the next '<')."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)


def _trie(words: tuple[str, ...]) -> str:
    """A regex for any of `words`, case-insensitive, branching one letter at a time (a flat alternation of
    30 tag names costs 10x more: the engine would try every name at every tag)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [_ci(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_TAG_REST = r"[^<>]*+>"  # the rest of a tag: possessive, so an unclosed tag fails at once
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)  # unterminated: to the end, as browsers do
_DROP = re.compile(
    "|".join(rf"<{_ci(name)}\b{_TAG_REST}.*?(?:</{_ci(name)}\s*+>|\Z)" for name in ("script", "style", "template"))
    # ^ never displayed (mail clients run no script)
    + r"|<!\[CDATA\[.*?(?:\]\]>|\Z)",
    re.DOTALL,
)
_ALT = re.compile(r"""\s(?:alt|title)\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s>]++))""", re.IGNORECASE)
_IMAGE = re.compile(rf"<(?:{_ci('img')}|{_ci('area')}|{_ci('input')})\b{_TAG_REST}")
_BLOCK_NAMES = (
    "p",
    "br",
    "div",
    "tr",
    "li",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "hr",
    "title",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
    "dl",
    "center",
    "form",
    "td",
    "th",
    "address",
    "body",
)
_BLOCK_TAG = re.compile(rf"</?{_trie(_BLOCK_NAMES)}\b{_TAG_REST}")
_ANY_TAG = re.compile(rf"</?[a-zA-Z]{_TAG_REST}|<!{_TAG_REST}|<\?{_TAG_REST}")
_RUNS = re.compile(r"[ \t\r\f\v]{2,}")  # single spaces are left alone: matching them all is slow
_LINE_BREAKS = re.compile(r"\n[ \t\r\f\v\n]++")

# --- hidden text ------------------------------------------------------------------------------------------
# Words that a hiding tag must hold; markup without any of them skips the hidden-text pass.
_HIDING_HINT = re.compile("|".join(_ci(word) for word in ("style", "color", "hidden")))
_OPEN_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*+)(\s[^<>]*+)>")
_STYLE = re.compile(r"""(?:^|\s)style\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s>]++))""", re.IGNORECASE)
_COLOR_ATTRIBUTE = re.compile(r"""(?:^|\s)(color|bgcolor)\s*+=\s*+["']?+([^"'\s>]{1,40})""", re.IGNORECASE)
_HIDDEN_ATTRIBUTE = re.compile(r"(?:^|\s)hidden(?=[\s=/]|$)", re.IGNORECASE)
_SIZE = re.compile(r"(-?[0-9]*\.?[0-9]+)\s*([a-z%]*)")
_HEX = re.compile(r"#([0-9a-f]{6}|[0-9a-f]{3})(?![0-9a-f])")
_RGB = re.compile(r"rgba?\(\s*([0-9]{1,3})\s*,\s*([0-9]{1,3})\s*,\s*([0-9]{1,3})")
_STYLE_BLOCK = re.compile(rf"<{_ci('style')}\b{_TAG_REST}(.*?)(?:</{_ci('style')}\s*+>|\Z)", re.DOTALL)
_CSS_RULE = re.compile(r"(?:^|(?<=[{}]))([^{}]*+)\{([^{}]*+)\}")  # starts only after a brace: linear
_CLASS_SELECTOR = re.compile(r"[a-zA-Z0-9]*\.([\w-]+)")
_CLASS = re.compile(r"""(?:^|\s)class\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s>]++))""", re.IGNORECASE)
_CLASS_HINT = re.compile(_ci("class"))
_P_CLOSER_NAMES = (
    "address",
    "article",
    "blockquote",
    "center",
    "div",
    "dl",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
)
_P_CLOSERS = re.compile(rf"<{_trie(_P_CLOSER_NAMES)}\b")
_VOID = frozenset(("img", "br", "hr", "input", "meta", "link", "area", "wbr", "col", "source", "embed", "param"))
_NAMED_COLORS = {
    "white": (255, 255, 255),
    "black": (0, 0, 0),
    "red": (255, 0, 0),
    "blue": (0, 0, 255),
    "green": (0, 128, 0),
    "yellow": (255, 255, 0),
    "gray": (128, 128, 128),
    "grey": (128, 128, 128),
    "silver": (192, 192, 192),
    "whitesmoke": (245, 245, 245),
    "snow": (255, 250, 250),
    "ivory": (255, 255, 240),
    "navy": (0, 0, 128),
}
_WHITE = (255, 255, 255)
_SAME_COLOR = 12  # largest difference per channel that a reader cannot tell from the background


def _color(value: str) -> tuple[int, int, int] | None:
    value = value.strip().lower()
    found = _HEX.match(value)
    if found:
        digits = found.group(1)
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    found = _RGB.match(value)
    if found:
        return tuple(min(255, int(found.group(i))) for i in (1, 2, 3))  # type: ignore[return-value]
    first = value.split()[0] if value.split() else ""
    return _NAMED_COLORS.get(first)


def _style(attributes: str) -> dict[str, str]:
    found = _STYLE.search(attributes)
    if found is None:
        return {}
    return _declarations(found.group(1) or found.group(2) or found.group(3) or "")


def _tiny(size: str) -> bool:
    found = _SIZE.match(size)
    if found is None:
        return False
    number, unit = float(found.group(1)), found.group(2)
    return number <= 0 or (number <= 1 and unit in ("px", "pt"))


class _Colors:
    """Text and background colour of one tag (None where the tag does not set one)."""

    def __init__(self, name: str, attributes: str, style: dict[str, str]) -> None:
        text = style.get("color")
        background = style.get("background-color") or style.get("background")
        for found in _COLOR_ATTRIBUTE.finditer(attributes):
            if found.group(1).lower() == "color" and name == "font" and text is None:
                text = found.group(2)
            elif found.group(1).lower() == "bgcolor" and background is None:
                background = found.group(2)
        self.text = _color(text) if text else None
        self.background = _color(background) if background else None
        self.sets_background = background is not None


def _same(one: tuple[int, int, int], other: tuple[int, int, int]) -> bool:
    return max(abs(a - b) for a, b in zip(one, other)) <= _SAME_COLOR


@functools.lru_cache(maxsize=1024)
def _tag_facts(name: str, attributes: str) -> tuple[bool, tuple[int, int, int] | None, _Colors]:
    """Whether the tag hides its content by style or attribute, and its colours (cached: mail templates
    repeat the same style attributes on every cell)."""
    style = _style(attributes)
    colors = _Colors(name, attributes, style)
    hides = _declarations_hide(style) or (name != "input" and _HIDDEN_ATTRIBUTE.search(attributes) is not None)
    return hides, colors.text, colors


def _declarations_hide(style: dict[str, str]) -> bool:
    return (
        style.get("display", "").startswith("none")
        or style.get("visibility", "").startswith(("hidden", "collapse"))
        or style.get("opacity", "").strip() in ("0", "0.0", "0%")
        or _tiny(style.get("font-size", "1em"))
    )


def _declarations(text: str) -> dict[str, str]:
    declarations: dict[str, str] = {}
    for declaration in text.lower().split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            declarations[name.strip()] = value.replace("!important", "").strip()
    return declarations


def _hiding_classes(markup: str) -> frozenset[str]:
    """Class names that a <style> block hides with a plain class selector (`.x{display:none}`, `p.x{...}`)."""
    classes: set[str] = set()
    for block in _STYLE_BLOCK.finditer(markup):
        for rule in _CSS_RULE.finditer(block.group(1)):
            if not _declarations_hide(_declarations(rule.group(2))):
                continue
            for selector in rule.group(1).split(","):
                found = _CLASS_SELECTOR.fullmatch(selector.strip())
                if found and len(classes) < MAX_HIDING_CLASSES:
                    classes.add(found.group(1))
    return frozenset(classes)


def _has_class(attributes: str, classes: frozenset[str]) -> bool:
    found = _CLASS.search(attributes)
    return found is not None and not classes.isdisjoint(
        (found.group(1) or found.group(2) or found.group(3) or "").split()
    )


def _hiding_tags(markup: str, classes: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, lower-case name) of every open tag that hides its content."""
    candidates = []
    document_background: tuple[int, int, int] | None = _WHITE
    other_backgrounds = False
    for found in _OPEN_TAG.finditer(markup):
        attributes = found.group(2)
        by_class = (
            bool(classes)
            and _CLASS_HINT.search(attributes) is not None
            and _has_class(attributes[:MAX_ATTRIBUTE_CHARS], classes)
        )
        if not by_class and _HIDING_HINT.search(attributes) is None:
            continue
        name = found.group(1).lower()
        hides, text_color, colors = _tag_facts(name, attributes[:MAX_ATTRIBUTE_CHARS])
        hides = hides or by_class
        if colors.sets_background:
            if name == "body":
                document_background = colors.background
            else:
                other_backgrounds = True
        if hides or text_color is not None:
            candidates.append((found.start(), found.end(), name, hides, colors))
    hiding = []
    for start, end, name, hides, colors in candidates:
        if not hides and colors.text is not None and name != "body":
            if colors.background is not None:
                hides = _same(colors.text, colors.background)
            elif not other_backgrounds and document_background is not None:
                hides = _same(colors.text, document_background)
        if hides:
            hiding.append((start, end, name))
            if len(hiding) >= MAX_HIDING_TAGS:
                break
    return hiding


_ELEMENT_TAGS: dict[str, re.Pattern[str]] = {}


def _element_ends(markup: str, name: str) -> dict[int, int]:
    """Start of each open tag named `name` -> end of its matching end tag (one linear pass, a stack)."""
    pattern = _ELEMENT_TAGS.get(name)
    if pattern is None:
        pattern = re.compile(rf"<(/?){_ci(name)}(?![a-zA-Z0-9])[^<>]*+>")
        if len(_ELEMENT_TAGS) < 256:
            _ELEMENT_TAGS[name] = pattern
    ends: dict[int, int] = {}
    stack: list[int] = []
    for found in pattern.finditer(markup):
        if found.group(1):
            if stack:
                ends[stack.pop()] = found.end()
        elif not found.group(0).endswith("/>"):
            stack.append(found.start())
    return ends


def _hidden_regions(markup: str, classes: frozenset[str]) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    ends_by_name: dict[str, dict[int, int]] = {}
    for start, end, name in _hiding_tags(markup, classes):
        if regions and start < regions[-1][1]:
            continue  # inside a region already hidden
        if name in _VOID:
            regions.append((start, end))
            continue
        ends = ends_by_name.get(name)
        if ends is None:
            if len(ends_by_name) >= MAX_HIDING_NAMES:
                continue
            ends = ends_by_name[name] = _element_ends(markup, name)
        close = ends.get(start)
        if close is None:  # unclosed: hide only up to the next tag (in doubt, text is visible)
            following = markup.find("<", end)
            close = len(markup) if following < 0 else following
        elif name == "p":  # a block element ends a paragraph, whatever end tag comes later
            block = _P_CLOSERS.search(markup, end, close)
            if block is not None:
                close = block.start()
        regions.append((start, close))
    return regions


def _image(match: re.Match[str]) -> str:
    found = _ALT.search(match.group(0), 0, MAX_ATTRIBUTE_CHARS)
    if found:
        return " " + (found.group(1) or found.group(2) or found.group(3) or "") + " "
    return ""


def _to_text(markup: str) -> str:
    if "<" in markup:
        markup = _DROP.sub("\n", markup)
        markup = _IMAGE.sub(_image, markup)
        markup = _BLOCK_TAG.sub("\n", markup)
        markup = _ANY_TAG.sub("", markup)  # inline tags vanish: "무<b></b>료" and "vi<i></i>agra" read as words
    if "&" in markup:
        markup = html.unescape(markup)
    markup = markup.replace("\u00a0", " ")
    if "  " in markup or "\t" in markup:
        markup = _RUNS.sub(" ", markup)
    markup = _LINE_BREAKS.sub("\n", markup)
    return markup.strip()


def visible_and_hidden(markup: str) -> tuple[str, str]:
    """The text a reader sees and the text hidden from the reader, of an HTML document or fragment."""
    markup = markup[:MAX_HTML_CHARS]
    if "<" not in markup:
        return _to_text(markup), ""
    if "<!--" in markup:
        markup = _COMMENT.sub("", markup)
    if _HIDING_HINT.search(markup) is None:
        return _to_text(markup), ""
    classes = _hiding_classes(markup) if _STYLE_BLOCK.search(markup) else frozenset()
    markup = _DROP.sub("\n", markup)  # no hiding tags inside scripts or styles
    regions = _hidden_regions(markup, classes)
    if not regions:
        return _to_text(markup), ""
    visible: list[str] = []
    hidden: list[str] = []
    position = 0
    for start, end in regions:
        visible.append(markup[position:start])
        hidden.append(markup[start:end])
        position = end
    visible.append(markup[position:])
    hidden_text = "\n".join(text for text in map(_to_text, hidden) if text)
    return _to_text("".join(visible)), hidden_text


def html_to_text(markup: str) -> str:
    """The visible text of an HTML document or fragment (entities unescaped, whitespace squeezed)."""
    return visible_and_hidden(markup)[0]
