"""Grammatical gender of a speaker, when a first name, a title or a role word tells it.

Used only as a tie-breaker when a gendered pronoun ("he", "she", "il", "elle") is
resolved: a candidate whose known gender disagrees is passed over for the next one,
and an unknown gender never excludes anyone.
"""

from __future__ import annotations

import re

# First names read as one gender in English and French news (ambiguous ones left out:
# Kelly, Lindsey, Jean, Dana, Pat, Sam).
_MALE_NAMES = """
aaron abdul abdullah adam adrian ahmed ahmad alan albert alexander alexei ali andrew andy
angelo anthony antonio ari arnold barack barry ben benjamin bennie bernie bill billy bob bobby
boris brad bradley brandon brian bruce bryan carl carlos charles charlie chris christopher chuck
clarence colin craig dan daniel danny darrell dave david dennis dick don donald doug douglas
dmitry dwight ed eddie edward elijah emmanuel eric ernest evan francis frank franklin fred
gary george gerald glenn gordon greg gregory hakeem hamid harold harry hassan henry herbert
howard hugh ian igor isaac jack jacob jake james jared jason jay jeb jeff jeffrey jens jeremy
jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan
justin karl keith ken kenneth kevin kurt larry lawrence leon louis luis marco
mark martin matt matthew max michael mike mitch mitt mohamed mohammed muhammad nathan ned neil
newt nicholas nick nikolai noah omar orrin oscar patrick paul pete peter phil philip
rahm ralph rand randy raul ray raymond reince richard rick rob robert roger ron ronald roy
rudy russ russell ryan samuel scott sean sergei sergey shaun sherrod stephen steve steven
ted terry thomas tim timothy todd tom tommy tony tyler vladimir walter wayne william willie
yusuf zach
"""

_FEMALE_NAMES = """
abigail alexandra alice alicia alison amanda amy ana andrea angela angelina ann anna anne
annie ashley barbara betsy betty beverly bonnie brenda carly carol caroline carolyn catherine
cathy chelsea cheryl christina christine claire claudia condoleezza cynthia daniela
deborah debbie debra diana diane donna doris dorothy elaine eleanor elena elizabeth ellen
emily emma erin eva evelyn fatima gabrielle gina gloria grace hannah heather heidi helen
hillary holly huma ivanka jane janet janice jeanne jennifer jessica jill joan joanna
joni josephine joyce judith judy julia julie karen kate katherine kathleen kathy
kellyanne kimberly kirsten kristen laura lauren linda lisa liz lori lucy madeleine
maggie margaret maria marie marilyn marsha martha mary megan melania melissa michele
michelle mia monica nancy natalie nicole nikki nina olga olivia pam pamela patricia patty
paula peggy phyllis rachel rebecca rosa rose ruth sally samantha sandra sara sarah sharon
sheila shirley sonia stephanie susan susana suzanne tammy tara teresa theresa tiffany tina
tulsi ursula valerie vanessa victoria virginia wendy yasmin zainab
"""
_MALE = frozenset(_MALE_NAMES.split())
_FEMALE = frozenset(_FEMALE_NAMES.split())

_MALE_WORDS = frozenset({"mr", "sir", "spokesman", "chairman", "congressman", "businessman",
                         "father", "son", "husband", "brother", "king", "monsieur"})
_FEMALE_WORDS = frozenset({"mrs", "ms", "miss", "madam", "spokeswoman", "chairwoman",
                           "congresswoman", "businesswoman", "mother", "daughter", "wife",
                           "sister", "queen", "madame", "mme", "actress"})


def gender_of(*texts: str) -> str | None:
    """"m", "f" or None from a speaker's canonical name or text (tried in order): a title or
    role word with a gender, else a known first name followed by another name ("Maggie
    Hassan"; a lone "Hassan" may be a surname)."""
    for text in texts:
        keys = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
        for k in keys:
            if k in _MALE_WORDS:
                return "m"
            if k in _FEMALE_WORDS:
                return "f"
        names = [w for w in re.findall(r"[^\W\d_]+", text) if w[:1].isupper()
                 and w.casefold() not in _MALE_WORDS | _FEMALE_WORDS]
        if len(names) >= 2:
            first = names[0].casefold()
            if first in _MALE:
                return "m"
            if first in _FEMALE:
                return "f"
    return None
