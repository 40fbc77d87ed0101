"""Write resources_seed/vocab_labels_<lang>.json: the vocabularies' names in each shipped language.

Resource types, themes and regions are translated by hand (the ``CURATED`` tables below, phrased as
a librarian of that language would); countries and languages come from pycountry's gettext
translations of ISO 3166-1 and ISO 639-3, with a few ``OVERRIDES`` where the ISO wording is not
what a reader in the region says. The JSON is committed, so the app needs no pycountry at run
time; run this again when pycountry publishes a new ISO release or a curated name changes:

    python tools/build_vocab_labels.py
"""
from __future__ import annotations

import gettext
import json
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "resources_seed"

LANGUAGES = ("th", "vi", "ar")

TYPES = ("Report", "Study", "Guide", "Strategy", "Compendium", "Briefing note", "Policy brief", "Paper",
         "Working paper", "Article", "Journal article", "Book", "Book chapter", "Thesis", "Conference paper",
         "Dataset", "Toolkit", "Training material", "Legal instrument", "Web page", "Video")
TYPE_LABELS = {
    "th": ("รายงาน", "การศึกษา", "คู่มือ", "ยุทธศาสตร์", "ประมวลเอกสาร", "เอกสารสรุปสาระสำคัญ", "บทสรุปเชิงนโยบาย",
           "บทความวิชาการ", "เอกสารการทำงาน", "บทความ", "บทความวารสาร", "หนังสือ", "บทในหนังสือ", "วิทยานิพนธ์",
           "เอกสารการประชุมวิชาการ", "ชุดข้อมูล", "ชุดเครื่องมือ", "สื่อการฝึกอบรม", "ตราสารทางกฎหมาย", "หน้าเว็บ",
           "วิดีโอ"),
    "vi": ("Báo cáo", "Nghiên cứu", "Hướng dẫn", "Chiến lược", "Tuyển tập", "Bản tin tóm tắt", "Tóm tắt chính sách",
           "Bài viết chuyên đề", "Tài liệu nghiên cứu", "Bài báo", "Bài báo tạp chí", "Sách", "Chương sách", "Luận văn",
           "Báo cáo hội thảo", "Bộ dữ liệu", "Bộ công cụ", "Tài liệu tập huấn", "Văn bản pháp lý", "Trang web", "Video"),
    "ar": ("تقرير", "دراسة", "دليل", "استراتيجية", "مجموعة وثائق", "مذكرة إحاطة", "موجز سياسات", "ورقة", "ورقة عمل",
           "مقالة", "مقالة في دورية", "كتاب", "فصل في كتاب", "أطروحة", "ورقة مؤتمر", "مجموعة بيانات", "مجموعة أدوات",
           "مواد تدريبية", "صك قانوني", "صفحة ويب", "فيديو"),
}
THEMES = ("Agriculture", "Bilateral agreements", "Construction", "COVID-19", "Diaspora", "Digital technology",
          "Domestic work", "Employment", "Fair recruitment", "Garment industry", "Gender", "Health",
          "Housing and living conditions", "Human trafficking", "Integration", "Internal migration",
          "International labour standards", "Irregular migration", "Labour inspection", "Labour migration governance",
          "Land rights", "Migration bans and restrictions", "Migration trends", "Refugees", "Remittances",
          "Return and reintegration", "Rights of migrant workers", "Sex work", "Skills", "Social protection",
          "Statistics and data", "Wages", "Women migrant workers", "Working conditions")
THEME_LABELS = {
    "th": ("เกษตรกรรม", "ความตกลงทวิภาคี", "การก่อสร้าง", "โควิด-19", "ชาวพลัดถิ่น", "เทคโนโลยีดิจิทัล", "งานบ้าน",
           "การจ้างงาน", "การจัดหางานที่เป็นธรรม", "อุตสาหกรรมเครื่องนุ่งห่ม", "มิติหญิงชาย", "สุขภาพ",
           "ที่อยู่อาศัยและสภาพความเป็นอยู่", "การค้ามนุษย์", "การผสมกลมกลืนทางสังคม", "การย้ายถิ่นภายในประเทศ",
           "มาตรฐานแรงงานระหว่างประเทศ", "การย้ายถิ่นแบบไม่ปกติ", "การตรวจแรงงาน", "ธรรมาภิบาลการย้ายถิ่นเพื่อการทำงาน",
           "สิทธิในที่ดิน", "การห้ามและจำกัดการย้ายถิ่น", "แนวโน้มการย้ายถิ่น", "ผู้ลี้ภัย", "เงินส่งกลับ",
           "การเดินทางกลับและการคืนสู่สังคม", "สิทธิของแรงงานข้ามชาติ", "การค้าบริการทางเพศ", "ทักษะ",
           "การคุ้มครองทางสังคม", "สถิติและข้อมูล", "ค่าจ้าง", "แรงงานข้ามชาติหญิง", "สภาพการทำงาน"),
    "vi": ("Nông nghiệp", "Hiệp định song phương", "Xây dựng", "COVID-19", "Cộng đồng người di cư ở nước ngoài",
           "Công nghệ số", "Giúp việc gia đình", "Việc làm", "Tuyển dụng công bằng", "Ngành may mặc", "Giới", "Y tế",
           "Nhà ở và điều kiện sống", "Mua bán người", "Hội nhập", "Di cư trong nước", "Tiêu chuẩn lao động quốc tế",
           "Di cư không chính quy", "Thanh tra lao động", "Quản trị di cư lao động", "Quyền đối với đất đai",
           "Lệnh cấm và hạn chế di cư", "Xu hướng di cư", "Người tị nạn", "Kiều hối", "Trở về và tái hòa nhập",
           "Quyền của lao động di cư", "Mại dâm", "Kỹ năng", "An sinh xã hội", "Thống kê và dữ liệu", "Tiền lương",
           "Lao động di cư nữ", "Điều kiện lao động"),
    "ar": ("الزراعة", "الاتفاقات الثنائية", "البناء", "كوفيد-19", "الشتات", "التكنولوجيا الرقمية", "العمل المنزلي",
           "التشغيل", "التوظيف العادل", "صناعة الملابس", "النوع الاجتماعي", "الصحة", "السكن وظروف المعيشة",
           "الاتجار بالبشر", "الاندماج", "الهجرة الداخلية", "معايير العمل الدولية", "الهجرة غير النظامية",
           "تفتيش العمل", "حوكمة هجرة اليد العاملة", "الحقوق في الأرض", "حظر الهجرة وتقييدها", "اتجاهات الهجرة",
           "اللاجئون", "التحويلات المالية", "العودة وإعادة الإدماج", "حقوق العمال المهاجرين", "العمل الجنسي",
           "المهارات", "الحماية الاجتماعية", "الإحصاءات والبيانات", "الأجور", "العاملات المهاجرات", "ظروف العمل"),
}
REGIONS = ("ASEAN", "Greater Mekong Subregion", "South Asia", "East Asia", "Central Asia", "Gulf Cooperation Council",
           "Middle East and North Africa", "Pacific Islands", "Asia", "Global")
REGION_LABELS = {
    "th": ("อาเซียน", "อนุภูมิภาคลุ่มแม่น้ำโขง", "เอเชียใต้", "เอเชียตะวันออก", "เอเชียกลาง", "คณะมนตรีความร่วมมือรัฐอ่าวอาหรับ",
           "ตะวันออกกลางและแอฟริกาเหนือ", "หมู่เกาะแปซิฟิก", "เอเชีย", "ทั่วโลก"),
    "vi": ("ASEAN", "Tiểu vùng Mê Công mở rộng", "Nam Á", "Đông Á", "Trung Á", "Hội đồng Hợp tác Vùng Vịnh",
           "Trung Đông và Bắc Phi", "Quần đảo Thái Bình Dương", "Châu Á", "Toàn cầu"),
    "ar": ("آسيان", "منطقة الميكونغ الكبرى", "جنوب آسيا", "شرق آسيا", "آسيا الوسطى", "مجلس التعاون الخليجي",
           "الشرق الأوسط وشمال أفريقيا", "جزر المحيط الهادئ", "آسيا", "عالمي"),
}
CURATED = {lang: {"type": dict(zip(TYPES, TYPE_LABELS[lang], strict=True)),
                  "theme": dict(zip(THEMES, THEME_LABELS[lang], strict=True)),
                  "region": dict(zip(REGIONS, REGION_LABELS[lang], strict=True))} for lang in ("th", "vi", "ar")}
# Where the ISO translation is not the name readers in the region use.
OVERRIDES = {
    "th": {"country": {"LA": "ลาว", "VN": "เวียดนาม", "KR": "เกาหลีใต้", "KP": "เกาหลีเหนือ", "TW": "ไต้หวัน"},
           "language": {"my": "พม่า", "km": "เขมร", "lo": "ลาว", "ne": "เนปาล", "ms": "มลายู"}},
    # pycountry's Vietnamese writes many names in old transliterations (Ma-lai-xi-a, Căm Bốt): today's usage.
    "vi": {"country": {"LA": "Lào", "KR": "Hàn Quốc", "KP": "Triều Tiên", "TW": "Đài Loan", "VN": "Việt Nam",
                       "MM": "Myanmar", "KH": "Campuchia", "MY": "Malaysia", "SG": "Singapore", "PH": "Philippines",
                       "ID": "Indonesia", "AE": "Các Tiểu vương quốc Ả Rập Thống nhất", "SA": "Ả Rập Xê Út",
                       "QA": "Qatar", "NP": "Nepal", "IN": "Ấn Độ", "HK": "Hồng Kông", "BN": "Brunei",
                       "TL": "Đông Timor", "BD": "Bangladesh", "PK": "Pakistan", "LK": "Sri Lanka", "KW": "Kuwait",
                       "BH": "Bahrain", "OM": "Oman", "JO": "Jordan", "LB": "Li-băng", "AF": "Afghanistan",
                       "MV": "Maldives", "BT": "Bhutan", "MN": "Mông Cổ", "JP": "Nhật Bản", "US": "Hoa Kỳ",
                       "GB": "Vương quốc Anh", "AU": "Úc", "KZ": "Kazakhstan", "UZ": "Uzbekistan",
                       "KG": "Kyrgyzstan", "TJ": "Tajikistan", "TM": "Turkmenistan", "IR": "Iran", "IQ": "Iraq",
                       "YE": "Yemen", "EG": "Ai Cập", "MO": "Ma Cao", "FJ": "Fiji", "PG": "Papua New Guinea",
                       "NZ": "New Zealand", "TR": "Thổ Nhĩ Kỳ", "SY": "Syria", "CN": "Trung Quốc"},
           "language": {"vi": "Tiếng Việt", "th": "Tiếng Thái", "ar": "Tiếng Ả Rập", "my": "Tiếng Myanmar",
                        "km": "Tiếng Khmer", "ne": "Tiếng Nepal", "ms": "Tiếng Mã Lai", "id": "Tiếng Indonesia",
                        "tl": "Tiếng Tagalog", "zh": "Tiếng Trung", "hi": "Tiếng Hindi", "bn": "Tiếng Bengal",
                        "ur": "Tiếng Urdu", "ta": "Tiếng Tamil", "si": "Tiếng Sinhala", "lo": "Tiếng Lào",
                        "en": "Tiếng Anh", "fr": "Tiếng Pháp", "ru": "Tiếng Nga", "es": "Tiếng Tây Ban Nha"}},
    "ar": {"country": {"VN": "فيتنام", "LA": "لاوس", "KR": "كوريا الجنوبية", "KP": "كوريا الشمالية", "MM": "ميانمار",
                       "TW": "تايوان"},
           "language": {"lo": "اللاوية", "km": "الخميرية", "my": "البورمية", "vi": "الفيتنامية", "ne": "النيبالية",
                        "tl": "التاغالوغية", "ms": "الملايوية", "id": "الإندونيسية"}},
}


def _translator(domain: str, lang: str):
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:
        return None


def _first_translated(tr, *names: str) -> str | None:
    for name in names:
        if name and tr(name) != name:
            return tr(name)
    return None


def build(lang: str) -> dict:
    countries = json.loads((SEED / "countries.json").read_text(encoding="utf-8"))
    languages = json.loads((SEED / "languages.json").read_text(encoding="utf-8"))
    tr_country, tr_language = _translator("iso3166-1", lang), _translator("iso639-3", lang)
    out: dict[str, dict[str, str]] = {facet: dict(CURATED[lang][facet]) for facet in ("type", "theme", "region")}
    out["country"] = {}
    for c in countries:
        pc = pycountry.countries.get(alpha_2=c["code"])
        names = (getattr(pc, "common_name", None), getattr(pc, "name", None), c["common_name"], c["name"])
        label = OVERRIDES[lang]["country"].get(c["code"]) or (tr_country and _first_translated(tr_country, *names))
        if label:
            out["country"][c["code"]] = label
    out["language"] = {}
    for lg in languages:
        label = OVERRIDES[lang]["language"].get(lg["code"]) or (tr_language and _first_translated(tr_language, lg["name"]))
        if label:
            out["language"][lg["code"]] = label
    return out


def main() -> None:
    for lang in LANGUAGES:
        data = build(lang)
        path = SEED / f"vocab_labels_{lang}.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{path.name}: " + ", ".join(f"{len(v)} {k}" for k, v in data.items()))


if __name__ == "__main__":
    main()
