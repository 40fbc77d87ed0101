"""Synthetic, reproducible catalogue records for benchmarks: realistic multilingual titles and
summaries, about 3 themes and 2 countries a record, a few organizations, most records dated.

Term frequencies are controlled so benchmarks can pick a rare, a mid and a very common term:
- "migrant" appears in about 85% of records (very common),
- "remittance" in about 5% (mid),
- "zyxwv" + record number in exactly one record each, so "zyxwv123" is a rare, unique term.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from db.records import OrganizationRef, RecordData

COMMON, MID = "migrant", "remittance"

_EN = ("labour migration governance policy workers recruitment fair ethical wages protection social "
       "security health housing women domestic agriculture construction fisheries garment skills "
       "return reintegration diaspora statistics data survey analysis regional national bilateral "
       "agreement rights trafficking forced labour informal sector employment decent work jobs "
       "inspection compliance corridor origin destination country employer union association "
       "training certification qualification recognition pandemic recovery climate mobility "
       "displacement border visa permit contract costs fees debt bondage grievance justice access").split()
_SCRIPTS = {
    "th": "แรงงาน ข้ามชาติ ที่อยู่อาศัย การคุ้มครอง ทางสังคม สิทธิ ค่าจ้าง นายจ้าง ประเทศไทย รายงาน การศึกษา".split(),
    "vi": "lao động di cư quyền bảo trợ xã hội tiền lương nhà ở phụ nữ Việt Nam báo cáo nghiên cứu".split(),
    "km": "ពលករ ចំណាកស្រុក សិទ្ធិ ប្រាក់ឈ្នួល កម្ពុជា របាយការណ៍ ការសិក្សា ការការពារ សង្គម".split(),
    "my": "ရွှေ့ပြောင်း အလုပ်သမား အခွင့်အရေး လုပ်ခ မြန်မာ အစီရင်ခံစာ လေ့လာမှု ကာကွယ်မှု".split(),
    "zh": "农民工 工资 拖欠 建筑业 社会保障 劳动 移民 研究 报告 中国 住房".split(),
}
_SCRIPT_JOIN = {"th": "", "km": "", "my": "", "zh": "", "vi": " "}
THEMES = ("Agriculture", "Bilateral agreements", "Construction", "COVID-19", "Diaspora", "Digital technology",
          "Domestic work", "Employment", "Fair recruitment", "Garment industry", "Gender", "Health",
          "Housing and living conditions", "Human trafficking", "Integration", "Internal migration",
          "International labour standards", "Irregular migration", "Labour inspection",
          "Labour migration governance", "Land rights", "Migration trends", "Refugees", "Remittances",
          "Return and reintegration", "Rights of migrant workers", "Skills", "Social protection",
          "Statistics and data", "Wages", "Women migrant workers", "Working conditions")
COUNTRIES = ("TH", "MY", "SG", "KH", "LA", "MM", "VN", "PH", "ID", "BN", "CN", "HK", "JP", "KR", "MN", "IN",
             "NP", "BD", "PK", "LK", "AF", "BT", "MV", "KZ", "KG", "TJ", "UZ", "AE", "SA", "QA", "KW", "OM",
             "BH", "JO", "LB", "AU", "NZ", "FJ", "PG", "TL")
TYPES = ("Report", "Study", "Guide", "Strategy", "Briefing note", "Policy brief", "Paper", "Working paper",
         "Article", "Journal article", "Book", "Dataset", "Toolkit")
ORGS = ("International Labour Organization", "International Organization for Migration",
        "United Nations Network on Migration", "World Bank", "Asian Development Bank", "UN Women",
        "Migrant Forum in Asia", "Better Work", "TRIANGLE in ASEAN") + tuple(
    f"Ministry of Labour of {c}" for c in COUNTRIES[:30]) + tuple(f"Research Institute {i}" for i in range(40))
LANGS = ("en",) * 12 + ("th", "vi", "km", "my", "zh", "fr", "es", "ar")


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_EN) for _ in range(n))


def make_record(i: int, rng: random.Random, start: datetime) -> RecordData:
    lang = rng.choice(LANGS)
    if lang in _SCRIPTS:
        words = _SCRIPTS[lang]
        native = _SCRIPT_JOIN[lang].join(rng.choice(words) for _ in range(rng.randint(3, 6)))
        title = f"{native} ({_sentence(rng, 3)})"
    else:
        title = _sentence(rng, rng.randint(4, 10)).capitalize()
    summary_words = [_sentence(rng, rng.randint(30, 70))]
    if rng.random() < 0.85:
        summary_words.append(COMMON + " workers")
    if rng.random() < 0.05:
        summary_words.append(MID + " flows")
    summary_words.append(f"zyxwv{i}")
    rng.shuffle(summary_words)
    year = rng.randint(1995, 2025) if rng.random() < 0.9 else None
    return RecordData(
        uid=f"00000000-0000-4000-8000-{i:012d}",
        title=title, summary=" ".join(summary_words), type=rng.choice(TYPES) if rng.random() < 0.95 else None,
        year=year, month=rng.randint(1, 12) if year and rng.random() < 0.5 else None,
        url=f"https://example.org/resource/{i}",
        organizations=[OrganizationRef(o, rng.choice(("author", "publisher")))
                       for o in rng.sample(ORGS, rng.randint(1, 2))],
        countries=rng.sample(COUNTRIES, 2), themes=rng.sample(THEMES, 3), languages=[lang],
        keywords=[rng.choice(_EN) for _ in range(2)],
        added_at=(start + timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    )


def records(n: int, seed: int = 7):
    """``n`` records, the same every run for the same seed; added one second apart."""
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, tzinfo=timezone.utc)
    for i in range(n):
        yield make_record(i, rng, start)


def build_catalogue(path, n: int, batch: int = 5000):
    """Create a catalogue at ``path`` holding ``n`` synthetic records (plus the vocabularies)."""
    from app.catalogue import Catalogue
    from app.seed import load_seed_vocabularies
    from db.writes import VocabularyCache, insert_many

    cat = Catalogue.open(path, seed=False)
    load_seed_vocabularies(cat.database)
    cache = VocabularyCache()
    with cat.database.atomic():
        chunk = []
        for rec in records(n):
            chunk.append(rec)
            if len(chunk) >= batch:
                insert_many(cat.database, chunk, cache)
                chunk = []
        if chunk:
            insert_many(cat.database, chunk, cache)
    cat.invalidate_vocabularies()
    return cat
