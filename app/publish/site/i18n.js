/* The page's own words in the app's shipped languages. The browser's language chooses
   (navigator.languages), or ?lang=xx in the address. Records and vocabulary names are shown as
   the catalogue holds them. A count's words take the language's plural form (Intl.PluralRules). */
(function () {
  "use strict";
  var RC = window.RC = window.RC || {};
  var M = {
    en: {
      comma: ", ", volume: "vol. {v}", issue: "no. {v}", pageRange: "pp. {v}",
      intro: "Latest resources are shown first. To search or browse, use the keyword box and the criteria boxes.",
      keyword: "Keyword", searchPlaceholder: "Search titles, summaries, organizations…",
      sortBy: "Sort by", sortLatest: "Latest", sortList: "List order",
      introList: "A reading list, in its own order. To search or browse it, use the keyword box and the criteria boxes.", sortTitle: "Title", sortYear: "Year",
      criteria: "Criteria", clearAll: "Clear all", clearCriteria: "Clear criteria",
      fType: "Resource type", fTheme: "Theme", fRegion: "Region", fCountry: "Country",
      fLanguage: "Language", fOrganization: "Organization", fYear: "Year",
      filterValues: "Filter…", showAll: "Show all ({n})", showFewer: "Show fewer", noYear: "No year",
      showCountries: "Show the countries of {name}", remove: "Remove {name}",
      showing: {one: "Showing {a}–{b} of {n} resource", other: "Showing {a}–{b} of {n} resources"},
      noMatch: "No resources match.", loadingIndex: "Loading the search index…", previous: "Previous", next: "Next", page: "Page {n}",
      pages: "Pages", back: "Back to the list", summary: "Summary", authors: "Authors",
      organizations: "Organizations", countries: "Countries", regions: "Regions", themes: "Themes",
      languages: "Languages", keywords: "Keywords", links: "Links", files: "Files", alsoIn: "Also in",
      notes: "Notes", published: "Date", type: "Type", inContainer: "In", reference: "Reference",
      notFound: "This resource is not in this catalogue.", skip: "Skip to the results",
      footer: "{title}: {n} resources, published {date} with Resource Catalogue. Works offline.",
      role_author: "author", role_publisher: "publisher", role_funder: "funder", role_editor: "editor",
      toCriteria: "Criteria ↓"
    },
    th: {
      comma: ", ", volume: "ปีที่ {v}", issue: "ฉบับที่ {v}", pageRange: "หน้า {v}",
      intro: "แสดงทรัพยากรล่าสุดก่อน ค้นหาหรือเรียกดูได้ด้วยช่องคำค้นและช่องเกณฑ์",
      keyword: "คำค้น", searchPlaceholder: "ค้นหาชื่อเรื่อง บทสรุป องค์กร…",
      sortBy: "เรียงตาม", sortLatest: "ล่าสุด", sortList: "ลำดับในรายการ",
      introList: "รายการอ่านตามลำดับของรายการ ค้นหาหรือเรียกดูได้ด้วยช่องคำค้นและช่องเกณฑ์", sortTitle: "ชื่อเรื่อง", sortYear: "ปี",
      criteria: "เกณฑ์", clearAll: "ล้างทั้งหมด", clearCriteria: "ล้างเกณฑ์",
      fType: "ประเภททรัพยากร", fTheme: "หัวข้อ", fRegion: "ภูมิภาค", fCountry: "ประเทศ",
      fLanguage: "ภาษา", fOrganization: "องค์กร", fYear: "ปี",
      filterValues: "กรอง…", showAll: "แสดงทั้งหมด ({n})", showFewer: "แสดงน้อยลง", noYear: "ไม่ระบุปี",
      showCountries: "แสดงประเทศใน {name}", remove: "นำ {name} ออก",
      showing: {other: "แสดง {a}–{b} จาก {n} รายการ"},
      noMatch: "ไม่พบทรัพยากรที่ตรงกัน", loadingIndex: "กำลังโหลดดัชนีการค้นหา…", previous: "ก่อนหน้า", next: "ถัดไป", page: "หน้า {n}",
      pages: "หน้า", back: "กลับไปที่รายการ", summary: "บทสรุป", authors: "ผู้แต่ง",
      organizations: "องค์กร", countries: "ประเทศ", regions: "ภูมิภาค", themes: "หัวข้อ",
      languages: "ภาษา", keywords: "คำสำคัญ", links: "ลิงก์", files: "ไฟล์", alsoIn: "มีในภาษา",
      notes: "บันทึก", published: "วันที่", type: "ประเภท", inContainer: "ใน", reference: "เลขอ้างอิง",
      notFound: "ไม่มีทรัพยากรนี้ในแคตตาล็อกนี้", skip: "ข้ามไปที่ผลลัพธ์",
      footer: "{title}: {n} รายการ เผยแพร่เมื่อ {date} ด้วย Resource Catalogue ใช้งานได้แบบออฟไลน์",
      role_author: "ผู้แต่ง", role_publisher: "ผู้จัดพิมพ์", role_funder: "ผู้ให้ทุน", role_editor: "บรรณาธิการ",
      toCriteria: "เกณฑ์ ↓"
    },
    vi: {
      comma: ", ", volume: "tập {v}", issue: "số {v}", pageRange: "tr. {v}",
      intro: "Tài liệu mới nhất được hiển thị trước. Để tìm kiếm hoặc duyệt, hãy dùng ô từ khóa và các ô tiêu chí.",
      keyword: "Từ khóa", searchPlaceholder: "Tìm tiêu đề, tóm tắt, tổ chức…",
      sortBy: "Sắp xếp theo", sortLatest: "Mới nhất", sortList: "Thứ tự danh sách",
      introList: "Danh sách đọc theo thứ tự riêng. Để tìm kiếm hoặc duyệt, hãy dùng ô từ khóa và các ô tiêu chí.", sortTitle: "Tiêu đề", sortYear: "Năm",
      criteria: "Tiêu chí", clearAll: "Xóa tất cả", clearCriteria: "Xóa tiêu chí",
      fType: "Loại tài liệu", fTheme: "Chủ đề", fRegion: "Khu vực", fCountry: "Quốc gia",
      fLanguage: "Ngôn ngữ", fOrganization: "Tổ chức", fYear: "Năm",
      filterValues: "Lọc…", showAll: "Hiện tất cả ({n})", showFewer: "Thu gọn", noYear: "Không rõ năm",
      showCountries: "Hiện các quốc gia của {name}", remove: "Bỏ {name}",
      showing: {other: "Hiển thị {a}–{b} trong {n} tài liệu"},
      noMatch: "Không có tài liệu nào phù hợp.", loadingIndex: "Đang tải chỉ mục tìm kiếm…", previous: "Trước", next: "Sau", page: "Trang {n}",
      pages: "Trang", back: "Quay lại danh sách", summary: "Tóm tắt", authors: "Tác giả",
      organizations: "Tổ chức", countries: "Quốc gia", regions: "Khu vực", themes: "Chủ đề",
      languages: "Ngôn ngữ", keywords: "Từ khóa", links: "Liên kết", files: "Tệp", alsoIn: "Cũng có bằng",
      notes: "Ghi chú", published: "Ngày", type: "Loại", inContainer: "Trong", reference: "Số tham chiếu",
      notFound: "Tài liệu này không có trong danh mục.", skip: "Đến kết quả",
      footer: "{title}: {n} tài liệu, xuất bản ngày {date} bằng Resource Catalogue. Dùng được khi không có mạng.",
      role_author: "tác giả", role_publisher: "nhà xuất bản", role_funder: "nhà tài trợ", role_editor: "biên tập",
      toCriteria: "Tiêu chí ↓"
    },
    ar: {
      comma: "، ", volume: "المجلد {v}", issue: "العدد {v}", pageRange: "الصفحات {v}",
      intro: "تُعرض أحدث الموارد أولاً. للبحث أو التصفح استخدم مربع الكلمات المفتاحية ومربعات المعايير.",
      keyword: "كلمة مفتاحية", searchPlaceholder: "ابحث في العناوين والملخصات والمنظمات…",
      sortBy: "الترتيب حسب", sortLatest: "الأحدث", sortList: "ترتيب القائمة",
      introList: "قائمة قراءة بترتيبها الخاص. للبحث أو التصفح استخدم مربع الكلمات المفتاحية ومربعات المعايير.", sortTitle: "العنوان", sortYear: "السنة",
      criteria: "المعايير", clearAll: "مسح الكل", clearCriteria: "مسح المعايير",
      fType: "نوع المورد", fTheme: "الموضوع", fRegion: "المنطقة", fCountry: "البلد",
      fLanguage: "اللغة", fOrganization: "المنظمة", fYear: "السنة",
      filterValues: "تصفية…", showAll: "عرض الكل ({n})", showFewer: "عرض أقل", noYear: "بلا سنة",
      showCountries: "عرض بلدان {name}", remove: "إزالة {name}",
      showing: {zero: "عرض {a}–{b} من {n} مورد", one: "عرض {a}–{b} من مورد واحد", two: "عرض {a}–{b} من موردين",
                few: "عرض {a}–{b} من {n} موارد", many: "عرض {a}–{b} من {n} موردًا", other: "عرض {a}–{b} من {n} مورد"},
      noMatch: "لا توجد موارد مطابقة.", loadingIndex: "جارٍ تحميل فهرس البحث…", previous: "السابق", next: "التالي", page: "الصفحة {n}",
      pages: "الصفحات", back: "العودة إلى القائمة", summary: "الملخص", authors: "المؤلفون",
      organizations: "المنظمات", countries: "البلدان", regions: "المناطق", themes: "المواضيع",
      languages: "اللغات", keywords: "الكلمات المفتاحية", links: "الروابط", files: "الملفات", alsoIn: "متوفر أيضًا بـ",
      notes: "ملاحظات", published: "التاريخ", type: "النوع", inContainer: "في", reference: "المرجع",
      notFound: "هذا المورد غير موجود في هذا الفهرس.", skip: "انتقل إلى النتائج",
      footer: "{title}: {n} مورد، نُشر في {date} باستخدام Resource Catalogue. يعمل دون اتصال.",
      role_author: "مؤلف", role_publisher: "ناشر", role_funder: "ممول", role_editor: "محرر",
      toCriteria: "المعايير ↓"
    }
  };
  var RTL = {ar: true};

  function chooseLanguage() {
    var wanted = [];
    var m = /[?&]lang=([A-Za-z-]+)/.exec(window.location.search);
    if (m) wanted.push(m[1]);
    wanted = wanted.concat(navigator.languages || [], [navigator.language || "en"]);
    for (var i = 0; i < wanted.length; i++) {
      var base = String(wanted[i] || "").toLowerCase().split("-")[0];
      if (M[base]) return base;
    }
    return "en";
  }

  RC.lang = chooseLanguage();
  RC.dir = RTL[RC.lang] ? "rtl" : "ltr";
  var plurals = new Intl.PluralRules(RC.lang);
  var numbers = new Intl.NumberFormat(RC.lang);

  RC.number = function (n) { return numbers.format(n); };

  /* t("page", {n: 3}); a message with plural forms picks one by vars.n. */
  RC.t = function (key, vars) {
    var msg = M[RC.lang][key];
    if (msg === undefined) msg = M.en[key];
    if (msg === undefined) return key;
    if (typeof msg === "object") {
      var n = vars && typeof vars.n === "number" ? vars.n : 0;
      msg = msg[plurals.select(n)] || msg.other;
    }
    if (!vars) return msg;
    return msg.replace(/\{(\w+)\}/g, function (all, name) {
      var v = vars[name];
      if (v === undefined) return all;
      return typeof v === "number" ? RC.number(v) : String(v);
    });
  };
  RC.languages = Object.keys(M);
})();
