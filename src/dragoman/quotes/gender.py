"""Grammatical gender of a speaker, when a first name, a title or a role word tells it.

When a gendered pronoun ("he", "she", "il", "elle", "lei") is resolved, a candidate whose
known gender disagrees is never its antecedent; an unknown gender never excludes anyone,
so names read as either gender in some of the languages are left out of the lists.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from dragoman.quotes.lexicon import words
from dragoman.quotes.participles import agent_object
from dragoman.quotes.pronounscope import question_between, quotation_floor
from dragoman.quotes.sentences import in_byline
from dragoman.quotes.speakers import SPEAKER_MEMORY_CHARS, Speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# First names read as one gender in English, French, Italian, Spanish, Portuguese and German
# news, and Arabic given names as English news spells them (ambiguous ones left out: Kelly,
# Lindsey, Jean, Dana, Pat, Sam, Andrea, Michele, Simone, Dominique, Claude, Camille, Nour,
# Jihad; Rana, Iman, Amal and Samar, men's names in South Asia or the US). Compared without
# accents.
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
alain alberto alessandro andre andreas antoine arnaud benoit bernard bruno christian christophe
didier emmanuel fabien fabrice francesco francois frederic friedrich gabriel gerard gilles
giorgio giovanni giuseppe guillaume hans helmut herve horst jacques javier jerome jean-claude
jean-francois jean-louis jean-luc jean-marc jean-marie jean-michel jean-paul jean-pierre
jean-yves joao jurgen klaus laurent luc luca marc lucas manuel markus mathieu matteo michel miguel
nicolas olaf olivier pablo paolo pascal pedro philippe pierre rafael roberto sebastien
sergio stefan stephane sylvain thierry ulrich vincent wolfgang xavier yves
alejandro armin carlo claudio davide diego dieter enrico fabio fernando florian franco gerhard
gianni giulio gunter heinz lars lorenzo luigi luiz mario massimo matthias norbert paulo
raffaele riccardo ricardo rodrigo rolf salvatore santiago sebastian stefano tiago tobias uwe
vittorio werner
bertrand cedric clement damien edouard etienne gael georges gilbert henri hugo jean-baptiste
jean-christophe jean-jacques jean-noel julien lionel loic lucien ludovic marc-antoine marcel
mathias maurice maxime mickael patrice pierre-yves quentin raphael regis remi renaud rene
roland romain serge theo thibault thibaut tristan valentin yann yannick
abed adel anwar ashraf atef ayman bassem bilal emad fadi faisal hamza hani hazem hossam
hussein ibrahim ismail jamal kamal khaled khalid mahmoud majed mansour marwan mostafa mustafa
nabil nasser raed rami samir sobhi talal tarek tariq wael walid yasser youssef yousef ziad
"""

_FEMALE_NAMES = """
abigail alexandra alice alicia alison amanda amy ana angela angelina ann anna anne
annie ashley barbara betsy betty beverly bonnie brenda carly carol caroline carolyn catherine
cathy chelsea cheryl christina christine claire claudia condoleezza cynthia daniela
deborah debbie debra diana diane donna doris dorothy elaine eleanor elena elizabeth ellen
emily emma erin eva evelyn fatima gabrielle gina gloria grace hannah heather heidi helen
hillary holly huma ivanka jane janet janice jeanne jennifer jessica jill joan joanna
joni josephine joyce judith judy julia julie karen kate katherine kathleen kathy
kellyanne kimberly kirsten kristen laura lauren linda lisa liz lori lucy madeleine
maggie margaret maria marie marilyn marsha martha mary megan melania melissa
michelle mia monica nancy natalie nicole nikki nina olga olivia pam pamela patricia patty
paula peggy phyllis rachel rebecca rosa rose ruth sally samantha sandra sara sarah sharon
sheila shirley sonia stephanie susan susana suzanne tammy tara teresa theresa tiffany tina
tulsi ursula valerie vanessa victoria virginia wendy yasmin zainab
agnes amelie annalena anne-marie annick aurelie beatrice brigitte carmen celine chantal
christiane delphine elisabeth elodie emilie florence francoise genevieve giorgia gisele
helene ines isabel isabelle jacqueline juliette karine katrin laure lucia marianne marine
marion martine mathilde monique nathalie pascale pauline petra sabine sandrine segolene
sylvie ute veronique
adriana alessia anja antonella beatriz begona birgit camila chiara cristina dolores elisa
federica fernanda francesca franziska giulia heike ilaria johanna juliana katharina kerstin
luisa marta mercedes nadine nuria paola pilar raffaella raquel renate roberta rocio silke silvia
simona svenja ulrike valentina yolanda
amandine amina anais anne-claire anne-sophie audrey aurore bernadette carole cecile charlotte
chloe christelle clara clementine colette corinne danielle edith elise elsa emmanuelle
estelle fabienne frederique gaelle geraldine ghislaine joelle josiane justine karima
laetitia laurence lea leila louise lucie magali manon marie-christine marie-france
marie-laure marie-pierre maud melanie michele muriel myriam nadege nadia najat noemie nora
odile rachida roselyne sabrina salome samia solene sophie virginie yael yvette zoe
abeer asmaa dalia doaa eman ghada hanan heba hiba huda lubna manal mariam maryam mona nesma
nisreen nesreen noha rania randa reem rima salma sawsan sherine shaimaa suha wafaa yasmine
zeinab
"""
_MALE = frozenset(_MALE_NAMES.split())
_FEMALE = frozenset(_FEMALE_NAMES.split())
# Most words of a short name whose full form the article gave before ("Abu Hatab").
SHORT_NAME_WORDS = 2
# Longest aside in parentheses read back for its opening (pool A: 880 asides, 99% under 140
# characters, the longest 376).
ASIDE_CHARS = 400
# Words an aside may open with before its passive agent ("(written by", "(carried out by"): an
# agent further in ("(the track samples a speech by X") names no maker of what it follows.
AGENT_LEAD_WORDS = 3
# Capitalised words before a family name that are no first name ("The Clintons", "Mr. Ray").
_NOT_FIRST = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
                        "president", "senator", "judge", "general", "attorney", "secretary"})
# A name, hyphenated ones whole ("Jean-Luc").
_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

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
        names = [w for w in _NAME.findall(text) if w[:1].isupper()
                 and w.casefold() not in _MALE_WORDS | _FEMALE_WORDS]
        if len(names) >= 2:
            first = _plain(names[0])
            if first in _MALE:
                return "m"
            if first in _FEMALE:
                return "f"
    return None


# The title right before a mention, which the mention leaves out ("Mr. Vilsack", "Mme Roy").
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")
TITLE_LOOKBACK = 12  # characters: the longest title word of the lists, its period and a space


def speaker_gender(text: str, sp: Speaker, full_name: bool = False) -> str | None:
    """``gender_of`` the speaker's name and text, else of the title written right before it;
    ``full_name``: else of the one full name the article gives a short one ("Abu Hatab" after
    "Dr. Walid Abu Hatab"), which rules a candidate out but is not what makes one preferred."""
    found = gender_of(sp.name or "", sp.text) or (
        _full_name_gender(text, sp.text) if full_name else None)
    if found is None and (m := _TITLE_BEFORE.search(text, max(0, sp.start - TITLE_LOOKBACK),
                                                    sp.start)):
        key = m.group(1).casefold()
        found = "m" if key in _MALE_WORDS else "f" if key in _FEMALE_WORDS else None
    return found


@lru_cache(maxsize=4096)
def _full_name_gender(text: str, name: str) -> str | None:
    """``gender_of`` "<First name> <name>" when the article writes the short name ``name`` (up
    to ``SHORT_NAME_WORDS`` capitalised words) after one first name only ("Dr. Walid Abu
    Hatab"); None when it writes none, or several ("Bill Clinton", "Hillary Clinton": the
    family name alone may be either)."""
    parts = name.split()
    if not 0 < len(parts) <= SHORT_NAME_WORDS or not all(p[:1].isupper() for p in parts):
        return None
    firsts = {m.group(1) for m in re.finditer(r"\b([A-Z][^\W\d_]+)\s+" + re.escape(name) + r"\b", text)
              if m.group(1).casefold() not in _NOT_FIRST}
    return gender_of(f"{firsts.pop()} {name}") if len(firsts) == 1 else None


def _plain(name: str) -> str:
    """Lower case, accents dropped ("Hélène" -> "helene")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                   if not unicodedata.combining(c))


def person_of_gender(ctx: _Context, pos: int, want: str) -> Speaker | None:
    """The person mention nearest before ``pos`` (within ``SPEAKER_MEMORY_CHARS``, outside
    quotations, no agent in the pronoun's own sentence) whose name is known to be of gender
    ``want``: what "elle" refers to when no speaker or sentence subject agrees ("Thomas Girard
    a rencontré Claire Dubois. Elle a expliqué …"). A name of unknown gender is not taken, the
    pronoun then stays unresolved. For a pronoun inside a quotation, only a person named
    earlier in that quotation; never one named in an aside in parentheses ("(the track
    samples the astronomer Carl Sagan)")."""
    sent_start, floor = ctx.sentence(pos)[0], quotation_floor(ctx, pos)
    for m in reversed(ctx.mentions.within(max(floor, pos - SPEAKER_MEMORY_CHARS), pos)):
        if m.label != "PER" or (not floor and ctx.inside_quotation(m.start, m.end)) or in_byline(
                ctx.text, m.start, ctx.lex.rules) or in_parentheses(
                    ctx.text, m.start, ctx.lex.rules.passive_agents):
            continue  # "Par Claire Vidal\n\n… », a-t-elle dit": the author is no speaker
        if question_between(ctx.text, m.end, pos, ctx.lex):
            break  # an interview's question opened another topic since
        sp = ctx.mentions.speaker(m)
        if speaker_gender(ctx.text, sp, full_name=True) == want and (
                m.start < sent_start or not agent_object(ctx, sp)):
            return sp
    return None


def in_parentheses(text: str, pos: int, agents: tuple[str, ...] = ()) -> bool:
    """``pos`` stands in an aside in parentheses opened in its paragraph (at most
    ``ASIDE_CHARS`` before) and not yet closed, and opening with no passive agent of ``agents``:
    "(written by the economist Sarah Lindholm)" names the author, who may well speak."""
    start = max(text.rfind("\n", max(0, pos - ASIDE_CHARS), pos) + 1, pos - ASIDE_CHARS, 0)
    opened = text.rfind("(", start, pos)
    if opened < 0 or text.find(")", opened, pos) >= 0:
        return False
    keys = {w.key for a in agents for w in words(a)}
    return not any(w.key in keys for w in words(text[opened:pos])[:AGENT_LEAD_WORDS])
