"""How the person writes mail, read from what they sent: how they greet, how they sign off, whether they capitalise.

A draft she saves should look like theirs ("Hey Amy!" … "Cheers, T") rather than a form letter. What is read is
legible and checkable against their Sent folder:
- the greeting: the first line of a sent mail when it is short and opens with hi/hey/hello/dear/morning…, with the
  recipient's name in it made a slot ("Hey {name}!"); no greeting when they start straight in;
- the sign-off: a short closing line (Cheers, Best, Thanks, Love, x…) and the name they sign with, above any quoted
  reply;
- lower case: someone whose mails mostly start in lower case gets a draft that does too.
Their habit with this recipient wins; otherwise their most common one; otherwise a plain "Hi {name}," and the name
she knows them by. Only their words in the body are theirs ("saying I'll be there at 8"): nothing is invented.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from samantha.skills.mail.messages import Mail

GREETING = re.compile(
    r"^(?:hi|hey|hello|hiya|dear|morning|good morning|afternoon|good afternoon|evening|good evening|yo|howdy)\b",
    re.IGNORECASE,
)
CLOSING = re.compile(
    r"^(?:best(?: wishes)?|all the best|cheers|thanks(?: again| so much)?|thank you|many thanks|regards|kind regards|"
    r"warm(?:est)? regards|love|lots of love|speak soon|talk soon|see you(?: soon)?|take care|yours|x+|xx+)\b[,.!]*"
    r"(?:\s+[\w.]{1,20})?$",
    re.IGNORECASE,
)
QUOTED_REPLY = re.compile(r"^(?:>|On .{5,80} wrote:$|-{2,} ?Original Message|From: )")
SIGNATURE_DASH = "-- "


@dataclass(frozen=True)
class Habits:
    greeting: str = "Hi {name},"  # "" when they start straight in
    closing: str = ""  # "Cheers," / "x" / "" (the line above the name)
    signature: str = ""  # the name they sign with ("" → the name she knows them by)
    lower_case: bool = False


def own_lines(body: str) -> list[str]:
    """The lines of a mail they wrote, above a quoted reply or a "-- " signature block, without blank ends."""
    lines = []
    for line in body.replace("\r\n", "\n").split("\n"):
        if QUOTED_REPLY.match(line.strip()) or line == SIGNATURE_DASH:
            break
        lines.append(line.rstrip())
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return lines


def greeting_of(lines: list[str]) -> str | None:
    """Their greeting with the recipient's name as {name}; "" when they start straight in; None: can't tell."""
    if not lines:
        return None
    first = lines[0].strip()
    if len(first) > 40 or not GREETING.match(first):
        return ""
    opener = GREETING.match(first).group(0)
    rest = first[len(opener) :]
    named = re.sub(r"^(\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?", r"\1{name}", rest, count=1)
    return opener + named


def sign_off_of(lines: list[str]) -> tuple[str, str] | None:
    """(closing line, signed name) at the end of their lines; None when the mail ends without one."""
    tail = [x.strip() for x in lines[-3:] if x.strip()]
    if not tail:
        return None
    last = tail[-1]
    if CLOSING.match(last):  # "Cheers, Theo" or "x" on one line
        words = last.split()
        if len(words) > 1 and words[-1][:1].isupper() and not CLOSING.match(words[-1]):
            return " ".join(words[:-1]), words[-1]
        return last, ""
    if len(tail) >= 2 and CLOSING.match(tail[-2]) and len(last) <= 25 and len(last.split()) <= 3:
        return tail[-2], last
    return None


def habits(sent: list[Mail], to: str = "") -> Habits:
    """Their habits, from their sent mails (those to `to` first)."""
    mine = [own_lines(m.body) for m in sent if m.body.strip()]
    if not mine:
        return Habits()
    to_them = [own_lines(m.body) for m in sent if to and to.lower() in (a.lower() for a in m.to) and m.body.strip()]
    greetings = _most_common([g for g in map(greeting_of, to_them) if g is not None]) or _most_common(
        [g for g in map(greeting_of, mine) if g is not None]
    )
    offs = _most_common([s for s in map(sign_off_of, to_them) if s]) or _most_common(
        [s for s in map(sign_off_of, mine) if s]
    )
    starts = [x[0].strip()[:1] for x in mine if x and x[0].strip()[:1].isalpha()]
    lower = len(starts) >= 3 and sum(c.islower() for c in starts) / len(starts) >= 0.6
    closing, signature = offs if offs else ("", "")
    return Habits(greetings if greetings is not None else "Hi {name},", closing, signature, lower)


def _most_common(items: list):
    return Counter(items).most_common(1)[0][0] if items else None


def compose(habits: Habits, name: str, what: str, known_as: str = "") -> str:
    """The body of a draft in their way: their greeting, their words, their sign-off."""
    said = what.strip()
    if said and said[-1] not in ".!?":
        said += "."
    said = (said[:1].lower() if habits.lower_case else said[:1].upper()) + said[1:]
    lines = []
    if habits.greeting:
        lines += [habits.greeting.replace("{name}", name), ""]
    lines.append(said)
    signature = habits.signature or known_as
    ending = [x for x in (habits.closing, signature) if x]
    if ending:
        lines += ["", *ending]
    return "\n".join(lines) + "\n"
