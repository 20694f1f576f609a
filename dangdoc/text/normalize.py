"""Character folding that keeps offsets into the caller's text.

Real text writes the same identifier many ways: en and em dashes for ``-``, a fullwidth
slash, ``Ð`` (U+00D0, Icelandic eth) for ``Đ``, non-breaking spaces, decomposed
diacritics. :func:`fold` rewrites the one-for-one cases without changing the length, so
an offset into the folded text is an offset into the original. :func:`prepare` also
composes decomposed diacritics and drops invisible characters, which changes the
length, and returns the map back to the original offsets.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata

import attrs

from ..vocab.orthography import TONE_PAIRS

_ONE_FOR_ONE = str.maketrans(
    {
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
        "\ufe63": "-",  # small hyphen-minus
        "\uff0d": "-",  # fullwidth hyphen-minus
        "\uff0f": "/",  # fullwidth solidus
        "\u2044": "/",  # fraction slash
        "\u2215": "/",  # division slash
        "\u00d0": "Đ",  # Ð (eth) typed for Đ
        "\u0189": "Đ",  # Ɖ (African D) typed for Đ
        "\u00f0": "đ",  # ð typed for đ
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u3000": " ",  # ideographic space
    }
)

# Characters that change length when handled: combining marks are composed onto their
# base letter; zero-width characters and the soft hyphen are dropped.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# what prepare() rewrites: a character with its combining marks, or an invisible character
_SPECIAL = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]|.[\u0300-\u036f]+", re.DOTALL)


def _needs_map(text: str) -> bool:
    # two C-speed checks; a regex character-class search is several times slower
    return not unicodedata.is_normalized("NFC", text) or any(ch in text for ch in _INVISIBLE)


def fold(text: str) -> str:
    """Fold look-alike characters, keeping the length.

    >>> fold("05 \u2013 CT/T\u01afW \u00d0")
    '05 - CT/TƯW Đ'
    >>> len(fold("a\u2014b")) == len("a\u2014b")
    True
    """
    return text.translate(_ONE_FOR_ONE)


@attrs.frozen
class Prepared:
    """Text ready for scanning, with the way back to the caller's offsets.

    ``segments`` is None when ``text`` has the caller's offsets already. Otherwise it is a
    sorted tuple of ``(start, original, step)``: from offset ``start`` of ``text`` on, an
    offset ``i`` is ``original + step * (i - start)`` in the caller's text (``step`` is 0
    inside a composed letter, which maps to where its letter began). Its size grows with
    the number of rewritten places, not with the length of the text.
    """

    text: str
    segments: tuple[tuple[int, int, int], ...] | None = None

    @property
    def offsets(self) -> tuple[int, ...] | None:
        """Every offset mapped, for inspection (``None`` when nothing moved)."""
        if self.segments is None:
            return None
        return tuple(self.original(i) for i in range(len(self.text) + 1))

    def original(self, i: int) -> int:
        """The caller's offset for offset ``i`` into the prepared text."""
        if self.segments is None:
            return i
        start, original, step = self.segments[bisect.bisect_right(self.segments, (i, math.inf, math.inf)) - 1]
        return original + step * (i - start)


# characters that end a line other than "\n" (vertical tab, form feed, the separators of
# files, groups, records and units, next line, line and paragraph separators): the patterns'
# spaces are any space but "\n", so these are read as "\n", one for one
_LINE_ENDS = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
_AS_NEWLINE = str.maketrans(dict.fromkeys(_LINE_ENDS, "\n"))


def _line_ends_as_newlines(text: str) -> str:
    # a few C-speed scans; most text has none of them
    return text.translate(_AS_NEWLINE) if any(ch in text for ch in _LINE_ENDS) else text


def prepare(text: str) -> Prepared:
    """Compose decomposed diacritics and drop invisible characters, keeping the way back.

    Most text needs neither, and is returned as it is. One-for-one look-alikes are not
    folded here: the scanner accepts them, and :func:`fold` cleans each window it reads.
    Line ends other than "\n" (U+2028, U+2029, form feed ...) are read as "\n".

    >>> p = prepare("Chi\u0309 thi\u0323 05")
    >>> p.text
    'Chỉ thị 05'
    >>> p.original(len(p.text)), p.original(2), p.original(3)
    (12, 2, 4)
    >>> prepare("05-CT/TW").segments is None
    True
    """
    text = _line_ends_as_newlines(text)  # one for one: the offsets stay the caller's
    if not _needs_map(text):
        return Prepared(text)
    pieces: list[str] = []
    segments: list[tuple[int, int, int]] = [(0, 0, 1)]
    pos = at = 0  # where we are in the caller's text and in the prepared one
    for m in _SPECIAL.finditer(text):
        pieces.append(text[pos : m.start()])
        at += m.start() - pos
        if m.group()[0] not in _INVISIBLE:  # a letter and its combining marks: compose them
            cluster = unicodedata.normalize("NFC", m.group())
            pieces.append(cluster)
            segments.append((at, m.start(), 0))
            at += len(cluster)
        pos = m.end()
        segments.append((at, pos, 1))
    pieces.append(text[pos:])
    return Prepared("".join(pieces), tuple(segments))


# names are compared and reported in the modern tone placement: old → modern, in each case
_TONE_PAIRS = {old: modern for modern, old in TONE_PAIRS.items()}
_TONE_PAIRS.update({k.upper(): v.upper() for k, v in list(_TONE_PAIRS.items())})
_TONE_PAIRS.update({k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in list(_TONE_PAIRS.items()) if k.islower()})
# only at the end of a syllable ("hoà", not "hoàn") and not after q ("quý" stays)
_TONE_RE = re.compile("(?<![qQ])(?:" + "|".join(_TONE_PAIRS) + r")(?![^\W\d_])")


def modern_tone(text: str) -> str:
    """Move tone marks to the modern position, keeping the length.

    >>> modern_tone("Tỉnh uỷ, khoá XI, Đoàn, quý")
    'Tỉnh ủy, khóa XI, Đoàn, quý'
    """
    return _TONE_RE.sub(lambda m: _TONE_PAIRS[m.group()], text)


def squash_spaces(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends.

    >>> squash_spaces(" Ban  Bí\\nthư ")
    'Ban Bí thư'
    """
    return " ".join(text.split())


def plain(text: str) -> str:
    """Lower case without diacritics, for comparisons a user types loosely.

    >>> plain("Quảng Nam"), plain("Đắk Lắk")
    ('quang nam', 'dak lak')
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
