"""Candidate personal names in free text, for the officer who reviews a Woo redaction list.

A note may name a diaspora member, a critic or a contact person; the redaction list should
point at the name, not only at the whole note. This finds candidates, never decides: the
officer weighs each one (nothing is redacted automatically), so it errs towards finding a
name twice rather than missing one, while keeping places, parties and organisations out.

What counts as a candidate:

- names the caller knows (officials, recorded roles, the tie's contact persons, people at
  events), wherever they appear;
- a title or a function before a capitalised word: "dhr. Jansen", "Dr Li", "burgemeester Wang";
- initials or a first name with a surname, Dutch particles included: "J. de Vries",
  "Annemiek van der Berg", "van den Broek" (a lone "de" or "van" before a capital is an
  article or a preposition: "de Raad", "van Breda");
- two or more capitalised words in a row: "Ties Dams", "Sarah Johnson", pinyin "Wang Wei",
  "Li Xiaoming" (a Chinese surname before a pinyin given name is marked as such);
- e-mail addresses and telephone numbers.

Not candidates: known places and organisations (built in below, and the terms the caller
passes: the tie's parties, the reference partnerships, the checklist's acronyms), runs with an
organisation word ("Human Rights Watch", "Provinciale Staten", "Oeigoerse Vereniging"), and a
lone capitalised word, such as the first word of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

PARTICLES = frozenset(
    {"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "in", "op", "von", "vom", "zu", "du", "da", "di", "del", "della", "dos", "le", "la"}
    | {"el", "al", "ben", "bin", "ibn", "abu"}  # "Fatima el Amrani", "Mohammed ben Ali"
)
# Particles that on their own, before a capital, start a surname (not an article).
STRONG = ("van der", "van den", "van de", "ten", "ter", "in 't", "van 't")
TITLES = frozenset(
    "dhr dhr. mevr mevr. mw mw. mr mr. dr dr. drs drs. prof prof. ir ir. ing ing. heer mevrouw meneer juffrouw mrs mrs. ms ms. miss sir madam".split()
)
FUNCTIONS = frozenset(
    "burgemeester loco-burgemeester wethouder gedeputeerde commissaris minister staatssecretaris secretaris consul "
    "consul-generaal ambassadeur directeur voorzitter raadslid statenlid journalist activist onderzoeker hoogleraar "
    "professor tolk contactpersoon collega woordvoerder partijsecretaris vicevoorzitter mayor vice-mayor governor "
    "secretary ambassador director chairman chairwoman chair councillor journalist researcher spokesperson interpreter "
    "colleague deputy president".split()
)
# Words that make a run an organisation, a body or a document, not a person.
ORGANISATION_WORDS = frozenset(
    "gemeente gemeenten provincie provinciale ministerie zaken staten raad kamer vereniging stichting universiteit hogeschool "
    "ambassade consulaat partij bureau dienst college commissie afdeling centrum instituut bank groep netwerk bond "
    "federatie front office department ministry affairs rights watch embassy consulate government municipality province "
    "city university association society committee council commission chamber foundation institute group company "
    "international network congress federation union agency service centre center friendship party republic republiek "
    "volksrepubliek team forum programme program fund fonds academy academie school museum hospital ziekenhuis port "
    "haven airport vriendschap overeenkomst agreement memorandum verdrag unie verenigde united nations work holding "
    "corporation ltd inc bv nv technology technologies airlines regering overheid rijksoverheid gezantschap delegatie "
    "delegation secretariaat secretariat werkgroep platform alliance alliantie coalitie coalition administration "
    "administratie beweging movement krant newspaper omroep news times post daily weekly magazine tribune congres "
    "betrekkingen relations veiligheid justitie stadhuis gemeentehuis provinciehuis townhall".split()
)
# Capitalised words that are not names: sentence openers, months, days, nationalities.
NOT_NAMES = frozenset(
    "de het een dit deze die dat daarna daarnaast daarom daarbij volgens met op in bij na voor tijdens over ook wij we hij "
    "zij ze ik er men nog niet geen alle elke als omdat hoewel want maar en of toen zo wel verder tot uit aan door naar "
    "sinds vanuit namens gesprek contact bezoek afspraak notitie zie let ja nee onbekend gisteren vandaag morgen vorige "
    "volgende eerder later inmiddels helaas graag tevens hierbij dus mogelijk waarschijnlijk the a an this that these "
    "those according after before during on at for with by from to of and but or as he she they it i our their his her "
    "also met spoke talked contacted called see note per yes no we unknown however therefore because although when "
    "while since then there here both each every all some none our its which who whom what where why how "
    "januari februari maart april mei juni juli augustus september oktober november december january february march "
    "may june july august october monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag "
    "donderdag vrijdag zaterdag zondag chinese nederlandse nederlands dutch oeigoerse oeigoer uyghur uighur tibetaanse "
    "tibetan europese european amerikaanse american hongkongse taiwanese britse british duitse german engelse english "
    "communistische communist rode red bel mail vraag stuur spreek nodig informeer check call ask email invite inform "
    "send meet".split()  # verbs that open an action: "Bel Sarah Johnson"
)
PLACES_AND_BODIES = (
    "China Nederland Taiwan Tibet Xinjiang Hongkong Hong Kong Macau Europa Europe Beijing Peking Shanghai Shenzhen "
    "Guangzhou Kanton Chongqing Tianjin Nanjing Wuhan Chengdu Xi'an Hangzhou Suzhou Yangzhou Wuxi Ningbo Qingdao Dalian "
    "Shenyang Harbin Changchun Jinan Zhengzhou Changsha Nanchang Fuzhou Xiamen Kunming Guiyang Nanning Haikou Lanzhou "
    "Xining Yinchuan Urumqi Lhasa Hohhot Taiyuan Shijiazhuang Hefei Jiangsu Zhejiang Guangdong Fujian Shandong Henan "
    "Hebei Hubei Hunan Sichuan Shaanxi Shanxi Gansu Qinghai Yunnan Guizhou Guangxi Hainan Anhui Jiangxi Liaoning Jilin "
    "Heilongjiang Binnen-Mongolië Mongolië Ningxia Amsterdam Rotterdam Den Haag Utrecht Eindhoven Groningen Tilburg "
    "Almere Breda Nijmegen Arnhem Haarlem Enschede Apeldoorn Amersfoort Zaanstad Zwolle Leiden Maastricht Dordrecht "
    "Zoetermeer Delft Venlo Deventer Leeuwarden Heerlen Alkmaar Helmond Hengelo Oss Emmen Assen Lelystad Middelburg "
    "Drenthe Flevoland Fryslân Friesland Gelderland Limburg Noord-Brabant Noord-Holland Overijssel Zeeland Zuid-Holland "
    "Brussel Brussels Washington Londen London Berlijn Berlin Genève Geneva"
).split()
BODIES = (
    "CPAFFC",
    "ICP China",
    "RVO",
    "Provinciale Staten",
    "Gedeputeerde Staten",
    "Buitenlandse Zaken",
    "Binnenlandse Zaken",
    "Tweede Kamer",
    "Eerste Kamer",
    "AIVD",
    "MIVD",
    "NCTV",
    "VNG",
    "Amnesty International",
    "Amnesty",
    "Human Rights Watch",
    "United Front",
    "Verenigd Front",
    "Communistische Partij",
    "Chinese Communist Party",
    "Foreign Affairs Office",
    "Hong Kong",
    "Den Haag",
    "Volksrepubliek China",
    "Burgemeester en Wethouders",
    "Kamer van Koophandel",
    "Safeguard Defenders",
    "Clingendael",
    "Huawei",
    "Alibaba",
    "Tencent",
    "Confucius Instituut",
    "Confucius Institute",
)
CHINESE_SURNAMES = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng "
    "deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao shen zhong cui tan liao "
    "fan jin shi dai jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao "
    "wan qian kong mo ouyang situ".split()
)
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_PINYIN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}")
_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?\.?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00|0)\d[\d \-().]{7,16}\d(?!\w)")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")


@dataclass(frozen=True, slots=True)
class NameFound:
    text: str
    start: int
    end: int
    kind: str  # known, title, function, initials, particle, pinyin, capitalised, e-mail, phone


def find_names(text: str, known_people: Iterable[str] = (), known_terms: Iterable[str] = ()) -> list[NameFound]:
    """Every candidate name in ``text``, in reading order, each span once."""
    found: list[NameFound] = []
    taken = [False] * len(text)

    def add(start: int, end: int, kind: str) -> None:
        if not any(taken[start:end]):
            found.append(NameFound(text[start:end], start, end, kind))
            taken[start:end] = [True] * (end - start)

    for pattern, kind in ((_EMAIL, "e-mail"), (_PHONE, "phone")):
        for m in pattern.finditer(text):
            if kind != "phone" or 9 <= sum(c.isdigit() for c in m.group()) <= 15:
                add(m.start(), m.end(), kind)
    blocked = list(taken)
    for term in sorted({*PLACES_AND_BODIES, *BODIES, *(t.strip() for t in known_terms if t.strip())}, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", text):
            blocked[m.start() : m.end()] = [True] * (m.end() - m.start())
    words = [m for m in _WORD.finditer(text) if not any(blocked[m.start() : m.end()])]
    i = 0
    while i < len(words):
        run, kind = _run(text, words, i)
        if run:
            add(words[run[0]].start(), _end(words[run[-1]]), kind)
            i = run[-1] + 1
        else:
            i += 1
    # Names the database knows, wherever they are (a place's name too: the caller knows it is a person's).
    for name in sorted({n.strip() for n in known_people if len(n.strip()) > 1}, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            add(m.start(), m.end(), "known")
    return sorted(found, key=lambda f: f.start)


def passage(text: str, found: NameFound, width: int = 40) -> str:
    """The name with up to ``width`` characters either side, cut at a word, on one line."""
    left = text[max(0, found.start - width) : found.start]
    right = text[found.end : found.end + width]
    if found.start > width and " " in left:
        left = "…" + left[left.index(" ") + 1 :]
    if found.end + width < len(text) and " " in right:
        right = right[: right.rindex(" ")] + "…"
    return " ".join(f"{left}{found.text}{right}".split())


def _end(word: re.Match[str]) -> int:
    """Where a word ends, without a full stop that closes the sentence ("Jansen.")."""
    w = word.group()
    if w.endswith(".") and not _INITIALS.fullmatch(w) and w.lower() not in TITLES:
        return word.end() - 1
    return word.end()


def _cap(word: str) -> bool:
    """A capitalised word that may be part of a name (not an opener, title, function or acronym)."""
    w = word.rstrip(".")
    low = w.lower()
    return bool(w) and w[0].isupper() and not w.isupper() and not any(low in s for s in (NOT_NAMES, PARTICLES, TITLES, FUNCTIONS))


def _starts(text: str, word: re.Match[str]) -> bool:
    """The word opens the text, a sentence or a line."""
    before = text[: word.start()].rstrip()
    return not before or before[-1] in ".!?:;\n"


def _part(word: str) -> bool:
    return bool(_INITIALS.fullmatch(word)) or _cap(word)


def _adjacent(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Two words with only spaces between them (no comma, no sentence end)."""
    return text[_end(a) : b.start()].strip() == ""


def _run(text: str, words: list[re.Match[str]], i: int) -> tuple[list[int], str]:
    """The name starting at word ``i`` (indexes into ``words``) and its kind, or ([], "")."""
    lead = words[i - 1].group().lower() if i > 0 and _adjacent(text, words[i - 1], words[i]) else ""
    run: list[int] = []
    j = i
    while j < len(words) and (not run or _adjacent(text, words[j - 1], words[j])) and _part(words[j].group()):
        run.append(j)
        j += 1
    particles: list[int] = []
    while j < len(words):  # "Jan de Vries", "J. van der Berg"; alone only "van der Berg", "ter Horst"
        seq: list[int] = []
        k = j
        while k < len(words) and len(seq) < 3 and words[k].group().lower() in PARTICLES:
            if (run or seq) and not _adjacent(text, words[k - 1], words[k]):
                break
            seq.append(k)
            k += 1
        if not seq or k >= len(words) or not _adjacent(text, words[k - 1], words[k]) or not _cap(words[k].group()):
            break
        said = " ".join(words[s].group().lower() for s in seq)
        if not run and said not in STRONG and lead not in TITLES and lead not in FUNCTIONS:
            break  # "wethouder De Jong", "mevrouw van Dam": after a title any particle starts a surname
        # "Ties Dams van Clingendael": after a first and a last name, "van" says where from.
        if sum(1 for r in run if not _INITIALS.fullmatch(words[r].group())) >= 2 and said in ("van", "de", "uit"):
            break
        particles += seq
        run += seq
        j = k
        while j < len(words) and _adjacent(text, words[j - 1], words[j]) and _cap(words[j].group()):
            run.append(j)
            j += 1
    if not run:
        return [], ""
    # "Mail van Emma Janssen": one word opening the text, then "van" and a full name: the name.
    if lead == "" and particles and run[1] == particles[0] and len(particles) == 1 and len(run) - 2 >= 2 and _starts(text, words[i]):
        return _run(text, words, i + 2)
    if any(words[r].group().rstrip(".").lower() in ORGANISATION_WORDS for r in run):
        return [], ""
    if lead in TITLES:
        return [i - 1, *run], "title"
    if lead in FUNCTIONS:
        return run, "function"
    names = [r for r in run if r not in particles and not _INITIALS.fullmatch(words[r].group())]
    if not names:
        return [], ""
    if particles:
        return run, "particle"
    if len(names) < len(run):
        return run, "initials"
    if len(names) >= 2:
        first, second = (words[n].group().rstrip(".").lower() for n in names[:2])
        return run, "pinyin" if first in CHINESE_SURNAMES and _PINYIN.fullmatch(second) else "capitalised"
    return [], ""
