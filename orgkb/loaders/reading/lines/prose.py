"""The organization's duties stated in prose: sentences of a unit's paragraph that say what the
organization itself does ("The Water Section maintains the mains. The department also develops ...",
"In so doing, the department manages ...", "They also maintain ..."), and paragraphs whose subject is
left out because it is the page's organization ("主要负责应急管理工作，……").

Each function reads text with the page language's `Cues`; none holds words of a language.
"""

from __future__ import annotations

from orgkb.loaders.reading.roles.cues import Cues

_LEAD_WORDS = 5  # at most this many words of a clause leading in to the subject ("In so doing, the ...")


def head_noun(name: str, cues: Cues) -> str | None:
    """The noun that heads an organization's name, lower case, the word its prose refers back to it by
    ("Public Works Department" -> "department", "Department of Public Works" -> "department"), or None
    when the name ends in no organization's noun."""
    head = cues.head_of.split(name, maxsplit=1)[0].strip()
    if not head:
        return None
    last = head.split()[-1]
    # the noun printed in lower case after a capitalized name: "Transportation and Infrastructure department";
    # a team's or a division's page refers back to it as "the team", "the division" too
    capitalized = last[:1].upper() + last[1:]
    if not any(end.search(head) or end.search(capitalized) for end in (cues.organization_end, cues.unit_end)):
        return None
    return last.lower()


def refers_to_organization(sentence: str, noun: str, cues: Cues) -> bool:
    """Whether a sentence says what the organization does, naming it by its head noun as its subject
    ("The department also develops ...", "In so doing, the department manages ...")."""
    if cues.refers_back is None or cues.acts is None:
        return False
    lead, comma, rest = sentence.partition(", ")
    candidates = [sentence, rest] if comma and cues.words(lead) <= _LEAD_WORDS else [sentence]
    for candidate in candidates:
        candidate = candidate[:1].upper() + candidate[1:]
        found = cues.refers_back.match(candidate)
        if found is not None and found.group("noun") == noun and cues.acts.match(candidate, found.end()):
            return True
    return False


def organizations_sentences(
    paragraph: str, name: str, cues: Cues, unit: str | None = None
) -> tuple[list[str], list[str]]:
    """A paragraph parted into (the sentences that are not the organization's, the sentences that are the
    organization `name`'s duties): a sentence naming the organization by its head noun as the one that
    acts, and a sentence after it carrying its subject on (`Cues.carries_subject`: "They also maintain
    ..."). In the paragraph of a `unit` named by the same noun ("Party Affairs Office" of a "Sub-district
    Office") "the office" is the unit: none is the organization's."""
    noun = head_noun(name, cues)
    if noun is None or cues.sentences is None or (unit is not None and _last_word(unit) == noun):
        return [paragraph], []
    own: list[str] = []
    organizations: list[str] = []
    previous_was_organizations = False
    for sentence in cues.sentences(paragraph):
        carried = (
            previous_was_organizations
            and cues.carries_subject is not None
            and cues.carries_subject.match(sentence) is not None
        )
        leads_in = sentence.rstrip().endswith((":", "："))  # "This division is responsible for:" leads in to a list
        if not leads_in and (carried or refers_to_organization(sentence, noun, cues)):
            organizations.append(sentence)
            previous_was_organizations = True
        else:
            own.append(sentence)
            previous_was_organizations = False
    return own, organizations


def states_own_duty(paragraph: str, cues: Cues) -> bool:
    """Whether a paragraph of prose about the organization opens with its duty, the organization left
    unnamed as the subject ("主要负责应急管理工作，……", `Cues.subjectless_duty`)."""
    return cues.subjectless_duty is not None and cues.subjectless_duty.match(paragraph) is not None


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""
