<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>About</name>
    <message>
        <source>Built %1 for %2</source>
        <translation>بُني في %1 لـ %2</translation>
    </message>
    <message>
        <source>Running from the source code</source>
        <translation>يعمل من الشيفرة المصدرية</translation>
    </message>
    <message>
        <source>An offline catalogue of documents on labour migration: search, filter, read, edit, import and export, without a network.</source>
        <translation>فهرس غير متصل لوثائق هجرة العمالة: البحث والتصفية والقراءة والتحرير والاستيراد والتصدير، دون شبكة.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>The Noto fonts shipped with it are under the SIL Open Font License.</source>
        <translation>خطوط Noto المرفقة به مرخّصة بموجب رخصة SIL Open Font License.</translation>
    </message>
    <message>
        <source>About Resource Catalogue</source>
        <translation>حول فهرس المصادر</translation>
    </message>
</context>
<context>
    <name>AddDocumentsDialog</name>
    <message>
        <source>Add documents</source>
        <translation>إضافة مستندات</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will become new records with the file attached.</source>
        <translation>
            <numerusform>لن يصبح أي ملف تسجيلة جديدة.</numerusform>
            <numerusform>سيصبح ملف واحد تسجيلة جديدة مرفقًا بها الملف.</numerusform>
            <numerusform>سيصبح ملفان تسجيلتين جديدتين مرفقًا بكل منهما ملفها.</numerusform>
            <numerusform>ستصبح %n ملفات تسجيلات جديدة مرفقًا بكل منها ملفها.</numerusform>
            <numerusform>سيصبح %n ملفًا تسجيلات جديدة مرفقًا بكل منها ملفها.</numerusform>
            <numerusform>سيصبح %n ملف تسجيلات جديدة مرفقًا بكل منها ملفها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are left out (see the last column).</source>
        <translation>
            <numerusform>لم يُستبعد أي ملف.</numerusform>
            <numerusform>استُبعد ملف واحد (انظر العمود الأخير).</numerusform>
            <numerusform>استُبعد ملفان (انظر العمود الأخير).</numerusform>
            <numerusform>استُبعدت %n ملفات (انظر العمود الأخير).</numerusform>
            <numerusform>استُبعد %n ملفًا (انظر العمود الأخير).</numerusform>
            <numerusform>استُبعد %n ملف (انظر العمود الأخير).</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Summary (from the file&apos;s subject)</source>
        <translation>الملخص (من موضوع الملف)</translation>
    </message>
    <message>
        <source>Use the suggested:</source>
        <translation>استخدام المقترح:</translation>
    </message>
    <message>
        <source>Untick to leave this field empty in the new records: %1</source>
        <translation>ألغِ التحديد لترك هذا الحقل فارغًا في التسجيلات الجديدة: %1</translation>
    </message>
    <message>
        <source>Files to add</source>
        <translation>الملفات المراد إضافتها</translation>
    </message>
    <message>
        <source>Add file</source>
        <translation>إضافة الملف</translation>
    </message>
    <message>
        <source>DOI / ISBN / ISSN</source>
        <translation>DOI / ISBN / ISSN</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Where the suggestions come from</source>
        <translation>مصدر الاقتراحات</translation>
    </message>
    <message>
        <source>Reading list for the new records</source>
        <translation>قائمة القراءة للتسجيلات الجديدة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Also put them on the reading list:</source>
        <translation>وضعها أيضًا في قائمة القراءة:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s)</source>
        <translation>
            <numerusform>لا مستندات لإضافتها</numerusform>
            <numerusform>إضافة مستند واحد</numerusform>
            <numerusform>إضافة مستندين</numerusform>
            <numerusform>إضافة %n مستندات</numerusform>
            <numerusform>إضافة %n مستندًا</numerusform>
            <numerusform>إضافة %n مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>من: %1</translation>
    </message>
    <message>
        <source>already in the catalogue (same file)</source>
        <translation>موجود في الفهرس بالفعل (الملف نفسه)</translation>
    </message>
    <message>
        <source>the same file is listed earlier</source>
        <translation>الملف نفسه مدرج قبل ذلك</translation>
    </message>
    <message>
        <source>added, but its text cannot be read: %1</source>
        <translation>أُضيف، لكن تتعذّر قراءة نصه: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Resource Catalogue</source>
        <translation>فهرس المصادر</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls *.xlsx *.ppt *.pptx *.epub);;All files (*)</source>
        <translation>مستندات (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls *.xlsx *.ppt *.pptx *.epub);;كل الملفات (*)</translation>
    </message>
    <message>
        <source> — missing from the attachments folder</source>
        <translation> — غير موجود في مجلد المرفقات</translation>
    </message>
    <message>
        <source> — changed on disk since it was attached</source>
        <translation> — تغيّر على القرص منذ إرفاقه</translation>
    </message>
    <message>
        <source>No attachments. Add a PDF or other file to keep a copy with the catalogue.</source>
        <translation>لا توجد مرفقات. أضف ملف PDF أو ملفًا آخر للاحتفاظ بنسخة منه مع الفهرس.</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>إ&amp;رفاق ملف…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>تعذّر الإرفاق</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>تعذّر الفتح</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>Bibliography</name>
    <message>
        <source>HTML page</source>
        <translation>صفحة HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word ‏(DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>دون تجميع</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>List order</source>
        <translation>ترتيب القائمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Year (newest first)</source>
        <translation>السنة (الأحدث أولًا)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
</context>
<context>
    <name>BibliographyDialog</name>
    <message>
        <source>Preview: the page as it will be written</source>
        <translation>معاينة: الصفحة كما ستُكتب</translation>
    </message>
    <message>
        <source>Preview: the document&apos;s content and styling (Word lays out the pages)</source>
        <translation>معاينة: محتوى المستند وتنسيقه (يتولى Word ترتيب الصفحات)</translation>
    </message>
    <message>
        <source>Preview: the document&apos;s content; Print preview shows the PDF&apos;s pages</source>
        <translation>معاينة: محتوى المستند؛ تعرض معاينة الطباعة صفحات PDF</translation>
    </message>
    <message>
        <source>Preview: the exact text of the file</source>
        <translation>معاينة: النص الفعلي للملف</translation>
    </message>
    <message>
        <source>Export bibliography — %1</source>
        <translation>تصدير الببليوغرافيا — %1</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>تعذّرت المعاينة: %1</translation>
    </message>
    <message>
        <source>Include &amp;summaries</source>
        <translation>تضمين المل&amp;خصات</translation>
    </message>
    <message>
        <source>Include the list&apos;s &amp;notes</source>
        <translation>تضمين &amp;ملاحظات القائمة</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>التن&amp;سيق:</translation>
    </message>
    <message>
        <source>&amp;Citation style:</source>
        <translation>نمط الاست&amp;شهاد:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>الت&amp;جميع حسب:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>الترت&amp;يب حسب:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) from “%1”</source>
        <translation>
            <numerusform>%Ln مصدر من “%1”</numerusform>
            <numerusform>مصدر واحد من “%1”</numerusform>
            <numerusform>مصدران من “%1”</numerusform>
            <numerusform>%Ln مصادر من “%1”</numerusform>
            <numerusform>%Ln مصدرًا من “%1”</numerusform>
            <numerusform>%Ln مصدر من “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the exported bibliography</source>
        <translation>معاينة الببليوغرافيا المصدَّرة</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>معاي&amp;نة الطباعة…</translation>
    </message>
    <message numerus="yes">
        <source>Formatting %Ln reference(s)…</source>
        <translation>
            <numerusform>جارٍ تنسيق %Ln مرجع…</numerusform>
            <numerusform>جارٍ تنسيق مرجع واحد…</numerusform>
            <numerusform>جارٍ تنسيق مرجعين…</numerusform>
            <numerusform>جارٍ تنسيق %Ln مراجع…</numerusform>
            <numerusform>جارٍ تنسيق %Ln مرجعًا…</numerusform>
            <numerusform>جارٍ تنسيق %Ln مرجع…</numerusform>
        </translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>الببليوغرافيا</translation>
    </message>
    <message>
        <source>Could not format the references: %1</source>
        <translation>تعذّر تنسيق المراجع: %1</translation>
    </message>
    <message>
        <source>Formatting the preview…</source>
        <translation>جارٍ تنسيق المعاينة…</translation>
    </message>
    <message numerus="yes">
        <source> — the first %1 of %Ln references; all are written</source>
        <translation>
            <numerusform> — أول %1 من %Ln مرجع؛ وتُكتب كلها</numerusform>
            <numerusform> — أول %1 من مرجع واحد؛ ويُكتب كله</numerusform>
            <numerusform> — أول %1 من مرجعين؛ ويُكتبان كلاهما</numerusform>
            <numerusform> — أول %1 من %Ln مراجع؛ وتُكتب كلها</numerusform>
            <numerusform> — أول %1 من %Ln مرجعًا؛ وتُكتب كلها</numerusform>
            <numerusform> — أول %1 من %Ln مرجع؛ وتُكتب كلها</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bibliography</source>
        <translation>تصدير الببليوغرافيا</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Add a value</source>
        <translation>إضافة قيمة</translation>
    </message>
    <message>
        <source>Remove a value</source>
        <translation>إزالة قيمة</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %Ln resource(s)</source>
        <translation>
            <numerusform>تحرير جماعي لـ %Ln مصدر</numerusform>
            <numerusform>تحرير جماعي لـ مصدر واحد</numerusform>
            <numerusform>تحرير جماعي لـ مصدران</numerusform>
            <numerusform>تحرير جماعي لـ %Ln مصادر</numerusform>
            <numerusform>تحرير جماعي لـ %Ln مصدرًا</numerusform>
            <numerusform>تحرير جماعي لـ %Ln مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>معاينة التغيير</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>ت&amp;طبيق</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>ال&amp;تغيير</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Type to find a value…</source>
        <translation>اكتب للبحث عن قيمة…</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>ال&amp;حقل</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>ال&amp;قيمة</translation>
    </message>
    <message>
        <source>Type to find a value (empty type: no type)…</source>
        <translation>اكتب للبحث عن قيمة (فارغ: بلا نوع)…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression (\1 in the replacement is the first group)</source>
        <translation>تعبير &amp;نمطي (\1 في الاستبدال هي المجموعة الأولى)</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>مطابقة حالة الأ&amp;حرف</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>ا&amp;بحث عن</translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation>است&amp;بدل بـ</translation>
    </message>
    <message>
        <source>choose a value from the suggestions</source>
        <translation>اختر قيمة من الاقتراحات</translation>
    </message>
    <message>
        <source>type the value to add</source>
        <translation>اكتب القيمة المراد إضافتها</translation>
    </message>
    <message>
        <source>type the value to remove</source>
        <translation>اكتب القيمة المراد إزالتها</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) of %1 will change.</source>
        <translation>
            <numerusform>سيتغيّر %Ln مصدر من %1.</numerusform>
            <numerusform>سيتغيّر مصدر واحد من %1.</numerusform>
            <numerusform>سيتغيّر مصدران من %1.</numerusform>
            <numerusform>ستتغيّر %Ln مصادر من %1.</numerusform>
            <numerusform>سيتغيّر %Ln مصدرًا من %1.</numerusform>
            <numerusform>سيتغيّر %Ln مصدر من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) would become invalid (shown in the After column): fix the change first.</source>
        <translation>
            <numerusform>%Ln مصدر سيصبح غير صالح (انظر عمود «بعد»): صحّح التغيير أولًا.</numerusform>
            <numerusform>مصدر واحد سيصبح غير صالح (انظر عمود «بعد»): صحّح التغيير أولًا.</numerusform>
            <numerusform>مصدران سيصبح غير صالح (انظر عمود «بعد»): صحّح التغيير أولًا.</numerusform>
            <numerusform>%Ln مصادر سيصبح غير صالح (انظر عمود «بعد»): صحّح التغيير أولًا.</numerusform>
            <numerusform>%Ln مصدرًا سيصبح غير صالح (انظر عمود «بعد»): صحّح التغيير أولًا.</numerusform>
            <numerusform>%Ln مصدر سيصبح غير صالح (انظر عمود «بعد»): صحّح التغيير أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: every selected resource already has this.</source>
        <translation>لا شيء للتغيير: كل المصادر المحددة فيها هذه القيمة بالفعل.</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>تحرير جماعي</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <source>Showing all resources. Type in Search or tick values under Criteria to narrow them.</source>
        <translation>تُعرض كل المصادر. اكتب في البحث أو حدّد قيمًا في المعايير لتضييق النتائج.</translation>
    </message>
    <message>
        <source>Type in Search or tick values under Criteria to narrow them.</source>
        <translation>اكتب في البحث أو حدّد قيمًا في المعايير لتضييق النتائج.</translation>
    </message>
    <message>
        <source>Active criteria</source>
        <translation>المعايير المطبّقة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Clear all criteria</source>
        <translation>مسح كل المعايير</translation>
    </message>
    <message>
        <source>Remove every criterion (Esc in the search box clears it too)</source>
        <translation>إزالة كل المعايير (Esc في مربع البحث يمسحها أيضًا)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>بحث: %1</translation>
    </message>
    <message>
        <source>Leave out: %1</source>
        <translation>استبعاد: %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>ليس %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <source>document text: %1</source>
        <translation>نص الوثيقة: %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>أُضيف %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>عُدّل %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>مع %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>بدون %1</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>في المهملات</translation>
    </message>
    <message>
        <source>likely duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>on the list “%1”</source>
        <translation>في القائمة “%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>إزالة «%1»</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>CollapsibleBox</name>
    <message>
        <source>%1: show or hide</source>
        <translation>%1: إظهار أو إخفاء</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the criteria under %1</source>
        <translation>مسح معايير %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%Ln selected)</source>
        <translation>
            <numerusform>%1  (%Ln محدد)</numerusform>
            <numerusform>%1  (واحد محدد)</numerusform>
            <numerusform>%1  (اثنان محددان)</numerusform>
            <numerusform>%1  (%Ln محددة)</numerusform>
            <numerusform>%1  (%Ln محددًا)</numerusform>
            <numerusform>%1  (%Ln محدد)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Store as</source>
        <translation>يُخزَّن بوصفه</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>الصفحة الأولى</translation>
    </message>
</context>
<context>
    <name>ConflictMergeDialog</name>
    <message>
        <source>Merge field by field</source>
        <translation>دمج حقلًا بحقل</translation>
    </message>
    <message>
        <source>&lt;b&gt;This copy&lt;/b&gt;</source>
        <translation>&lt;b&gt;هذه النسخة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared catalogue&lt;/b&gt;</source>
        <translation>&lt;b&gt;الفهرس المشترك&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Both changed this record since the last sync. Choose, field by field, the value to keep; the result is sent at the next sync and history keeps both versions.</source>
        <translation>غيّر الطرفان هذه التسجيلة منذ آخر مزامنة. اختر القيمة التي تُحفظ لكل حقل؛ تُرسل النتيجة في المزامنة التالية ويحتفظ السجل بالنسختين.</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>cannot read year &apos;{value}&apos; at character {position}: use year:2020, year:2018..2022, year:&gt;=2018, year:&lt;2000 or year:none</source>
        <translation>تعذرت قراءة السنة &apos;{value}&apos; عند الحرف {position}: استخدم year:2020 أو year:2018..2022 أو year:&gt;=2018 أو year:&lt;2000 أو year:none</translation>
    </message>
    <message>
        <source>cannot read date &apos;{value}&apos; at character {position}: use {field}:2026-01-31, {field}:2026-01, {field}:&gt;=2026-01-01, {field}:&lt;30d or {field}:today</source>
        <translation>تعذرت قراءة التاريخ &apos;{value}&apos; عند الحرف {position}: استخدم {field}:2026-01-31 أو {field}:2026-01 أو {field}:&gt;=2026-01-01 أو {field}:&lt;30d أو {field}:today</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}:&apos; at character {position}; known fields are: {fields}</source>
        <translation>حقل غير معروف &apos;{name}:&apos; عند الحرف {position}؛ الحقول المعروفة: {fields}</translation>
    </message>
    <message>
        <source>unknown {field}:{value} at character {position}; use one of: {values}</source>
        <translation>قيمة غير معروفة {field}:{value} عند الحرف {position}؛ استخدم إحدى: {values}</translation>
    </message>
    <message>
        <source>&apos;)&apos; at character {position} closes no &apos;(&apos;</source>
        <translation>&apos;)&apos; عند الحرف {position} لا يغلق أي &apos;(&apos;</translation>
    </message>
    <message>
        <source>nothing before OR at character {position}</source>
        <translation>لا شيء قبل OR عند الحرف {position}</translation>
    </message>
    <message>
        <source>nothing before AND at character {position}</source>
        <translation>لا شيء قبل AND عند الحرف {position}</translation>
    </message>
    <message>
        <source>too many parentheses inside each other at character {position}</source>
        <translation>أقواس متداخلة كثيرة جدًا عند الحرف {position}</translation>
    </message>
    <message>
        <source>cannot read this query ({reason}) at character {position}</source>
        <translation>تعذرت قراءة هذا البحث ({reason}) عند الحرف {position}</translation>
    </message>
    <message>
        <source>is:trash cannot be inside OR, NOT or parentheses: it says where to search</source>
        <translation>لا يمكن أن يكون is:trash داخل OR أو NOT أو أقواس: فهو يحدد مكان البحث</translation>
    </message>
    <message>
        <source>series: and is:latest cannot be inside OR, NOT or parentheses</source>
        <translation>لا يمكن أن يكون series: و is:latest داخل OR أو NOT أو أقواس</translation>
    </message>
    <message>
        <source>no reading list is called &apos;{value}&apos;</source>
        <translation>لا توجد قائمة قراءة باسم &apos;{value}&apos;</translation>
    </message>
</context>
<context>
    <name>CriteriaSidebar</name>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Remove every criterion and show all resources</source>
        <translation>إزالة كل المعايير وعرض كل المصادر</translation>
    </message>
    <message>
        <source>Clear all criteria</source>
        <translation>مسح كل المعايير</translation>
    </message>
    <message>
        <source>The boxes below cannot show all of this search: %1. The chips above the results show it whole.</source>
        <translation>لا تستطيع المربعات أدناه عرض هذا البحث كله: %1. تعرضه الشارات فوق النتائج كاملًا.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>publisher</source>
        <translation>ناشر</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>ممول</translation>
    </message>
    <message>
        <source>Show resources with %1: %2</source>
        <translation>عرض المصادر ذات %1: %2</translation>
    </message>
    <message>
        <source>vol. %1</source>
        <translation>مج %1</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>ع %1</translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>ص %1</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>بلا سنة</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the trash&lt;/b&gt; since %1</source>
        <translation>&lt;b&gt;في سلة المهملات&lt;/b&gt; منذ %1</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>لا يوجد ملخص.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>منشور في</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>قوائم القراءة</translation>
    </message>
    <message>
        <source>Show the reading list %1</source>
        <translation>عرض قائمة القراءة %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (مفقود)</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>فتح بعارض النظام</translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation>فتح في متصفح الويب</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>المعرّف UID</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>تفاصيل المصدر</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Select a resource in the table to read it here.</source>
        <translation>اختر مصدرًا في الجدول لقراءته هنا.</translation>
    </message>
    <message>
        <source>↑ and ↓ move through the results; Ctrl+F goes to the search box.</source>
        <translation>↑ و↓ للتنقل في النتائج؛ Ctrl+F للانتقال إلى مربع البحث.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) selected.</source>
        <translation>
            <numerusform>لم يُحدَّد أي مصدر.</numerusform>
            <numerusform>حُدِّد مصدر واحد.</numerusform>
            <numerusform>حُدِّد مصدران.</numerusform>
            <numerusform>حُدِّدت %Ln مصادر.</numerusform>
            <numerusform>حُدِّد %Ln مصدرًا.</numerusform>
            <numerusform>حُدِّد %Ln مصدر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single resource to read it. Ctrl+A selects every result.</source>
        <translation>اختر مصدرًا واحدًا لقراءته. Ctrl+A يحدد كل النتائج.</translation>
    </message>
    <message>
        <source>This resource no longer exists.</source>
        <translation>هذا المصدر لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>تعذّر الفتح</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Changes to this resource, newest first</source>
        <translation>التغييرات على هذا المصدر، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Files kept with this resource</source>
        <translation>الملفات المحفوظة مع هذا المصدر</translation>
    </message>
    <message>
        <source>Who changed what, and when; restore an earlier version</source>
        <translation>من غيّر ماذا ومتى؛ واستعادة نسخة سابقة</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>المرفقات (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>file metadata</source>
        <translation>البيانات الوصفية للملف</translation>
    </message>
    <message>
        <source>file metadata (creation date)</source>
        <translation>البيانات الوصفية للملف (تاريخ الإنشاء)</translation>
    </message>
    <message>
        <source>first page</source>
        <translation>الصفحة الأولى</translation>
    </message>
    <message>
        <source>first pages</source>
        <translation>الصفحات الأولى</translation>
    </message>
    <message>
        <source>first pages (copyright)</source>
        <translation>الصفحات الأولى (حقوق النشر)</translation>
    </message>
    <message>
        <source>first pages (check digit valid)</source>
        <translation>الصفحات الأولى (رقم التحقق صحيح)</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>script and common words</source>
        <translation>نظام الكتابة والكلمات الشائعة</translation>
    </message>
    <message>
        <source>named in the first pages</source>
        <translation>مذكور في الصفحات الأولى</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>تتعذّر قراءته: {reason}</translation>
    </message>
    <message>
        <source>not a PDF, DOCX, ODT, EPUB, HTML or text file</source>
        <translation>ليس ملف PDF أو DOCX أو ODT أو EPUB أو HTML أو ملفًا نصيًا</translation>
    </message>
    <message>
        <source>the document has no text</source>
        <translation>لا يحتوي المستند على نص</translation>
    </message>
    <message>
        <source>no text layer (a scan)</source>
        <translation>لا توجد طبقة نص (مستند ممسوح ضوئيًا)</translation>
    </message>
    <message>
        <source>no text found by OCR</source>
        <translation>لم يعثر التعرف الضوئي (OCR) على نص</translation>
    </message>
    <message>
        <source>Install Tesseract to read scans: on Debian or Ubuntu, sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie</source>
        <translation>ثبّت Tesseract لقراءة المستندات الممسوحة ضوئيًا: على Debian أو Ubuntu، sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie</translation>
    </message>
</context>
<context>
    <name>DocumentsFeature</name>
    <message>
        <source>Add &amp;documents…</source>
        <translation>إ&amp;ضافة مستندات…</translation>
    </message>
    <message>
        <source>Make a record for each PDF, Word, OpenDocument, EPUB, HTML or text file, with the file attached and its metadata suggested</source>
        <translation>إنشاء تسجيلة لكل ملف PDF أو Word أو OpenDocument أو EPUB أو HTML أو نصي، مع إرفاق الملف واقتراح بياناته الوصفية</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>تعذّر الفتح</translation>
    </message>
    <message>
        <source>No program is set up to open %1</source>
        <translation>لا يوجد برنامج مُعدّ لفتح %1</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>إضافة مستندات</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.epub *.html *.htm *.txt);;All files (*)</source>
        <translation>مستندات (*.pdf *.docx *.odt *.epub *.html *.htm *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>جارٍ قراءة الملفات…</translation>
    </message>
    <message>
        <source>Cannot add the documents</source>
        <translation>تعذّرت إضافة المستندات</translation>
    </message>
    <message>
        <source>No PDF, Word, OpenDocument, EPUB, HTML or text files were found there.</source>
        <translation>لم يُعثر هناك على ملفات PDF أو Word أو OpenDocument أو EPUB أو HTML أو ملفات نصية.</translation>
    </message>
    <message>
        <source>already in the catalogue</source>
        <translation>موجود في الفهرس بالفعل</translation>
    </message>
    <message>
        <source>Some files are left out</source>
        <translation>استُبعدت بعض الملفات</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>تعذّر الإرفاق</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added; their text is read in the background</source>
        <translation>
            <numerusform>لم يُضف أي مستند</numerusform>
            <numerusform>أُضيف مستند واحد؛ يُقرأ نصه في الخلفية</numerusform>
            <numerusform>أُضيف مستندان؛ يُقرأ نصاهما في الخلفية</numerusform>
            <numerusform>أُضيفت %n مستندات؛ تُقرأ نصوصها في الخلفية</numerusform>
            <numerusform>أُضيف %n مستندًا؛ تُقرأ نصوصها في الخلفية</numerusform>
            <numerusform>أُضيف %n مستند؛ تُقرأ نصوصها في الخلفية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>protected by a password</source>
        <translation>محمي بكلمة مرور</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>too big to read</source>
        <translation>أكبر من أن يُقرأ</translation>
    </message>
    <message>
        <source>not a document format that can be read</source>
        <translation>ليس بصيغة مستند يمكن قراءتها</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>تتعذّر قراءة الملف</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>الملف مفقود</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>لا أجزاء</numerusform>
            <numerusform>جزء واحد</numerusform>
            <numerusform>جزءان</numerusform>
            <numerusform>%n أجزاء</numerusform>
            <numerusform>%n جزءًا</numerusform>
            <numerusform>%n جزء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching passage(s)</source>
        <translation>
            <numerusform>لا مقاطع مطابقة</numerusform>
            <numerusform>مقطع مطابق واحد</numerusform>
            <numerusform>مقطعان مطابقان</numerusform>
            <numerusform>%n مقاطع مطابقة</numerusform>
            <numerusform>%n مقطعًا مطابقًا</numerusform>
            <numerusform>%n مقطع مطابق</numerusform>
        </translation>
    </message>
    <message>
        <source>read by OCR</source>
        <translation>قُرئ بالتعرف الضوئي (OCR)</translation>
    </message>
    <message>
        <source>waiting to be read</source>
        <translation>في انتظار القراءة</translation>
    </message>
    <message>
        <source>no searchable text</source>
        <translation>لا يوجد نص قابل للبحث</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>تعذّرت قراءته: %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>فتح بعارض النظام</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>ص %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>الجزء %1</translation>
    </message>
    <message>
        <source>Open the file at page %1</source>
        <translation>فتح الملف عند الصفحة %1</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <source>This resource looks like one already in the catalogue. Open the existing record, merge the two, or save anyway.</source>
        <translation>يبدو هذا المصدر مثل مصدر موجود في الفهرس. افتح التسجيلة الموجودة، أو ادمج الاثنتين، أو احفظ على أي حال.</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>فتح ال&amp;موجودة</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>حفظ على &amp;أي حال</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>ال&amp;عودة إلى التحرير</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>البحث عن التكرارات</translation>
    </message>
    <message>
        <source>Likely duplicate pairs</source>
        <translation>أزواج التكرارات المحتملة</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>التسجيلة الأولى</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>التسجيلة الثانية</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Compare and &amp;merge…</source>
        <translation>مقارنة و&amp;دمج…</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;ليست مكررة</translation>
    </message>
    <message>
        <source>&amp;Open first</source>
        <translation>فتح الأ&amp;ولى</translation>
    </message>
    <message>
        <source>Open &amp;second</source>
        <translation>فتح ال&amp;ثانية</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>جارٍ البحث عن التكرارات المحتملة…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely duplicate pair(s).</source>
        <translation>
            <numerusform>لا أزواج مكررة محتملة.</numerusform>
            <numerusform>زوج مكرر محتمل واحد.</numerusform>
            <numerusform>زوجان مكرران محتملان.</numerusform>
            <numerusform>%Ln أزواج مكررة محتملة.</numerusform>
            <numerusform>%Ln زوجًا مكررًا محتملًا.</numerusform>
            <numerusform>%Ln زوج مكرر محتمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates. Pairs marked “not duplicates” are not shown.</source>
        <translation>لا توجد تكرارات محتملة. لا تُعرض الأزواج المعلَّمة «ليست مكررة».</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New resource…</source>
        <translation>م&amp;صدر جديد…</translation>
    </message>
    <message>
        <source>Create a resource</source>
        <translation>إنشاء مصدر</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>&amp;Edit resource…</source>
        <translation>&amp;تحرير المصدر…</translation>
    </message>
    <message>
        <source>Edit the selected resource (or press Enter on it)</source>
        <translation>تحرير المصدر المحدد (أو اضغط Enter عليه)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Open an unsaved copy of the selected resource</source>
        <translation>فتح نسخة غير محفوظة من المصدر المحدد</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move the selected resources to the trash</source>
        <translation>نقل المصادر المحددة إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Dupl&amp;icate resource…</source>
        <translation>ت&amp;كرار المصدر…</translation>
    </message>
    <message>
        <source>Res&amp;tore from trash</source>
        <translation>ا&amp;ستعادة من سلة المهملات</translation>
    </message>
    <message>
        <source>Bring the selected resources back from the trash</source>
        <translation>إعادة المصادر المحددة من سلة المهملات</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>E&amp;mpty trash…</source>
        <translation>إ&amp;فراغ سلة المهملات…</translation>
    </message>
    <message>
        <source>Remove every resource in the trash for good (asks first)</source>
        <translation>إزالة كل المصادر في سلة المهملات نهائيًا (بعد السؤال)</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>تحرير جماع&amp;ي…</translation>
    </message>
    <message>
        <source>Add or remove a value, set a field, or find and replace in the selected resources</source>
        <translation>إضافة قيمة أو إزالتها، أو تعيين حقل، أو البحث والاستبدال في المصادر المحددة</translation>
    </message>
    <message>
        <source>&amp;Merge the two resources…</source>
        <translation>&amp;دمج المصدرين…</translation>
    </message>
    <message>
        <source>Compare the two selected resources side by side and merge them</source>
        <translation>مقارنة المصدرين المحددين جنبًا إلى جنب ودمجهما</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>البحث عن ال&amp;تكرارات…</translation>
    </message>
    <message>
        <source>List likely duplicate pairs in the whole catalogue</source>
        <translation>سرد أزواج التكرارات المحتملة في الفهرس كله</translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation>المفردات ال&amp;مضبوطة…</translation>
    </message>
    <message>
        <source>Add, rename, merge or retire types, themes, regions and organizations</source>
        <translation>إضافة الأنواع والموضوعات والمناطق والمنظمات أو إعادة تسميتها أو دمجها أو إيقافها</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>Your name in the history, and more</source>
        <translation>اسمك في السجل، وغير ذلك</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;حذف نهائي…</translation>
    </message>
    <message>
        <source>Remove the selected resources for good (asks first)</source>
        <translation>إزالة المصادر المحددة نهائيًا (بعد السؤال)</translation>
    </message>
    <message>
        <source>Move the selected resources to the trash (can be undone)</source>
        <translation>نقل المصادر المحددة إلى سلة المهملات (يمكن التراجع)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>حذف نهائي</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Remove for good</source>
        <translation>إزالة نهائية</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln resource(s) in the trash for good, with their history and attached files? This cannot be undone.</source>
        <translation>
            <numerusform>هل تريد إزالة %Ln مصدر من سلة المهملات نهائيًا مع سجلها وملفاتها المرفقة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إزالة مصدر واحد من سلة المهملات نهائيًا مع سجلها وملفاتها المرفقة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إزالة مصدران من سلة المهملات نهائيًا مع سجلها وملفاتها المرفقة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إزالة %Ln مصادر من سلة المهملات نهائيًا مع سجلها وملفاتها المرفقة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إزالة %Ln مصدرًا من سلة المهملات نهائيًا مع سجلها وملفاتها المرفقة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إزالة %Ln مصدر من سلة المهملات نهائيًا مع سجلها وملفاتها المرفقة؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>one of the records changed meanwhile</source>
        <translation>تغيّرت إحدى التسجيلتين في أثناء ذلك</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>لم يتم الدمج</translation>
    </message>
    <message>
        <source>Nothing was merged: %1.</source>
        <translation>لم يُدمج شيء: %1.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No results</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>Clear criteria</source>
        <translation>مسح المعايير</translation>
    </message>
    <message>
        <source>No resources match these criteria.</source>
        <translation>لا توجد مصادر تطابق هذه المعايير.</translation>
    </message>
    <message>
        <source>Remove a criterion above, or clear them all.</source>
        <translation>أزل معيارًا أعلاه، أو امسحها كلها.</translation>
    </message>
    <message>
        <source>This catalogue has no resources yet.</source>
        <translation>لا توجد مصادر في هذا الفهرس بعد.</translation>
    </message>
    <message>
        <source>Use File › Import… to add resources from a file.</source>
        <translation>استخدم ملف › استيراد… لإضافة مصادر من ملف.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Every field, one column each; opens in Excel with every script (UTF-8).</source>
        <translation>كل الحقول، لكل حقل عمود؛ يُفتح في Excel بكل أنظمة الكتابة (UTF-8).</translation>
    </message>
    <message>
        <source>Every field, one column each, as an Excel workbook.</source>
        <translation>كل الحقول، لكل حقل عمود، في مصنف Excel.</translation>
    </message>
    <message>
        <source>For Zotero, EndNote, Mendeley: every field; countries, regions and themes as tagged keywords.</source>
        <translation>لـ Zotero وEndNote وMendeley: كل الحقول؛ البلدان والمناطق والموضوعات كلمات مفتاحية موسومة.</translation>
    </message>
    <message>
        <source>For JabRef and LaTeX: every field (ours in extra fields), LaTeX-escaped, unique keys.</source>
        <translation>لـ JabRef وLaTeX: كل الحقول (حقولنا في حقول إضافية)، مع تهريب LaTeX، ومفاتيح فريدة.</translation>
    </message>
    <message>
        <source>For Zotero, pandoc and citeproc: every field (ours in the item&apos;s custom data).</source>
        <translation>لـ Zotero وpandoc وciteproc: كل الحقول (حقولنا في البيانات المخصصة للعنصر).</translation>
    </message>
    <message>
        <source>Everything, including UUIDs, history and reading lists: for another Resource Catalogue.</source>
        <translation>كل شيء، بما فيه المعرّفات UUID والسجل وقوائم القراءة: لفهرس مصادر آخر.</translation>
    </message>
    <message>
        <source>Everything plus the attached files, as one .zip: for a colleague&apos;s catalogue.</source>
        <translation>كل شيء مع الملفات المرفقة، في ملف .zip واحد: لفهرس زميل.</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>الفهرس كله</translation>
    </message>
    <message>
        <source>The current result</source>
        <translation>النتيجة الحالية</translation>
    </message>
    <message>
        <source>The selected records</source>
        <translation>التسجيلات المحددة</translation>
    </message>
    <message>
        <source>A reading list:</source>
        <translation>قائمة قراءة:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>اختر مكان الحفظ</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; records: more than an Excel sheet holds (%2 below its header). Choose CSV, or fewer records.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; تسجيلة: أكثر مما تتسع له ورقة Excel (%2 تحت صف العناوين). اختر CSV أو تسجيلات أقل.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; record(s) will be exported.</source>
        <translation>
            <numerusform>لن تُصدَّر أي تسجيلة.</numerusform>
            <numerusform>ستُصدَّر تسجيلة &lt;b&gt;واحدة&lt;/b&gt;.</numerusform>
            <numerusform>ستُصدَّر &lt;b&gt;تسجيلتان&lt;/b&gt;.</numerusform>
            <numerusform>ستُصدَّر &lt;b&gt;%Ln&lt;/b&gt; تسجيلات.</numerusform>
            <numerusform>ستُصدَّر &lt;b&gt;%Ln&lt;/b&gt; تسجيلة.</numerusform>
            <numerusform>ستُصدَّر &lt;b&gt;%Ln&lt;/b&gt; تسجيلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;… and %n more</source>
        <translation>
            <numerusform>&lt;br&gt;… ولا شيء آخر</numerusform>
            <numerusform>&lt;br&gt;… وواحد آخر</numerusform>
            <numerusform>&lt;br&gt;… واثنان آخران</numerusform>
            <numerusform>&lt;br&gt;… و%n أخرى</numerusform>
            <numerusform>&lt;br&gt;… و%n أخرى</numerusform>
            <numerusform>&lt;br&gt;… و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>&lt;b&gt;The export did not finish; no file was written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;لم يكتمل التصدير؛ لم يُكتب أي ملف:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>المجلد ⁨{folder}⁩ غير موجود</translation>
    </message>
    <message>
        <source>no file name given for the export</source>
        <translation>لم يُحدَّد اسم ملف للتصدير</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name</source>
        <translation>‏⁨{path}⁩ مجلد: أدخل اسم ملف</translation>
    </message>
    <message>
        <source>{path} is a device or a pipe, not a file: exports only write files</source>
        <translation>‏⁨{path}⁩ جهاز أو أنبوب وليس ملفًا: لا يكتب التصدير إلا في ملفات</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {error}</source>
        <translation>تتعذّر الكتابة في ⁨{folder}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>‏⁨{path}⁩ للقراءة فقط</translation>
    </message>
    <message>
        <source>there is no reading list called {name}</source>
        <translation>لا توجد قائمة قراءة باسم ⁨{name}⁩</translation>
    </message>
    <message>
        <source>cannot export to {format}; choose one of {formats}</source>
        <translation>يتعذّر التصدير بصيغة ⁨{format}⁩؛ اختر إحدى الصيغ: ⁨{formats}⁩</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <source>row {row} ({uid}): the {column} has {length} characters; an Excel cell holds {limit}, so it was cut there (CSV and JSON keep it whole)</source>
        <translation>الصف ⁨{row}⁩ (⁨{uid}⁩): يحتوي العمود ⁨{column}⁩ على ⁨{length}⁩ من الأحرف، والحد الأقصى لخلية Excel هو ⁨{limit}⁩، فقُطع النص عنده (يحتفظ CSV وJSON به كاملًا)</translation>
    </message>
</context>
<context>
    <name>FacetBox</name>
    <message>
        <source>Filter: %1</source>
        <translation>تصفية: %1</translation>
    </message>
    <message>
        <source>Filter the values of %1</source>
        <translation>تصفية قيم %1</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>قيم %1</translation>
    </message>
    <message>
        <source>Space or Enter ticks or unticks the current value; Ctrl+Space or Ctrl-click excludes it</source>
        <translation>Space أو Enter لتحديد القيمة الحالية أو إلغاء تحديدها؛ Ctrl+Space أو Ctrl مع النقر لاستبعادها</translation>
    </message>
    <message>
        <source>Remove from the search</source>
        <translation>إزالة من البحث</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>تضمين</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>تضمين مجددًا</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <source>No values in these results</source>
        <translation>لا قيم في هذه النتائج</translation>
    </message>
</context>
<context>
    <name>FacetListModel</name>
    <message numerus="yes">
        <source>%1 is left out: %Ln resource(s) fewer</source>
        <translation>
            <numerusform>%1 مستبعد: لا مصادر أقل</numerusform>
            <numerusform>%1 مستبعد: مصدر واحد أقل</numerusform>
            <numerusform>%1 مستبعد: مصدران أقل</numerusform>
            <numerusform>%1 مستبعد: %Ln مصادر أقل</numerusform>
            <numerusform>%1 مستبعد: %Ln مصدرًا أقل</numerusform>
            <numerusform>%1 مستبعد: %Ln مصدر أقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln resource(s)</source>
        <translation>
            <numerusform>%1: %Ln مصدر</numerusform>
            <numerusform>%1: مصدر واحد</numerusform>
            <numerusform>%1: مصدران</numerusform>
            <numerusform>%1: %Ln مصادر</numerusform>
            <numerusform>%1: %Ln مصدرًا</numerusform>
            <numerusform>%1: %Ln مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, excluded, %2</source>
        <translation>%1، مستبعد، %2</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Resource type</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>الكلمة المفتاحية</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>no resource type is called &apos;{value}&apos;</source>
        <translation>لا يوجد نوع مصدر باسم &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no theme is called &apos;{value}&apos;</source>
        <translation>لا يوجد موضوع باسم &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no region is called &apos;{value}&apos;</source>
        <translation>لا توجد منطقة باسم &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no country is called &apos;{value}&apos;</source>
        <translation>لا يوجد بلد باسم &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no language is called &apos;{value}&apos;</source>
        <translation>لا توجد لغة باسم &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no organization is called &apos;{value}&apos;</source>
        <translation>لا توجد منظمة باسم &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no keyword is called &apos;{value}&apos;</source>
        <translation>لا توجد كلمة مفتاحية &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no series is called &apos;{value}&apos;</source>
        <translation>لا توجد سلسلة باسم &apos;{value}&apos;</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>منشور في</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Publisher&apos;s reference</source>
        <translation>مرجع الناشر</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>في سلة المهملات</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>مدموج من</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>مدموج في</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Order of the parts</source>
        <translation>ترتيب الأجزاء</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>التسجيلة</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Catalogues (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>فهارس (*.db *.sqlite *.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation>فتح فهرس</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>فهرس جديد</translation>
    </message>
    <message>
        <source>Catalogues (*.db)</source>
        <translation>فهارس (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists: it is opened instead of being replaced.</source>
        <translation>%1 موجود بالفعل: سيُفتح بدلًا من استبداله.</translation>
    </message>
    <message>
        <source>No other catalogues yet</source>
        <translation>لا توجد فهارس أخرى بعد</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Import and export are not available in this version.</source>
        <translation>الاستيراد والتصدير غير متاحين في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>the CSV delimiter must be one character, such as , ; | or \t (got {delimiter})</source>
        <translation>يجب أن يكون فاصل CSV حرفًا واحدًا، مثل , أو ; أو | أو ⁦\t⁩ (المُعطى: ⁨{delimiter}⁩)</translation>
    </message>
    <message>
        <source>unknown format {format}; choose one of {formats}</source>
        <translation>صيغة غير معروفة ⁨{format}⁩؛ اختر إحدى الصيغ: ⁨{formats}⁩</translation>
    </message>
    <message>
        <source>{source}: cannot tell what kind of file this is; choose the format</source>
        <translation>‏⁨{source}⁩: يتعذّر تحديد نوع هذا الملف؛ اختر الصيغة</translation>
    </message>
    <message>
        <source>{source}: is a binary file, not {format}</source>
        <translation>‏⁨{source}⁩: ملف ثنائي وليس ⁨{format}⁩</translation>
    </message>
    <message>
        <source>{source}: {format} files are imported with the package import</source>
        <translation>‏⁨{source}⁩: تُستورد ملفات ⁨{format}⁩ عبر استيراد الحزم</translation>
    </message>
    <message>
        <source>{source}: no BibTeX entries found (no &apos;{example}&apos; line)</source>
        <translation>‏⁨{source}⁩: لم يُعثر على مدخلات BibTeX (لا يوجد سطر ⁨&apos;{example}&apos;⁩)</translation>
    </message>
    <message>
        <source>{source}: no list of references found (expected &apos;references:&apos;)</source>
        <translation>‏⁨{source}⁩: لم يُعثر على قائمة مراجع (المتوقع ⁦&apos;references:&apos;⁩)</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({error})</source>
        <translation>‏⁨{source}⁩، السطر ⁨{line}⁩: ليس YAML صالحًا (⁨{error}⁩)</translation>
    </message>
    <message>
        <source>{source}, {error}</source>
        <translation>‏⁨{source}⁩، ⁨{error}⁩</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>‏⁨{source}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>YAML aliases (*name) are not accepted in a bibliography file; write the values out</source>
        <translation>لا تُقبل الأسماء المستعارة في YAML ⁦(*name)⁩ في ملف الببليوغرافيا؛ اكتب القيم كاملة</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep; a bibliography never is</source>
        <translation>عمق التداخل يتجاوز ⁨{limit}⁩ من المستويات؛ والببليوغرافيا لا تكون كذلك أبدًا</translation>
    </message>
    <message>
        <source>{source}: the file is empty (no header row)</source>
        <translation>‏⁨{source}⁩: الملف فارغ (لا يوجد صف عناوين)</translation>
    </message>
    <message>
        <source>{source}, line {line}: {error}</source>
        <translation>‏⁨{source}⁩، السطر ⁨{line}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>{source}: unknown text encoding {encoding}</source>
        <translation>‏⁨{source}⁩: ترميز نص غير معروف ⁨{encoding}⁩</translation>
    </message>
    <message>
        <source>{source}, line {line}: cannot be read as {encoding} (bytes {bytes}); choose another encoding</source>
        <translation>‏⁨{source}⁩، السطر ⁨{line}⁩: تتعذّر قراءته بترميز ⁨{encoding}⁩ (البايتات ⁨{bytes}⁩)؛ اختر ترميزًا آخر</translation>
    </message>
    <message>
        <source>{source}: cannot be read ({error})</source>
        <translation>‏⁨{source}⁩: تتعذّر قراءته (⁨{error}⁩)</translation>
    </message>
    <message>
        <source>{source}: {name} inflates to {size}, more than the {limit} limit for one part of a .zip</source>
        <translation>‏⁨{source}⁩: يبلغ حجم ⁨{name}⁩ بعد فك الضغط ⁨{size}⁩، وهذا أكبر من الحد المسموح لجزء واحد من ملف ⁦.zip⁩ (⁨{limit}⁩)</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid JSON ({error})</source>
        <translation>‏⁨{source}⁩، السطر ⁨{line}⁩: ليس JSON صالحًا (⁨{error}⁩)</translation>
    </message>
    <message>
        <source>{source}: nested too deeply to read</source>
        <translation>‏⁨{source}⁩: التداخل أعمق من أن تمكن قراءته</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a file</source>
        <translation>‏⁨{source}⁩: مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>{source}: is a device or a pipe, not a file; import a file</source>
        <translation>‏⁨{source}⁩: جهاز أو أنبوب وليس ملفًا؛ استورد ملفًا</translation>
    </message>
    <message>
        <source>{source}: {size} is more than the {limit} a file to import may have; split it</source>
        <translation>‏⁨{source}⁩: الحجم ⁨{size}⁩ أكبر من الحد الأقصى لملف الاستيراد (⁨{limit}⁩)؛ قسّمه إلى عدة ملفات</translation>
    </message>
    <message>
        <source>{source}: more than the {limit} a file to import may have; split it</source>
        <translation>‏⁨{source}⁩: أكبر من الحد الأقصى لملف الاستيراد (⁨{limit}⁩)؛ قسّمه إلى عدة ملفات</translation>
    </message>
    <message>
        <source>{source}: {name} inflates to more than the {limit} limit for one part of a .zip</source>
        <translation>‏⁨{source}⁩: حجم ⁨{name}⁩ بعد فك الضغط أكبر من الحد المسموح لجزء واحد من ملف ⁦.zip⁩ (⁨{limit}⁩)</translation>
    </message>
    <message>
        <source>{source}: nested more than {limit} levels deep (lists within lists); a catalogue file never is</source>
        <translation>‏⁨{source}⁩: عمق التداخل يتجاوز ⁨{limit}⁩ من المستويات (قوائم داخل قوائم)؛ وملف الفهرس لا يكون كذلك أبدًا</translation>
    </message>
    <message>
        <source>{source}: a number of {digits} digits; numbers may have at most {limit} digits</source>
        <translation>‏⁨{source}⁩: عدد مكوّن من ⁨{digits}⁩ من الخانات؛ والحد الأقصى للعدد ⁨{limit}⁩ من الخانات</translation>
    </message>
    <message>
        <source>{source}: not a Resource Catalogue JSON file</source>
        <translation>‏⁨{source}⁩: ليس ملف JSON من فهرس المصادر</translation>
    </message>
    <message>
        <source>{source}: made by a newer version of Resource Catalogue (format {version}); update the app to read it</source>
        <translation>‏⁨{source}⁩: أُنشئ بإصدار أحدث من فهرس المصادر (الصيغة ⁨{version}⁩)؛ حدّث التطبيق لقراءته</translation>
    </message>
    <message>
        <source>{source}: no records found (no line starts with &apos;{start}&apos;)</source>
        <translation>‏⁨{source}⁩: لم يُعثر على تسجيلات (لا يبدأ أي سطر بـ ⁨&apos;{start}&apos;⁩)</translation>
    </message>
    <message>
        <source>{source}: the sheet is empty (no header row)</source>
        <translation>‏⁨{source}⁩: الورقة فارغة (لا يوجد صف عناوين)</translation>
    </message>
    <message>
        <source>{source}: cannot be read as an Excel workbook ({error})</source>
        <translation>‏⁨{source}⁩: تتعذّر قراءته كمصنف Excel (⁨{error}⁩)</translation>
    </message>
    <message>
        <source>{source}: there is no sheet called {sheet} (sheets: {sheets})</source>
        <translation>‏⁨{source}⁩: لا توجد ورقة باسم ⁨{sheet}⁩ (الأوراق: ⁨{sheets}⁩)</translation>
    </message>
    <message>
        <source>{source}: more than {limit} rows, the most a sheet may have</source>
        <translation>‏⁨{source}⁩: عدد الصفوف أكبر من ⁨{limit}⁩، وهو أقصى ما تحتويه الورقة</translation>
    </message>
    <message>
        <source>an Excel sheet holds at most {limit} records below its header: export fewer records to XLSX, or use CSV</source>
        <translation>تتسع ورقة Excel لـ ⁨{limit}⁩ من التسجيلات على الأكثر تحت صف العناوين: صدّر تسجيلات أقل بصيغة XLSX، أو استخدم CSV</translation>
    </message>
    <message>
        <source>unsafe attachment path {path} in the package</source>
        <translation>مسار مرفق غير آمن ⁨{path}⁩ في الحزمة</translation>
    </message>
    <message>
        <source>{source}: the package is damaged ({error})</source>
        <translation>‏⁨{source}⁩: الحزمة تالفة (⁨{error}⁩)</translation>
    </message>
    <message>
        <source>attachment {path} in the package is larger than the {limit} limit for one attachment</source>
        <translation>المرفق ⁨{path}⁩ في الحزمة أكبر من الحد المسموح للمرفق الواحد (⁨{limit}⁩)</translation>
    </message>
    <message>
        <source>attachment path {path} would be written outside the attachments folder</source>
        <translation>مسار المرفق ⁨{path}⁩ سيُكتب خارج مجلد المرفقات</translation>
    </message>
    <message>
        <source>{source}: not a readable .zip package ({error})</source>
        <translation>‏⁨{source}⁩: ليس حزمة ⁦.zip⁩ مقروءة (⁨{error}⁩)</translation>
    </message>
    <message>
        <source>{source}: not a Resource Catalogue package (no {name})</source>
        <translation>‏⁨{source}⁩: ليس حزمة من فهرس المصادر (لا يوجد ⁨{name}⁩)</translation>
    </message>
    <message>
        <source>{source}: not a Resource Catalogue package</source>
        <translation>‏⁨{source}⁩: ليس حزمة من فهرس المصادر</translation>
    </message>
    <message>
        <source>{source}: the package is damaged (its manifest has no format version)</source>
        <translation>‏⁨{source}⁩: الحزمة تالفة (بيانها لا يذكر إصدار الصيغة)</translation>
    </message>
    <message>
        <source>{source}: made by a newer version of Resource Catalogue (package format {version}; this version reads up to {known}): update the app to import it</source>
        <translation>‏⁨{source}⁩: أُنشئت بإصدار أحدث من فهرس المصادر (صيغة الحزمة ⁨{version}⁩؛ يقرأ هذا الإصدار حتى ⁨{known}⁩): حدّث التطبيق لاستيرادها</translation>
    </message>
    <message>
        <source>attachment {path} in the package is damaged (checksum differs)</source>
        <translation>المرفق ⁨{path}⁩ في الحزمة تالف (المجموع الاختباري لا يطابق)</translation>
    </message>
    <message>
        <source>{source}: a catalogue package; import it as a package</source>
        <translation>‏⁨{source}⁩: حزمة فهرس؛ استوردها كحزمة</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (قيم مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>TSV (tab-separated values)</source>
        <translation>TSV (قيم مفصولة بجدولة)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <source>RIS (EndNote, Zotero, Mendeley, Scopus...)</source>
        <translation>RIS ‏(EndNote وZotero وMendeley وScopus...)</translation>
    </message>
    <message>
        <source>Web of Science tagged text</source>
        <translation>نص Web of Science الموسوم</translation>
    </message>
    <message>
        <source>BibTeX / BibLaTeX</source>
        <translation>BibTeX / BibLaTeX</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero, pandoc; also CSL-YAML)</source>
        <translation>CSL-JSON ‏(Zotero وpandoc؛ وCSL-YAML أيضًا)</translation>
    </message>
    <message>
        <source>Resource Catalogue JSON (everything)</source>
        <translation>JSON لفهرس المصادر (كل شيء)</translation>
    </message>
    <message>
        <source>Catalogue package (.zip with attachments)</source>
        <translation>حزمة فهرس (‎.zip مع المرفقات)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 مع علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Chinese simplified (GBK / GB18030)</source>
        <translation>الصينية المبسطة (GBK / GB18030)</translation>
    </message>
    <message>
        <source>Chinese traditional (Big5)</source>
        <translation>الصينية التقليدية (Big5)</translation>
    </message>
    <message>
        <source>Thai (Windows-874 / TIS-620)</source>
        <translation>التايلاندية (Windows-874 / TIS-620)</translation>
    </message>
    <message>
        <source>Vietnamese (Windows-1258)</source>
        <translation>الفيتنامية (Windows-1258)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>أوروبا الغربية (Windows-1252)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 ‏(ISO 8859-1)</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>حُرِّرت</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>نُقلت إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Restored from trash</source>
        <translation>استُعيدت من سلة المهملات</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>تحرير جماعي</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>دُمجت</translation>
    </message>
    <message>
        <source>Vocabulary renamed</source>
        <translation>أُعيدت تسمية مفردة</translation>
    </message>
    <message>
        <source>Vocabulary change</source>
        <translation>تغيير في المفردات</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>أُضيف مرفق</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>أُزيل مرفق</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>استُوردت</translation>
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation>استُعيدت نسخة سابقة</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>رُبط</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>أُلغي الربط</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>Record created</source>
        <translation>أُنشئت التسجيلة</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>نُقلت إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Brought back from the trash</source>
        <translation>أُعيدت من سلة المهملات</translation>
    </message>
    <message>
        <source>Merged in record %1</source>
        <translation>دُمجت فيها التسجيلة %1</translation>
    </message>
    <message>
        <source>Merged into record %1</source>
        <translation>دُمجت في التسجيلة %1</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (تم التراجع)</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>أُرفق %1</translation>
    </message>
    <message>
        <source>Removed attachment %1</source>
        <translation>أُزيل المرفق %1</translation>
    </message>
    <message>
        <source>Parts of the series reordered</source>
        <translation>أُعيد ترتيب أجزاء السلسلة</translation>
    </message>
    <message>
        <source>Made part of the series %1</source>
        <translation>أصبح جزءًا من السلسلة %1</translation>
    </message>
    <message>
        <source>No longer part of the series %1</source>
        <translation>لم يعد جزءًا من السلسلة %1</translation>
    </message>
    <message>
        <source>Part added: %1</source>
        <translation>أُضيف جزء: %1</translation>
    </message>
    <message>
        <source>Part removed: %1</source>
        <translation>أُزيل جزء: %1</translation>
    </message>
    <message>
        <source>Linked to the language version %1</source>
        <translation>رُبط بالنسخة اللغوية %1</translation>
    </message>
    <message>
        <source>No longer linked to the language version %1</source>
        <translation>لم يعد مرتبطًا بالنسخة اللغوية %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>يحل محل %1</translation>
    </message>
    <message>
        <source>No longer replaces %1</source>
        <translation>لم يعد يحل محل %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>حلّ محله %1</translation>
    </message>
    <message>
        <source>No longer replaced by %1</source>
        <translation>لم يعد %1 يحل محله</translation>
    </message>
    <message>
        <source>Linked to the related record %1</source>
        <translation>رُبط بالتسجيلة ذات الصلة %1</translation>
    </message>
    <message>
        <source>No longer linked to the related record %1</source>
        <translation>لم يعد مرتبطًا بالتسجيلة ذات الصلة %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>No changes recorded for this record yet.</source>
        <translation>لم تُسجَّل أي تغييرات على هذه التسجيلة بعد.</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>ا&amp;ستعادة هذه النسخة</translation>
    </message>
    <message>
        <source>Make the record&apos;s fields what they were after the selected change (can be undone)</source>
        <translation>إرجاع حقول التسجيلة إلى ما كانت عليه بعد التغيير المحدد (يمكن التراجع)</translation>
    </message>
    <message>
        <source>  (merged record)</source>
        <translation>  (تسجيلة مدموجة)</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(النسخة %1)</translation>
    </message>
    <message>
        <source>before: %1
after: %2</source>
        <translation>قبل: %1
بعد: %2</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>تغيّرت التسجيلة</translation>
    </message>
    <message>
        <source>The record changed just now; its history is refreshed.</source>
        <translation>تغيّرت التسجيلة للتو؛ وحُدِّث سجلها.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <source>That version cannot be saved again: %1</source>
        <translation>تعذّر حفظ تلك النسخة مجددًا: %1</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>UUID</source>
        <translation>المعرّف UUID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Date (any form)</source>
        <translation>التاريخ (بأي صيغة)</translation>
    </message>
    <message>
        <source>Authors (people)</source>
        <translation>المؤلفون (أفراد)</translation>
    </message>
    <message>
        <source>Organizations (author)</source>
        <translation>المنظمات (مؤلفة)</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>الناشرون</translation>
    </message>
    <message>
        <source>Organizations (editor)</source>
        <translation>المنظمات (محررة)</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>الممولون</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Journal / container</source>
        <translation>الدورية / الوعاء</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>الصفحة الأولى</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>الصفحة الأخيرة</translation>
    </message>
    <message>
        <source>Publisher reference</source>
        <translation>مرجع الناشر</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <source>Other (into notes)</source>
        <translation>أخرى (إلى الملاحظات)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>اختر ملفًا لاستيراده</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>لم يُختر أي ملف.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>ترميز النص:</translation>
    </message>
    <message>
        <source>CSV delimiter:</source>
        <translation>فاصل CSV:</translation>
    </message>
    <message>
        <source>Excel sheet:</source>
        <translation>ورقة Excel:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Authors / organizations</source>
        <translation>المؤلفون / المنظمات</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>خيارات</translation>
    </message>
    <message>
        <source>A record already in the catalogue (same UUID, DOI, ISBN or URL, or a near-identical title):</source>
        <translation>تسجيلة موجودة بالفعل في الفهرس (نفس UUID أو DOI أو ISBN أو URL، أو عنوان شبه مطابق):</translation>
    </message>
    <message>
        <source>none (type a name to create a list)</source>
        <translation>لا شيء (اكتب اسمًا لإنشاء قائمة)</translation>
    </message>
    <message>
        <source>Put the imported records in the reading list:</source>
        <translation>ضع التسجيلات المستوردة في قائمة القراءة:</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>التسجيلة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>&amp;Save problems as CSV…</source>
        <translation>&amp;حفظ المشكلات بصيغة CSV…</translation>
    </message>
    <message>
        <source>Keep this catalogue&apos;s version</source>
        <translation>الاحتفاظ بنسخة هذا الفهرس</translation>
    </message>
    <message>
        <source>Take the package&apos;s version</source>
        <translation>أخذ نسخة الحزمة</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>استيراد من</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>حُلّ</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>فاصلة ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>فاصلة منقوطة ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>خط عمودي |</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>تخطّها</translation>
    </message>
    <message>
        <source>Update it with the file&apos;s values</source>
        <translation>حدّثها بقيم الملف</translation>
    </message>
    <message>
        <source>Add it as a new record</source>
        <translation>أضفها تسجيلةً جديدة</translation>
    </message>
    <message>
        <source>Reference files (*.csv *.tsv *.txt *.xlsx *.ris *.bib *.json *.yml *.yaml *.zip);;All files (*)</source>
        <translation>ملفات المراجع (*.csv *.tsv *.txt *.xlsx *.ris *.bib *.json *.yml *.yaml *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>Preview of the records in the file</source>
        <translation>معاينة التسجيلات في الملف</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>المعاينة والأعمدة</translation>
    </message>
    <message>
        <source>Reading list for the imported records</source>
        <translation>قائمة القراءة للتسجيلات المستوردة</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported as it is:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;لا يمكن استيراد هذا الملف كما هو:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Detected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>المكتشف: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>encoding &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>الترميز &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>delimiter &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>الفاصل &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>اكتشاف تلقائي (وُجد: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln تسجيلة</numerusform>
            <numerusform>تسجيلة واحدة</numerusform>
            <numerusform>تسجيلتان</numerusform>
            <numerusform>%Ln تسجيلات</numerusform>
            <numerusform>%Ln تسجيلة</numerusform>
            <numerusform>%Ln تسجيلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln جديدة</numerusform>
            <numerusform>واحدة جديدة</numerusform>
            <numerusform>اثنتان جديدتان</numerusform>
            <numerusform>%Ln جديدة</numerusform>
            <numerusform>%Ln جديدة</numerusform>
            <numerusform>%Ln جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln للتحديث</numerusform>
            <numerusform>واحدة للتحديث</numerusform>
            <numerusform>اثنتان للتحديث</numerusform>
            <numerusform>%Ln للتحديث</numerusform>
            <numerusform>%Ln للتحديث</numerusform>
            <numerusform>%Ln للتحديث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to skip</source>
        <translation>
            <numerusform>%Ln للتخطي</numerusform>
            <numerusform>واحدة للتخطي</numerusform>
            <numerusform>اثنتان للتخطي</numerusform>
            <numerusform>%Ln للتخطي</numerusform>
            <numerusform>%Ln للتخطي</numerusform>
            <numerusform>%Ln للتخطي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cannot be imported</source>
        <translation>
            <numerusform>%Ln يتعذّر استيرادها</numerusform>
            <numerusform>واحدة يتعذّر استيرادها</numerusform>
            <numerusform>اثنتان يتعذّر استيرادهما</numerusform>
            <numerusform>%Ln يتعذّر استيرادها</numerusform>
            <numerusform>%Ln يتعذّر استيرادها</numerusform>
            <numerusform>%Ln يتعذّر استيرادها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 are shown)</source>
        <translation> (تُعرض أول %1)</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln with problems</source>
        <translation>
            <numerusform>؛ %Ln فيها مشكلات</numerusform>
            <numerusform>؛ واحدة فيها مشكلات</numerusform>
            <numerusform>؛ اثنتان فيهما مشكلات</numerusform>
            <numerusform>؛ %Ln فيها مشكلات</numerusform>
            <numerusform>؛ %Ln فيها مشكلات</numerusform>
            <numerusform>؛ %Ln فيها مشكلات</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another import to finish…</source>
        <translation>في انتظار انتهاء استيراد آخر…</translation>
    </message>
    <message>
        <source>Another import or edit is writing to this catalogue; this import starts as soon as it has finished. Cancel stops waiting.</source>
        <translation>استيراد أو تحرير آخر يكتب في هذا الفهرس؛ يبدأ هذا الاستيراد فور انتهائه. إلغاء يوقف الانتظار.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>The catalogue was backed up first: %1</source>
        <translation>نُسخ الفهرس احتياطيًا أولًا: %1</translation>
    </message>
    <message>
        <source>Reading list: %1</source>
        <translation>قائمة القراءة: %1</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>حفظ المشكلات</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Problems not saved</source>
        <translation>لم تُحفظ المشكلات</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Select a conflict in the list first.</source>
        <translation>اختر تعارضًا من القائمة أولًا.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>cannot read this entry ({why})</source>
        <translation>تتعذّر قراءة هذا المدخل (⁨{why}⁩)</translation>
    </message>
    <message>
        <source>{field} {key} points to no entry in the file</source>
        <translation>‏⁨{field} {key}⁩ لا يشير إلى أي مدخل في الملف</translation>
    </message>
    <message>
        <source>unknown entry type @{kind}</source>
        <translation>نوع مدخل غير معروف ⁨@{kind}⁩</translation>
    </message>
    <message>
        <source>the citation key {key} is used twice</source>
        <translation>مفتاح الاستشهاد ⁨{key}⁩ مستخدم مرتين</translation>
    </message>
    <message>
        <source>the entry has no citation key</source>
        <translation>المدخل بلا مفتاح استشهاد</translation>
    </message>
    <message>
        <source>missing comma after the citation key</source>
        <translation>تنقص فاصلة بعد مفتاح الاستشهاد</translation>
    </message>
    <message>
        <source>the entry is not closed (a &apos;{close}&apos; is missing)</source>
        <translation>المدخل غير مغلق (ينقصه ⁨&apos;{close}&apos;⁩)</translation>
    </message>
    <message>
        <source>a &apos;{close}&apos; too many after field &apos;{name}&apos; (the fields after it are kept)</source>
        <translation>‏⁨&apos;{close}&apos;⁩ زائد بعد الحقل ⁨&apos;{name}&apos;⁩ (الحقول التي تليه محفوظة)</translation>
    </message>
    <message>
        <source>cannot read {text} (skipped)</source>
        <translation>تتعذّر قراءة ⁨{text}⁩ (تُخطّي)</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; appears twice (the first is kept)</source>
        <translation>الحقل ⁨&apos;{name}&apos;⁩ مكرر (حُفظ الأول)</translation>
    </message>
    <message>
        <source>missing comma after field &apos;{name}&apos; (both fields are kept)</source>
        <translation>تنقص فاصلة بعد الحقل ⁨&apos;{name}&apos;⁩ (حُفظ الحقلان كلاهما)</translation>
    </message>
    <message>
        <source>unexpected text after field &apos;{name}&apos; ({text}, kept in the field)</source>
        <translation>نص غير متوقع بعد الحقل ⁨&apos;{name}&apos;⁩ (⁨{text}⁩، حُفظ في الحقل)</translation>
    </message>
    <message>
        <source>unbalanced {mark} in field &apos;{name}&apos; (read to the end of its line)</source>
        <translation>‏⁨{mark}⁩ غير متوازن في الحقل ⁨&apos;{name}&apos;⁩ (قُرئ حتى نهاية سطره)</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; has no value</source>
        <translation>الحقل ⁨&apos;{name}&apos;⁩ بلا قيمة</translation>
    </message>
    <message>
        <source>cannot read a year in {value} (kept in the notes)</source>
        <translation>تتعذّر قراءة سنة في ⁨{value}⁩ (حُفظت في الملاحظات)</translation>
    </message>
    <message>
        <source>unknown country {value} (kept in the notes)</source>
        <translation>بلد غير معروف ⁨{value}⁩ (حُفظ في الملاحظات)</translation>
    </message>
    <message>
        <source>unknown language {value} (kept in the notes)</source>
        <translation>لغة غير معروفة ⁨{value}⁩ (حُفظت في الملاحظات)</translation>
    </message>
    <message>
        <source>not a record: no title and no field this app knows (only {labels})</source>
        <translation>ليست تسجيلة: لا عنوان ولا حقل يعرفه هذا التطبيق (فقط ⁨{labels}⁩)</translation>
    </message>
    <message>
        <source>not a record: no title and no field this app knows</source>
        <translation>ليست تسجيلة: لا عنوان ولا حقل يعرفه هذا التطبيق</translation>
    </message>
    <message>
        <source>no title: stored as {title}</source>
        <translation>بلا عنوان: حُفظت باسم ⁨{title}⁩</translation>
    </message>
    <message>
        <source>not a CSL item (an object was expected)</source>
        <translation>ليس عنصر CSL (المتوقع كائن)</translation>
    </message>
    <message>
        <source>unusual year {year} (kept in the notes)</source>
        <translation>سنة غير معتادة ⁨{year}⁩ (حُفظت في الملاحظات)</translation>
    </message>
    <message>
        <source>a quote opens on this line and is never closed: the line was read as it stands (quote included) and the {after} lines after it as rows of their own; check it</source>
        <translation>علامة اقتباس تُفتح في هذا السطر ولا تُغلق: قُرئ السطر كما هو (بما فيه علامة الاقتباس)، وقُرئت الأسطر التالية له (⁨{after}⁩) صفوفًا مستقلة؛ تحقّق منه</translation>
    </message>
    <message>
        <source>{cells} cells but {columns} columns: the extra cells are kept in the notes</source>
        <translation>عدد الخلايا ⁨{cells}⁩ وعدد الأعمدة ⁨{columns}⁩: حُفظت الخلايا الزائدة في الملاحظات</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>السطر ⁨{line}⁩: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>إحدى التسجيلات ليست كائن JSON</translation>
    </message>
    <message>
        <source>the record has no title</source>
        <translation>التسجيلة بلا عنوان</translation>
    </message>
    <message>
        <source>the record has no valid UUID ({uid})</source>
        <translation>التسجيلة بلا معرّف UUID صالح (⁨{uid}⁩)</translation>
    </message>
    <message>
        <source>{name} must be a list</source>
        <translation>يجب أن يكون ⁨{name}⁩ قائمة</translation>
    </message>
    <message>
        <source>the record has no closing &apos;ER&apos; line</source>
        <translation>التسجيلة بلا سطر &apos;ER&apos; الختامي</translation>
    </message>
    <message>
        <source>the sheet is {wide} columns wide; only the first {limit} columns are read</source>
        <translation>عدد أعمدة الورقة ⁨{wide}⁩؛ لا يُقرأ منها إلا أول ⁨{limit}⁩</translation>
    </message>
    <message>
        <source>cell {cells} holds a formula with no saved result (the program that wrote the file did not calculate it): its formula text was read instead</source>
        <translation>الخلية ⁨{cells}⁩ فيها صيغة بلا نتيجة محفوظة (لم يحسبها البرنامج الذي كتب الملف): فقُرئ نص الصيغة بدلًا منها</translation>
    </message>
    <message>
        <source>the same UUID</source>
        <translation>نفس UUID</translation>
    </message>
    <message>
        <source>the same DOI</source>
        <translation>نفس DOI</translation>
    </message>
    <message>
        <source>the same ISBN</source>
        <translation>نفس ISBN</translation>
    </message>
    <message>
        <source>the same URL</source>
        <translation>نفس URL</translation>
    </message>
    <message>
        <source>a near-identical title</source>
        <translation>عنوان شبه مطابق</translation>
    </message>
    <message>
        <source>repeats record {record} of the file; added again</source>
        <translation>تكرار للتسجيلة ⁨{record}⁩ من الملف؛ أُضيفت مرة أخرى</translation>
    </message>
    <message>
        <source>repeats record {record} of this file ({why})</source>
        <translation>تكرار للتسجيلة ⁨{record}⁩ من هذا الملف (⁨{why}⁩)</translation>
    </message>
    <message>
        <source>like an existing record ({why}); added as new</source>
        <translation>تشبه تسجيلة موجودة (⁨{why}⁩)؛ أُضيفت تسجيلةً جديدة</translation>
    </message>
    <message>
        <source>already in the catalogue ({why})</source>
        <translation>موجودة في الفهرس بالفعل (⁨{why}⁩)</translation>
    </message>
    <message>
        <source>updates the existing record ({why})</source>
        <translation>تُحدِّث التسجيلة الموجودة (⁨{why}⁩)</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>محدَّثة بالفعل</translation>
    </message>
    <message>
        <source>cannot back up the catalogue before importing: {error}</source>
        <translation>يتعذّر نسخ الفهرس احتياطيًا قبل الاستيراد: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>{source}: the import failed and nothing was changed ({error})</source>
        <translation>‏⁨{source}⁩: فشل الاستيراد ولم يتغير شيء (⁨{error}⁩)</translation>
    </message>
    <message>
        <source>{error}; nothing was imported</source>
        <translation>‏⁨{error}⁩؛ لم يُستورد شيء</translation>
    </message>
</context>
<context>
    <name>ImportWarning</name>
    <message>
        <source>{source}: read as {named} because of its name, though its content looks like {content}; choose the format {format} if that is what it is</source>
        <translation>‏⁨{source}⁩: قُرئ بصيغة ⁨{named}⁩ بسبب اسمه، مع أن محتواه يبدو بصيغة ⁨{content}⁩؛ اختر الصيغة ⁨{format}⁩ إن كان كذلك</translation>
    </message>
    <message>
        <source>{source}: {rows} lines below the header but only {read} records: cells in quotes run over several lines; the longest start at line {lines}. Check the quotes there, or the delimiter and format</source>
        <translation>‏⁨{source}⁩: عدد الأسطر تحت صف العناوين ⁨{rows}⁩، لكن عدد التسجيلات ⁨{read}⁩ فقط: خلايا بين علامات اقتباس تمتد على عدة أسطر، وأطولها يبدأ عند السطر ⁨{lines}⁩. تحقّق من علامات الاقتباس هناك، أو من الفاصل والصيغة</translation>
    </message>
    <message>
        <source>{source}: {rows} lines below the header but only {read} records: cells in quotes run over several lines. Check the quotes there, or the delimiter and format</source>
        <translation>‏⁨{source}⁩: عدد الأسطر تحت صف العناوين ⁨{rows}⁩، لكن عدد التسجيلات ⁨{read}⁩ فقط: خلايا بين علامات اقتباس تمتد على عدة أسطر. تحقّق من علامات الاقتباس هناك، أو من الفاصل والصيغة</translation>
    </message>
    <message>
        <source>{source}: {starts} lines start a record but only {read} records were read: check the lines that start or end the missing ones</source>
        <translation>‏⁨{source}⁩: عدد الأسطر التي تبدأ تسجيلة ⁨{starts}⁩، لكن عدد التسجيلات المقروءة ⁨{read}⁩ فقط: تحقّق من الأسطر التي تبدأ التسجيلات الناقصة أو تنهيها</translation>
    </message>
</context>
<context>
    <name>IndexerStatus</name>
    <message>
        <source>Document reading progress</source>
        <translation>تقدّم قراءة المستندات</translation>
    </message>
    <message numerus="yes">
        <source>Reading documents paused: %n waiting</source>
        <translation>
            <numerusform>قراءة المستندات متوقفة مؤقتًا: لا شيء في الانتظار</numerusform>
            <numerusform>قراءة المستندات متوقفة مؤقتًا: مستند واحد في الانتظار</numerusform>
            <numerusform>قراءة المستندات متوقفة مؤقتًا: مستندان في الانتظار</numerusform>
            <numerusform>قراءة المستندات متوقفة مؤقتًا: %n مستندات في الانتظار</numerusform>
            <numerusform>قراءة المستندات متوقفة مؤقتًا: %n مستندًا في الانتظار</numerusform>
            <numerusform>قراءة المستندات متوقفة مؤقتًا: %n مستند في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading documents: %n waiting</source>
        <translation>
            <numerusform>قراءة المستندات: لا شيء في الانتظار</numerusform>
            <numerusform>قراءة المستندات: مستند واحد في الانتظار</numerusform>
            <numerusform>قراءة المستندات: مستندان في الانتظار</numerusform>
            <numerusform>قراءة المستندات: %n مستندات في الانتظار</numerusform>
            <numerusform>قراءة المستندات: %n مستندًا في الانتظار</numerusform>
            <numerusform>قراءة المستندات: %n مستند في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Last read: %1</source>
        <translation>آخر ما قُرئ: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Go on reading the text of attached documents</source>
        <translation>متابعة قراءة نصوص المستندات المرفقة</translation>
    </message>
    <message>
        <source>Stop reading documents for now (searching is not affected)</source>
        <translation>إيقاف قراءة المستندات الآن (لا يتأثر البحث)</translation>
    </message>
</context>
<context>
    <name>KeywordBox</name>
    <message>
        <source>Words match anywhere (housing migrant). Filters: country:Thailand type:report theme:housing year:&gt;=2018 org:ILO has:doi no:summary; -word or -country:TH leaves out; a OR b, (groups); &quot;exact words&quot;. F1: full syntax.</source>
        <translation>تطابق الكلمات في أي موضع (housing migrant). المرشحات: country:Thailand type:report theme:housing year:&gt;=2018 org:ILO has:doi no:summary؛ ‎-كلمة أو ‎-country:TH للاستبعاد؛ a OR b، (مجموعات)؛ &quot;كلمات مطابقة&quot;. F1: صيغة البحث كاملة.</translation>
    </message>
    <message>
        <source>Search, e.g. housing country:Thailand</source>
        <translation>ابحث، مثلًا housing country:تايلاند</translation>
    </message>
    <message>
        <source>Keyword search</source>
        <translation>البحث بالكلمات</translation>
    </message>
    <message>
        <source>Search syntax (F1)</source>
        <translation>صيغة البحث (F1)</translation>
    </message>
    <message>
        <source>Search syntax help</source>
        <translation>مساعدة صيغة البحث</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>عمليات البحث الأخيرة</translation>
    </message>
    <message numerus="yes">
        <source>The last %n searches</source>
        <translation>
            <numerusform>لا عمليات بحث</numerusform>
            <numerusform>آخر عملية بحث</numerusform>
            <numerusform>آخر عمليتي بحث</numerusform>
            <numerusform>آخر %n عمليات بحث</numerusform>
            <numerusform>آخر %n عملية بحث</numerusform>
            <numerusform>آخر %n عملية بحث</numerusform>
        </translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>الإكمالات</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Library places</source>
        <translation>مواضع المكتبة</translation>
    </message>
    <message>
        <source>All resources, the trash and the quality lists; the table shows the selected one</source>
        <translation>كل المصادر وسلة المهملات وقوائم الجودة؛ يعرض الجدول الموضع المحدد</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>Every resource in the catalogue</source>
        <translation>كل مصدر في الفهرس</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Deleted resources: restore them, or delete them for good</source>
        <translation>المصادر المحذوفة: استعدها أو احذفها نهائيًا</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>تحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>Records a librarian should complete; each list opens in the table</source>
        <translation>تسجيلات ينبغي لأمين المكتبة استكمالها؛ تُفتح كل قائمة في الجدول</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>إفراغ سلة المهملات…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>البحث عن التكرارات…</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>&amp;New reading list…</source>
        <translation>قائمة قراءة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Create a reading list</source>
        <translation>إنشاء قائمة قراءة</translation>
    </message>
    <message>
        <source>&amp;Add to reading list</source>
        <translation>إ&amp;ضافة إلى قائمة قراءة</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>إضافة إلى قائمة</translation>
    </message>
    <message>
        <source>Add the selected resources to a reading list (or drag them onto one)</source>
        <translation>إضافة المصادر المحددة إلى قائمة قراءة (أو اسحبها إليها)</translation>
    </message>
    <message>
        <source>Add to reading list</source>
        <translation>إضافة إلى قائمة قراءة</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>إ&amp;زالة من هذه القائمة</translation>
    </message>
    <message>
        <source>Take the selected resources out of this reading list; the records stay</source>
        <translation>إخراج المصادر المحددة من قائمة القراءة هذه؛ تبقى التسجيلات</translation>
    </message>
    <message>
        <source>Export &amp;bibliography…</source>
        <translation>تصدير ال&amp;ببليوغرافيا…</translation>
    </message>
    <message>
        <source>A formatted list (APA, Chicago, Harvard) of this reading list, the selection or the result, as DOCX, PDF, HTML, Markdown, text, RIS, BibTeX</source>
        <translation>قائمة منسقة (APA، شيكاغو، هارفارد) لقائمة القراءة هذه أو للمحدد أو للنتيجة، بصيغة DOCX أو PDF أو HTML أو Markdown أو نص أو RIS أو BibTeX</translation>
    </message>
    <message>
        <source>Bibliography of the &amp;selection…</source>
        <translation>ببليوغرافيا ال&amp;محدد…</translation>
    </message>
    <message>
        <source>A formatted list of the selected resources</source>
        <translation>قائمة منسقة بالمصادر المحددة</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the formatted reading list (or the selection, or the result)</source>
        <translation>طباعة قائمة القراءة المنسقة (أو المحدد، أو النتيجة)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>معاي&amp;نة الطباعة…</translation>
    </message>
    <message>
        <source>See the printed pages first</source>
        <translation>رؤية الصفحات المطبوعة أولًا</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>قوائم القراءة</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>المحدد</translation>
    </message>
    <message>
        <source>Could not read the resources: %1</source>
        <translation>تعذّرت قراءة المصادر: %1</translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>الببليوغرافيا</translation>
    </message>
    <message>
        <source>There is nothing to format: the list is empty.</source>
        <translation>لا شيء للتنسيق: القائمة فارغة.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
</context>
<context>
    <name>ListItemsModel</name>
    <message>
        <source>  (in the trash)</source>
        <translation>  (في سلة المهملات)</translation>
    </message>
    <message>
        <source>Double-click (or F2) to add a note, e.g. “read chapter 3 first”</source>
        <translation>انقر نقرًا مزدوجًا (أو F2) لإضافة ملاحظة، مثل «اقرأ الفصل 3 أولًا»</translation>
    </message>
</context>
<context>
    <name>ListPropertiesDialog</name>
    <message>
        <source>e.g. Workshop February</source>
        <translation>مثلًا: ورشة عمل فبراير</translation>
    </message>
    <message>
        <source>What the list is for (optional)</source>
        <translation>الغرض من القائمة (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>شريط الأدوات</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>عدد النتائج</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>جارٍ البحث</translation>
    </message>
    <message>
        <source>%1 – Resource Catalogue</source>
        <translation>%1 – فهرس المصادر</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>الفهرس: %1</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>تعذّر فتح الفهرس</translation>
    </message>
</context>
<context>
    <name>MakeCopyDialog</name>
    <message>
        <source>Make offline copy</source>
        <translation>إنشاء نسخة غير متصلة</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/catalogue</source>
        <translation>postgresql://user@host:5432/catalogue</translation>
    </message>
    <message>
        <source>The shared catalogue. Leave the password out: you will be asked for it, or it comes from ~/.pgpass or PGPASSWORD. It is never saved.</source>
        <translation>الفهرس المشترك. لا تكتب كلمة المرور: ستُسأل عنها، أو تؤخذ من ~/.pgpass أو PGPASSWORD. لا تُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Shared catalogue:</source>
        <translation>الفهرس المشترك:</translation>
    </message>
    <message>
        <source>Save the copy as:</source>
        <translation>حفظ النسخة باسم:</translation>
    </message>
    <message>
        <source>An offline copy holds every record, reading list and attachment of the shared catalogue, and is fully editable without a network. Sync it when you are back online: your changes are sent, everyone else&apos;s arrive. If the file is already a copy of this catalogue, it is synced instead.</source>
        <translation>تضم النسخة غير المتصلة كل تسجيلات الفهرس المشترك وقوائم قراءته ومرفقاته، ويمكن تحريرها كاملة دون شبكة. زامنها عند عودة الاتصال: تُرسل تغييراتك وتصل تغييرات الآخرين. إذا كان الملف نسخة من هذا الفهرس بالفعل، فستُزامَن بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>&amp;Make copy</source>
        <translation>إ&amp;نشاء النسخة</translation>
    </message>
    <message>
        <source>Save the offline copy as</source>
        <translation>حفظ النسخة غير المتصلة باسم</translation>
    </message>
    <message>
        <source>Catalogues (*.db)</source>
        <translation>فهارس (*.db)</translation>
    </message>
    <message>
        <source>Give the shared catalogue&apos;s address, starting with postgresql://</source>
        <translation>اكتب عنوان الفهرس المشترك، بادئًا بـ postgresql://</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>اختر مكان حفظ النسخة</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>جارٍ النسخ…</translation>
    </message>
    <message>
        <source>Made the offline copy %1: %2.</source>
        <translation>أُنشئت النسخة غير المتصلة %1: %2.</translation>
    </message>
    <message>
        <source>Refreshed the offline copy %1: %2.</source>
        <translation>حُدِّثت النسخة غير المتصلة %1: %2.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>دمج تسجيلتين</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. Lists (authors, countries, themes, …) are combined. The other record goes to the trash; reading lists, attachments and both histories stay with the one kept.</source>
        <translation>اختر القيمة التي تُحفظ حيث تختلف التسجيلتان. تُجمع القوائم (المؤلفون، البلدان، الموضوعات، …). تذهب التسجيلة الأخرى إلى سلة المهملات؛ وتبقى قوائم القراءة والمرفقات وسجلا التسجيلتين مع التسجيلة المحفوظة.</translation>
    </message>
    <message>
        <source>Fields of the two records</source>
        <translation>حقول التسجيلتين</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you typed&lt;/b&gt;&lt;br&gt;not saved yet</source>
        <translation>&lt;b&gt;ما كتبته&lt;/b&gt;&lt;br&gt;لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep record %1&lt;/b&gt;&lt;br&gt;added %2 · version %3</source>
        <translation>&lt;b&gt;الاحتفاظ بالتسجيلة %1&lt;/b&gt;&lt;br&gt;أُضيفت %2 · النسخة %3</translation>
    </message>
    <message>
        <source>Both records&apos; values, combined</source>
        <translation>قيم التسجيلتين مجتمعة</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>Type a name or acronym…</source>
        <translation>اكتب اسمًا أو اختصارًا…</translation>
    </message>
    <message>
        <source>Role of the organization you add next</source>
        <translation>دور المنظمة التي تضيفها بعد ذلك</translation>
    </message>
</context>
<context>
    <name>PackageMerge</name>
    <message>
        <source>put back as the package has it</source>
        <translation>أُعيدت كما هي في الحزمة</translation>
    </message>
    <message>
        <source>the same on both sides</source>
        <translation>متطابقة في الطرفين</translation>
    </message>
    <message>
        <source>changed in the package only</source>
        <translation>تغيّرت في الحزمة فقط</translation>
    </message>
    <message>
        <source>changed here only: this catalogue&apos;s version stays</source>
        <translation>تغيّرت هنا فقط: تبقى نسخة هذا الفهرس</translation>
    </message>
    <message>
        <source>changed on both sides since they last met: choose which version to keep</source>
        <translation>تغيّرت في الطرفين منذ آخر تبادل بينهما: اختر النسخة التي تُحفظ</translation>
    </message>
    <message>
        <source>{count} records changed on both sides: they will be listed, not overwritten</source>
        <translation>عدد التسجيلات التي تغيّرت في الطرفين: ⁨{count}⁩؛ ستُدرج في قائمة ولن يُكتب فوقها</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>قائمة قراءة</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>Restore the selected resources (Ctrl+R) or delete them for good (Del).</source>
        <translation>استعد المصادر المحددة (Ctrl+R) أو احذفها نهائيًا (Del).</translation>
    </message>
    <message>
        <source>In list order. Drag rows onto a list in the Library to add them; Alt+↑ / Alt+↓ in the list reorders.</source>
        <translation>بترتيب القائمة. اسحب الصفوف إلى قائمة في المكتبة لإضافتها؛ Alt+↑ / Alt+↓ في القائمة لإعادة الترتيب.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>سلة المهملات فارغة.</translation>
    </message>
    <message>
        <source>Deleted resources wait here until the trash is emptied.</source>
        <translation>تنتظر المصادر المحذوفة هنا حتى تُفرَّغ سلة المهملات.</translation>
    </message>
    <message>
        <source>This reading list is empty.</source>
        <translation>قائمة القراءة هذه فارغة.</translation>
    </message>
    <message>
        <source>Select resources under All resources, then drag them onto the list or use Add to list.</source>
        <translation>اختر مصادر من «كل المصادر»، ثم اسحبها إلى القائمة أو استخدم «إضافة إلى قائمة».</translation>
    </message>
    <message>
        <source>Nothing needs attention here.</source>
        <translation>لا شيء يحتاج إلى مراجعة هنا.</translation>
    </message>
    <message>
        <source>This catalogue has no resources yet.</source>
        <translation>لا توجد مصادر في هذا الفهرس بعد.</translation>
    </message>
    <message>
        <source>Use File › Import… to add resources from a file.</source>
        <translation>استخدم ملف › استيراد… لإضافة مصادر من ملف.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation>اسمك في السجل</translation>
    </message>
    <message>
        <source>Shown as “who” in each record&apos;s history. Leave it blank to use this computer&apos;s user name (%1).</source>
        <translation>يظهر بوصفه «من» في سجل كل تسجيلة. اتركه فارغًا لاستخدام اسم مستخدم هذا الحاسوب (%1).</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>A new language shows the next time the catalogue is opened.</source>
        <translation>تظهر اللغة الجديدة في المرة التالية التي يُفتح فيها الفهرس.</translation>
    </message>
    <message>
        <source>Preferred languages of records, in order</source>
        <translation>اللغات المفضلة للتسجيلات، بالترتيب</translation>
    </message>
    <message>
        <source>Language codes in order, such as “th, en”: with View › One row per work, each work shows in the first of these it has.</source>
        <translation>رموز اللغات بالترتيب، مثل “th, en”: مع عرض › صف واحد لكل عمل، يظهر كل عمل بأول لغة منها متوفرة له.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>اللغات ال&amp;مفضلة:</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Export as web page</source>
        <translation>تصدير كصفحة ويب</translation>
    </message>
    <message>
        <source>A folder with index.html that opens in any browser, with no network: from a USB stick, a shared drive or a plain web host. It has the keyword box and the criteria boxes, and works on phones.</source>
        <translation>مجلد فيه index.html يُفتح في أي متصفح دون شبكة: من ذاكرة USB أو محرك أقراص مشترك أو استضافة ويب عادية. فيه مربع الكلمات المفتاحية ومربعات المعايير، ويعمل على الهواتف.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Reading list to publish</source>
        <translation>قائمة القراءة المراد نشرها</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>عنوان الصفحة</translation>
    </message>
    <message>
        <source>Folder to write</source>
        <translation>المجلد المراد الكتابة فيه</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>مجلد جديد أو فارغ</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>ا&amp;ختيار مجلد…</translation>
    </message>
    <message>
        <source>Copy the attached &amp;files, so a click on one opens it</source>
        <translation>نسخ ال&amp;ملفات المرفقة، ليُفتح أيٌّ منها بنقرة</translation>
    </message>
    <message>
        <source>Include the internal &amp;notes</source>
        <translation>تضمين الملاحظات ال&amp;داخلية</translation>
    </message>
    <message>
        <source>Notes are for the librarians; they stay out unless ticked</source>
        <translation>الملاحظات لأمناء المكتبة؛ لا تُضمَّن إلا إذا حُددت</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>What will be published</source>
        <translation>ما سيُنشر</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;نشر</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>فتح في المت&amp;صفح</translation>
    </message>
    <message>
        <source>Resource Catalogue</source>
        <translation>فهرس المصادر</translation>
    </message>
    <message numerus="yes">
        <source>The whole catalogue (%Ln record(s))</source>
        <translation>
            <numerusform>الفهرس كله (لا تسجيلات)</numerusform>
            <numerusform>الفهرس كله (تسجيلة واحدة)</numerusform>
            <numerusform>الفهرس كله (تسجيلتان)</numerusform>
            <numerusform>الفهرس كله (%Ln تسجيلات)</numerusform>
            <numerusform>الفهرس كله (%Ln تسجيلة)</numerusform>
            <numerusform>الفهرس كله (%Ln تسجيلة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current result (%Ln record(s))</source>
        <translation>
            <numerusform>النتيجة الحالية (لا تسجيلات)</numerusform>
            <numerusform>النتيجة الحالية (تسجيلة واحدة)</numerusform>
            <numerusform>النتيجة الحالية (تسجيلتان)</numerusform>
            <numerusform>النتيجة الحالية (%Ln تسجيلات)</numerusform>
            <numerusform>النتيجة الحالية (%Ln تسجيلة)</numerusform>
            <numerusform>النتيجة الحالية (%Ln تسجيلة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln record(s)&lt;/b&gt; will be published: titles, summaries, dates, types, organizations, authors, countries, regions, themes, languages, keywords and links</source>
        <translation>
            <numerusform>لن تُنشر &lt;b&gt;أي تسجيلة&lt;/b&gt;: العناوين والملخصات والتواريخ والأنواع والمنظمات والمؤلفون والبلدان والمناطق والموضوعات واللغات والكلمات المفتاحية والروابط</numerusform>
            <numerusform>ستُنشر &lt;b&gt;تسجيلة واحدة&lt;/b&gt;: العناوين والملخصات والتواريخ والأنواع والمنظمات والمؤلفون والبلدان والمناطق والموضوعات واللغات والكلمات المفتاحية والروابط</numerusform>
            <numerusform>ستُنشر &lt;b&gt;تسجيلتان&lt;/b&gt;: العناوين والملخصات والتواريخ والأنواع والمنظمات والمؤلفون والبلدان والمناطق والموضوعات واللغات والكلمات المفتاحية والروابط</numerusform>
            <numerusform>ستُنشر &lt;b&gt;%Ln تسجيلات&lt;/b&gt;: العناوين والملخصات والتواريخ والأنواع والمنظمات والمؤلفون والبلدان والمناطق والموضوعات واللغات والكلمات المفتاحية والروابط</numerusform>
            <numerusform>ستُنشر &lt;b&gt;%Ln تسجيلة&lt;/b&gt;: العناوين والملخصات والتواريخ والأنواع والمنظمات والمؤلفون والبلدان والمناطق والموضوعات واللغات والكلمات المفتاحية والروابط</numerusform>
            <numerusform>ستُنشر &lt;b&gt;%Ln تسجيلة&lt;/b&gt;: العناوين والملخصات والتواريخ والأنواع والمنظمات والمؤلفون والبلدان والمناطق والموضوعات واللغات والكلمات المفتاحية والروابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) published to %1.</source>
        <translation>
            <numerusform>لم تُنشر أي تسجيلة في %1.</numerusform>
            <numerusform>نُشرت تسجيلة واحدة في %1.</numerusform>
            <numerusform>نُشرت تسجيلتان في %1.</numerusform>
            <numerusform>نُشرت %Ln تسجيلات في %1.</numerusform>
            <numerusform>نُشرت %Ln تسجيلة في %1.</numerusform>
            <numerusform>نُشرت %Ln تسجيلة في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s) copied.</source>
        <translation>
            <numerusform>لم يُنسخ أي ملف مرفق.</numerusform>
            <numerusform>نُسخ ملف مرفق واحد.</numerusform>
            <numerusform>نُسخ ملفان مرفقان.</numerusform>
            <numerusform>نُسخت %Ln ملفات مرفقة.</numerusform>
            <numerusform>نُسخ %Ln ملفًا مرفقًا.</numerusform>
            <numerusform>نُسخ %Ln ملف مرفق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s) missing on this computer were left out.</source>
        <translation>
            <numerusform>لم يُستبعد أي ملف مرفق.</numerusform>
            <numerusform>استُبعد ملف مرفق واحد غير موجود على هذا الحاسوب.</numerusform>
            <numerusform>استُبعد ملفان مرفقان غير موجودين على هذا الحاسوب.</numerusform>
            <numerusform>استُبعدت %Ln ملفات مرفقة غير موجودة على هذا الحاسوب.</numerusform>
            <numerusform>استُبعد %Ln ملفًا مرفقًا غير موجود على هذا الحاسوب.</numerusform>
            <numerusform>استُبعد %Ln ملف مرفق غير موجود على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current result</source>
        <translation>النتيجة الحالية</translation>
    </message>
    <message>
        <source>A reading list:</source>
        <translation>قائمة قراءة:</translation>
    </message>
    <message>
        <source>, with the attached files</source>
        <translation>، مع الملفات المرفقة</translation>
    </message>
    <message>
        <source>, &lt;b&gt;and the internal notes&lt;/b&gt;. History and the trash stay out.</source>
        <translation>، &lt;b&gt;والملاحظات الداخلية&lt;/b&gt;. يبقى السجل وسلة المهملات خارجها.</translation>
    </message>
    <message>
        <source>. Internal notes, history and the trash stay out.</source>
        <translation>. تبقى الملاحظات الداخلية والسجل وسلة المهملات خارجها.</translation>
    </message>
    <message>
        <source>Publish into folder</source>
        <translation>النشر في مجلد</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The page was not published: %1</source>
        <translation>لم تُنشر الصفحة: %1</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Banner Pages</source>
        <translation>الصّفحات الفاصلة/Banner</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>معلومات الدّفع:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>مصنّف</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سرّيّ</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>النّهار (٠٦:٠٠ص إلى ٠٥:٥٩م)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>النّهاية:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>علّق مؤقّتًا</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>المهمّة</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>تحكّم المهمّة</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>أولويّة المهمّة:</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>المساء (٠٦:٠٠م إلى ٠٥:٥٩ص)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>اطبع مباشرة</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>الطّباعة المجدولة:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>الفترة الثّانية (٠٤:٠٠م إلى ١١:٥٩م)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>سرّيّة</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>وقت محدّد</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>قياسيّة</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>البداية:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>الفترة الثّالثة (١٢:٠٠ص إلى ٠٧:٥٩ص)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>سرّيّة للغاية</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>غير مصنّف</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>نهاية الأسبوع (أيّام عطلة نهاية الأسبوع)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملف:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختيار</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>اختيار مجلد</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>المجلد الأعلى</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>إنشاء مجلد جديد</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>عرض قائمة</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>عرض تفصيلي</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>الشريط الجانبي</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>قائمة الأماكن والعلامات</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>الرجوع</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>الانتقال إلى المجلد الأعلى</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>إنشاء مجلد جديد</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>التبديل إلى عرض القائمة</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>التبديل إلى العرض التفصيلي</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>مجلد جديد</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>مجلد &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>إظهار الملفات الم&amp;خفية</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>الأماكن الأخيرة</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>حاسوبي</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 موجود بالفعل.
هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
الملف غير موجود.
تحقّق من صحة اسم الملف.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
المجلد غير موجود.
تحقّق من صحة اسم المجلد.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>هل تريد حقًا حذف &apos;%1&apos;؟</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>إظهار </translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>حاسوبي</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.ب</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 غ.ب</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 ت.ب</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>اسم الملف غير صالح</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ن&amp;سخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>إظهار التفاصيل...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>إخفاء التفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Cicero (CC)</source>
        <translation>سيسرو (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصّص</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>ديدوت (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>الارتفاع:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>بوصة (بوصة)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>عرضيّ</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>الهوامش</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>ملّيمتر (مم)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>الاتّجاه</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>تصميم الصّفحة</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>ترتيب الصّفحات:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>مقاس الورقة:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>الصّفحات في كلّ ورقة:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>مصدر الورق:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>پيكا (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>نقطة (نقطة)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>طوليّ</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>عرضيّ معكوس</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>طوليّ معكوس</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>الهامش السفليّ</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>الهامش الأيسر</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>الهامش الأيمن</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>الهامش العلويّ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا ل&amp;لكل</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إجهاض</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الافتراضيات</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>إنّ %1 موجود بالفعل.
أتريد الكتابة فوقه؟</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>إنّ %1 دليل.
رجاءً اختر اسم ملفّ آخر.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;خيارات &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;خيارات &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>ا&amp;طبع</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>كلّ الصّفحات</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>آليّ</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>أسفل إلى أعلى، يسار إلى يمين</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>أسفل إلى أعلى، يمين إلى يسار</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>الصّفحات الزّوجيّة</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>الملفّ %1 غير قابل للكتابة.
رجاءً اختر اسم ملفّ آخر.</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>يسار إلى يمين، أسفل إلى أعلى</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>يسار إلى يمين، أعلى إلى أسفل</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>ملفّ محلّيّ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>الصّفحات الفرديّة</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>لا يمكن استخدام خياريّ ’الصّفحات في كلّ ورقة‘ و’طقم صفحات‘ في آن واحد.
رجاءً عطّل أحدهما.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>اطبع</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>اطبع إلى ملفّ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>اطبع إلى ملفّ (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>يمين إلى يسار، أسفل إلى أعلى</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>يمين إلى يسار، أعلى إلى أسفل</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>لا يمكن أن تكون قيمة ’من‘ أعلى من قيمة ’إلى‘.</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>أعلى إلى أسفل، يسار إلى يمين</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>أعلى إلى أسفل، يمين إلى يسار</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>ملفّ PDF للكتابة</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>صدّر إلى PDF</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>الصّفحة الأولى</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>لائم الصّفحة</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>لائم العرض</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>عرضيّ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>الصّفحة الأخيرة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصّفحة التّالية</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>إعداد الصّفحة</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>إعداد الصّفحة</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>طوليّ</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصّفحة السّابقة</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>اطبع</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>معاينة الطّباعة</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>أظهر الصّفحات متقابلةً</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>أظهر لمحة لكلّ الصّفحات</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>أظهر صفحة واحدة</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>قرّب</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>بعّد</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>خيارات المهمّة</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>خصائص الطّابعة</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصّفحة</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>جمّع</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>ملوّن</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>الوضع اللونيّ</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>النُّسخ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>النُّسخ:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>الصّفحة الحاليّة</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>الطّباعة على الوجهين</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>تدرّج الرّماديّ</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>الجهة الطّولية</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>خيارات</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>خيارات الخرج</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>طقم الصّفحات:</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>الصّفحات من</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>اطبع الكلّ</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>مجال الطّباعة</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>اعكس</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>التّحديد</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>الجهة القصيرة</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>ال&amp;ملفّ الخرج:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;خصائص</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>عاين</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطّابعة</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النّوع:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ن&amp;سخ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>نسخ موقع ال&amp;رابط</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>No type</source>
        <translation>بلا نوع</translation>
    </message>
    <message>
        <source>Set a type with Edit, or for many at once with Bulk edit.</source>
        <translation>حدّد نوعًا بالتحرير، أو لعدة تسجيلات معًا بالتحرير الجماعي.</translation>
    </message>
    <message>
        <source>No year</source>
        <translation>بلا سنة</translation>
    </message>
    <message>
        <source>Add the publication year in the editor.</source>
        <translation>أضف سنة النشر في المحرر.</translation>
    </message>
    <message>
        <source>No country or region</source>
        <translation>بلا بلد أو منطقة</translation>
    </message>
    <message>
        <source>Add the countries or region the document covers.</source>
        <translation>أضف البلدان أو المنطقة التي يغطيها المستند.</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>بلا موضوع</translation>
    </message>
    <message>
        <source>Add a theme, or several records at once with Bulk edit.</source>
        <translation>أضف موضوعًا، أو لعدة تسجيلات معًا بالتحرير الجماعي.</translation>
    </message>
    <message>
        <source>No summary</source>
        <translation>بلا ملخص</translation>
    </message>
    <message>
        <source>Write a short summary in the editor.</source>
        <translation>اكتب ملخصًا قصيرًا في المحرر.</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>مرفق مفقود</translation>
    </message>
    <message>
        <source>The attached file is not in the attachments folder: attach it again or remove it.</source>
        <translation>الملف المرفق ليس في مجلد المرفقات: أرفقه مجددًا أو أزله.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Open Find duplicates to merge or dismiss each pair.</source>
        <translation>افتح «البحث عن التكرارات» لدمج كل زوج أو صرفه.</translation>
    </message>
    <message>
        <source>No searchable text</source>
        <translation>لا نص قابل للبحث</translation>
    </message>
    <message>
        <source>Scanned documents without a text layer: they are read by OCR (Tesseract) in the background.</source>
        <translation>مستندات ممسوحة ضوئيًا بلا طبقة نص: تُقرأ بالتعرف الضوئي (Tesseract) في الخلفية.</translation>
    </message>
    <message>
        <source>Scanned documents without a text layer. Install Tesseract to read scans (on Debian or Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie), then restart.</source>
        <translation>مستندات ممسوحة ضوئيًا بلا طبقة نص. ثبّت Tesseract لقراءتها (على Debian أو Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie)، ثم أعد التشغيل.</translation>
    </message>
    <message>
        <source>Unreadable documents</source>
        <translation>مستندات غير مقروءة</translation>
    </message>
    <message>
        <source>Attached files that could not be read (encrypted, damaged, too big or of an unknown format); the reason is shown under Attachments. Attach a readable copy.</source>
        <translation>ملفات مرفقة تعذّرت قراءتها (مشفرة أو تالفة أو كبيرة جدًا أو بصيغة غير معروفة)؛ يظهر السبب تحت «المرفقات». أرفق نسخة مقروءة.</translation>
    </message>
</context>
<context>
    <name>ReadingListCommand</name>
    <message>
        <source>change reading list</source>
        <translation>تغيير قائمة القراءة</translation>
    </message>
    <message>
        <source>Cannot replay “%1”: %2</source>
        <translation>تعذّرت إعادة تنفيذ «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ReadingListMenu</name>
    <message>
        <source>New reading list with the selection</source>
        <translation>قائمة قراءة جديدة بالمحدد</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>قوائم القراءة</translation>
    </message>
    <message>
        <source>New list with the selection…</source>
        <translation>قائمة جديدة بالمحدد…</translation>
    </message>
</context>
<context>
    <name>ReadingListPanel</name>
    <message>
        <source>Reading lists</source>
        <translation>قوائم القراءة</translation>
    </message>
    <message>
        <source>Select a list to see its resources; drop resources on a list to add them</source>
        <translation>اختر قائمة لرؤية مصادرها؛ أفلت المصادر على قائمة لإضافتها</translation>
    </message>
    <message>
        <source>New reading list…</source>
        <translation>قائمة قراءة جديدة…</translation>
    </message>
    <message>
        <source>Rename or describe the list…</source>
        <translation>إعادة تسمية القائمة أو وصفها…</translation>
    </message>
    <message>
        <source>Duplicate the list</source>
        <translation>تكرار القائمة</translation>
    </message>
    <message>
        <source>Delete the list (its resources stay in the catalogue)</source>
        <translation>حذف القائمة (تبقى مصادرها في الفهرس)</translation>
    </message>
    <message>
        <source>No reading lists yet. Click + to create one, then drag resources onto it.</source>
        <translation>لا توجد قوائم قراءة بعد. انقر + لإنشاء واحدة، ثم اسحب المصادر إليها.</translation>
    </message>
    <message>
        <source>Resources in the reading list</source>
        <translation>المصادر في قائمة القراءة</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected resources; Delete removes them from the list; F2 edits the note</source>
        <translation>Alt+Up وAlt+Down لنقل المصادر المحددة؛ Delete لإزالتها من القائمة؛ F2 لتحرير الملاحظة</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>تحريك لأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>تحريك لأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove from the list (Delete); the record stays</source>
        <translation>إزالة من القائمة (Delete)؛ تبقى التسجيلة</translation>
    </message>
    <message>
        <source>Select a list to see its resources.</source>
        <translation>اختر قائمة لرؤية مصادرها.</translation>
    </message>
    <message>
        <source>Empty: drag resources here or onto the list&apos;s name.</source>
        <translation>فارغة: اسحب المصادر إلى هنا أو إلى اسم القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln مصدر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%Ln مصادر</numerusform>
            <numerusform>%Ln مصدرًا</numerusform>
            <numerusform>%Ln مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>قائمة قراءة جديدة</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>قائمة قراءة</translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation>حذف قائمة القراءة</translation>
    </message>
    <message numerus="yes">
        <source>Delete the reading list “%1”? Its %Ln resource(s) stay in the catalogue.</source>
        <translation>
            <numerusform>هل تريد حذف قائمة القراءة «%1»؟ يبقى ما فيها (%Ln مصدر) في الفهرس.</numerusform>
            <numerusform>هل تريد حذف قائمة القراءة «%1»؟ يبقى ما فيها (مصدر واحد) في الفهرس.</numerusform>
            <numerusform>هل تريد حذف قائمة القراءة «%1»؟ يبقى ما فيها (مصدران) في الفهرس.</numerusform>
            <numerusform>هل تريد حذف قائمة القراءة «%1»؟ يبقى ما فيها (%Ln مصادر) في الفهرس.</numerusform>
            <numerusform>هل تريد حذف قائمة القراءة «%1»؟ يبقى ما فيها (%Ln مصدرًا) في الفهرس.</numerusform>
            <numerusform>هل تريد حذف قائمة القراءة «%1»؟ يبقى ما فيها (%Ln مصدر) في الفهرس.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Fields of the record</source>
        <translation>حقول التسجيلة</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>حفظ وإغلاق (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>إغلاق دون حفظ (Esc)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Version %1 · added %2 · changed %3</source>
        <translation>النسخة %1 · أُضيف %2 · غُيِّر %3</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}. What you typed is still here; save again when the catalogue is free.</source>
        <translation>لم يُحفظ شيء: {0}. ما كتبته ما زال هنا؛ احفظ مرة أخرى عندما يصبح الفهرس متاحًا.</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>فتح التسجيلة الموجودة</translation>
    </message>
    <message>
        <source>Close this editor without saving what you typed, and open the existing record?</source>
        <translation>إغلاق هذا المحرر دون حفظ ما كتبته، وفتح التسجيلة الموجودة؟</translation>
    </message>
    <message>
        <source>one of the records changed meanwhile</source>
        <translation>تغيّرت إحدى التسجيلتين في أثناء ذلك</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>لم يتم الدمج</translation>
    </message>
    <message>
        <source>Nothing was merged: %1.</source>
        <translation>لم يُدمج شيء: %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>حفظ تغييراتك على «%1»؟</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(بلا نوع)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>(month)</source>
        <translation>(الشهر)</translation>
    </message>
    <message>
        <source>(day)</source>
        <translation>(اليوم)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Family, Given — Enter to add</source>
        <translation>اسم العائلة، الاسم الأول — Enter للإضافة</translation>
    </message>
    <message>
        <source>Type a country name or code…</source>
        <translation>اكتب اسم بلد أو رمزه…</translation>
    </message>
    <message>
        <source>Type a region…</source>
        <translation>اكتب منطقة…</translation>
    </message>
    <message>
        <source>Type a theme…</source>
        <translation>اكتب موضوعًا…</translation>
    </message>
    <message>
        <source>Type a language or code…</source>
        <translation>اكتب لغة أو رمزها…</translation>
    </message>
    <message>
        <source>Free keywords — Enter to add</source>
        <translation>كلمات مفتاحية حرة — Enter للإضافة</translation>
    </message>
    <message>
        <source>Journal, book or series</source>
        <translation>دورية أو كتاب أو سلسلة</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>ال&amp;مؤلفون</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>المن&amp;ظمات</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>ال&amp;بلدان</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>المنا&amp;طق</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>المو&amp;ضوعات</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ال&amp;لغات</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>الكلمات الم&amp;فتاحية</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>المل&amp;خص</translation>
    </message>
    <message>
        <source>&amp;Published in</source>
        <translation>من&amp;شور في</translation>
    </message>
    <message>
        <source>Publisher&apos;s r&amp;ef.</source>
        <translation>م&amp;رجع الناشر</translation>
    </message>
    <message>
        <source>IS&amp;BN</source>
        <translation>&amp;ISBN</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>DO&amp;I</source>
        <translation>&amp;DOI</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>ملا&amp;حظات</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <source>Part of the series</source>
        <translation>جزء من السلسلة</translation>
    </message>
    <message>
        <source>Language version of</source>
        <translation>نسخة لغوية من</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>يحل محل</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>حلّ محله</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>ذو صلة بـ</translation>
    </message>
    <message>
        <source>Has as a part</source>
        <translation>له جزء</translation>
    </message>
    <message>
        <source>Type words of the other record&apos;s title…</source>
        <translation>اكتب كلمات من عنوان التسجيلة الأخرى…</translation>
    </message>
    <message>
        <source>Record to link</source>
        <translation>التسجيلة المراد ربطها</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Save the record first to link it to others (series, language versions, editions).</source>
        <translation>احفظ التسجيلة أولًا لربطها بغيرها (سلاسل، نسخ لغوية، طبعات).</translation>
    </message>
    <message>
        <source>Links to other records</source>
        <translation>روابط إلى تسجيلات أخرى</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <source>Move part up</source>
        <translation>نقل الجزء لأعلى</translation>
    </message>
    <message>
        <source>Move part down</source>
        <translation>نقل الجزء لأسفل</translation>
    </message>
    <message>
        <source>Set the number</source>
        <translation>تعيين الرقم</translation>
    </message>
    <message>
        <source>Give the selected part the number typed below</source>
        <translation>امنح الجزء المحدد الرقم المكتوب أدناه</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>نوع الرابط</translation>
    </message>
    <message>
        <source>No. (3, 2022 Q1)</source>
        <translation>الرقم (3، 2022 Q1)</translation>
    </message>
    <message>
        <source>Number in the series</source>
        <translation>الرقم في السلسلة</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>إضافة رابط</translation>
    </message>
    <message>
        <source>Likely language versions (link only those that are):</source>
        <translation>نسخ لغوية محتملة (اربط الصحيح منها فقط):</translation>
    </message>
    <message>
        <source>Likely language versions</source>
        <translation>نسخ لغوية محتملة</translation>
    </message>
    <message>
        <source>Link as a language version</source>
        <translation>ربط كنسخة لغوية</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>جزء من: %1</translation>
    </message>
    <message>
        <source>Part: %1</source>
        <translation>جزء: %1</translation>
    </message>
    <message>
        <source>Language version: %1</source>
        <translation>نسخة لغوية: %1</translation>
    </message>
    <message>
        <source>Replaces: %1</source>
        <translation>يحل محل: %1</translation>
    </message>
    <message>
        <source>Replaced by: %1</source>
        <translation>حلّ محله: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>ذو صلة: %1</translation>
    </message>
    <message>
        <source>same web address but the language</source>
        <translation>العنوان نفسه عدا اللغة</translation>
    </message>
    <message>
        <source>same identifier but the language</source>
        <translation>المعرّف نفسه عدا اللغة</translation>
    </message>
    <message>
        <source>same organization and year, another script</source>
        <translation>المنظمة والسنة نفسهما، بخط آخر</translation>
    </message>
    <message>
        <source>Cannot link</source>
        <translation>تعذّر الربط</translation>
    </message>
</context>
<context>
    <name>RelationsFeature</name>
    <message>
        <source>One row per &amp;work</source>
        <translation>صف &amp;واحد لكل عمل</translation>
    </message>
    <message>
        <source>Show the language versions of a work as one row, in your preferred language (Preferences); the counts then count works</source>
        <translation>عرض النسخ اللغوية للعمل في صف واحد، بلغتك المفضلة (التفضيلات)؛ وتعدّ الأعداد حينها الأعمال</translation>
    </message>
</context>
<context>
    <name>RelationsSection</name>
    <message>
        <source>Show “%1”</source>
        <translation>عرض “%1”</translation>
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation>%1 (في المهملات)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>حلّ محله</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>متوفر أيضًا بـ:</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>جزء من:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و%1 أخرى</translation>
    </message>
    <message>
        <source>Parts of this series (%1)</source>
        <translation>أجزاء هذه السلسلة (%1)</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>يحل محل:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>ذو صلة:</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>, </source>
        <comment>between the parts of a summary (Arabic: its own comma)</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>أُضيف: %Ln</numerusform>
            <numerusform>أُضيف: %Ln</numerusform>
            <numerusform>أُضيف: %Ln</numerusform>
            <numerusform>أُضيف: %Ln</numerusform>
            <numerusform>أُضيف: %Ln</numerusform>
            <numerusform>أُضيف: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>حُدِّث: %Ln</numerusform>
            <numerusform>حُدِّث: %Ln</numerusform>
            <numerusform>حُدِّث: %Ln</numerusform>
            <numerusform>حُدِّث: %Ln</numerusform>
            <numerusform>حُدِّث: %Ln</numerusform>
            <numerusform>حُدِّث: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>تُخطّي: %Ln</numerusform>
            <numerusform>تُخطّي: %Ln</numerusform>
            <numerusform>تُخطّي: %Ln</numerusform>
            <numerusform>تُخطّي: %Ln</numerusform>
            <numerusform>تُخطّي: %Ln</numerusform>
            <numerusform>تُخطّي: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>تعذّر: %Ln</numerusform>
            <numerusform>تعذّر: %Ln</numerusform>
            <numerusform>تعذّر: %Ln</numerusform>
            <numerusform>تعذّر: %Ln</numerusform>
            <numerusform>تعذّر: %Ln</numerusform>
            <numerusform>تعذّر: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>تعارضات: %Ln</numerusform>
            <numerusform>تعارضات: %Ln</numerusform>
            <numerusform>تعارضات: %Ln</numerusform>
            <numerusform>تعارضات: %Ln</numerusform>
            <numerusform>تعارضات: %Ln</numerusform>
            <numerusform>تعارضات: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>links between records: %Ln added</source>
        <translation>
            <numerusform>الروابط بين التسجيلات: أُضيف %Ln</numerusform>
            <numerusform>الروابط بين التسجيلات: أُضيف %Ln</numerusform>
            <numerusform>الروابط بين التسجيلات: أُضيف %Ln</numerusform>
            <numerusform>الروابط بين التسجيلات: أُضيف %Ln</numerusform>
            <numerusform>الروابط بين التسجيلات: أُضيف %Ln</numerusform>
            <numerusform>الروابط بين التسجيلات: أُضيف %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>أُزيل %Ln</numerusform>
            <numerusform>أُزيل %Ln</numerusform>
            <numerusform>أُزيل %Ln</numerusform>
            <numerusform>أُزيل %Ln</numerusform>
            <numerusform>أُزيل %Ln</numerusform>
            <numerusform>أُزيل %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) read from %1</source>
        <translation>
            <numerusform>لم تُقرأ أي تسجيلة من %1</numerusform>
            <numerusform>قُرئت تسجيلة واحدة من %1</numerusform>
            <numerusform>قُرئت تسجيلتان من %1</numerusform>
            <numerusform>قُرئت %Ln تسجيلات من %1</numerusform>
            <numerusform>قُرئت %Ln تسجيلة من %1</numerusform>
            <numerusform>قُرئت %Ln تسجيلة من %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was written: %1</source>
        <translation>تشغيل تجريبي، لم يُكتب شيء: %1</translation>
    </message>
    <message>
        <source>Cancelled, nothing was changed: %1</source>
        <translation>أُلغي، لم يتغير شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>لم تُكتب أي تسجيلة في %1.</numerusform>
            <numerusform>كُتبت تسجيلة واحدة في %1.</numerusform>
            <numerusform>كُتبت تسجيلتان في %1.</numerusform>
            <numerusform>كُتبت %Ln تسجيلات في %1.</numerusform>
            <numerusform>كُتبت %Ln تسجيلة في %1.</numerusform>
            <numerusform>كُتبت %Ln تسجيلة في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation>
            <numerusform>استُلم: %Ln</numerusform>
            <numerusform>استُلم: %Ln</numerusform>
            <numerusform>استُلم: %Ln</numerusform>
            <numerusform>استُلم: %Ln</numerusform>
            <numerusform>استُلم: %Ln</numerusform>
            <numerusform>استُلم: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>أُرسل: %Ln</numerusform>
            <numerusform>أُرسل: %Ln</numerusform>
            <numerusform>أُرسل: %Ln</numerusform>
            <numerusform>أُرسل: %Ln</numerusform>
            <numerusform>أُرسل: %Ln</numerusform>
            <numerusform>أُرسل: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed for good</source>
        <translation>
            <numerusform>حُذف نهائيًا: %Ln</numerusform>
            <numerusform>حُذف نهائيًا: %Ln</numerusform>
            <numerusform>حُذف نهائيًا: %Ln</numerusform>
            <numerusform>حُذف نهائيًا: %Ln</numerusform>
            <numerusform>حُذف نهائيًا: %Ln</numerusform>
            <numerusform>حُذف نهائيًا: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>المرفقات: %Ln</numerusform>
            <numerusform>المرفقات: %Ln</numerusform>
            <numerusform>المرفقات: %Ln</numerusform>
            <numerusform>المرفقات: %Ln</numerusform>
            <numerusform>المرفقات: %Ln</numerusform>
            <numerusform>المرفقات: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading list(s)</source>
        <translation>
            <numerusform>قوائم القراءة: %Ln</numerusform>
            <numerusform>قوائم القراءة: %Ln</numerusform>
            <numerusform>قوائم القراءة: %Ln</numerusform>
            <numerusform>قوائم القراءة: %Ln</numerusform>
            <numerusform>قوائم القراءة: %Ln</numerusform>
            <numerusform>قوائم القراءة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>الروابط: %Ln</numerusform>
            <numerusform>الروابط: %Ln</numerusform>
            <numerusform>الروابط: %Ln</numerusform>
            <numerusform>الروابط: %Ln</numerusform>
            <numerusform>الروابط: %Ln</numerusform>
            <numerusform>الروابط: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln vocabulary change(s)</source>
        <translation>
            <numerusform>تغييرات المفردات: %Ln</numerusform>
            <numerusform>تغييرات المفردات: %Ln</numerusform>
            <numerusform>تغييرات المفردات: %Ln</numerusform>
            <numerusform>تغييرات المفردات: %Ln</numerusform>
            <numerusform>تغييرات المفردات: %Ln</numerusform>
            <numerusform>تغييرات المفردات: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>تعارضات يجب حلها: %Ln</numerusform>
            <numerusform>تعارضات يجب حلها: %Ln</numerusform>
            <numerusform>تعارضات يجب حلها: %Ln</numerusform>
            <numerusform>تعارضات يجب حلها: %Ln</numerusform>
            <numerusform>تعارضات يجب حلها: %Ln</numerusform>
            <numerusform>تعارضات يجب حلها: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>لا تعارضات</translation>
    </message>
</context>
<context>
    <name>ResourceTable</name>
    <message>
        <source>Resources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>The resources that match the criteria; select one to read it below.</source>
        <translation>المصادر المطابقة للمعايير؛ اختر أحدها لقراءته في الأسفل.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>(also %1)</source>
        <translation>(أيضًا %1)</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>الترتيب حسب %1</translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1 (غير قابل للترتيب)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>author</source>
        <translation>مؤلف</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>ناشر</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>ممول</translation>
    </message>
</context>
<context>
    <name>SavedSearchesBox</name>
    <message>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <source>Enter or a click applies the saved search</source>
        <translation>Enter أو النقر يطبّق البحث المحفوظ</translation>
    </message>
    <message>
        <source>Save the current criteria to come back to them with one click.</source>
        <translation>احفظ المعايير الحالية للعودة إليها بنقرة واحدة.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Save the current criteria under a name</source>
        <translation>حفظ المعايير الحالية باسم</translation>
    </message>
    <message>
        <source>Save the current criteria</source>
        <translation>حفظ المعايير الحالية</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Rename the selected saved search</source>
        <translation>إعادة تسمية البحث المحفوظ المحدد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation>حذف البحث المحفوظ المحدد</translation>
    </message>
    <message>
        <source>(all resources)</source>
        <translation>(كل المصادر)</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <source>Name for these criteria:</source>
        <translation>اسم لهذه المعايير:</translation>
    </message>
    <message>
        <source>A saved search called “%1” exists. Replace its criteria?</source>
        <translation>يوجد بحث محفوظ باسم «%1». هل تستبدل معاييره؟</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>إعادة تسمية بحث محفوظ</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>حذف بحث محفوظ</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>هل تحذف البحث المحفوظ «%1»؟</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation>فشل العدّ: %1</translation>
    </message>
</context>
<context>
    <name>StackAction</name>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Open shared catalogue</source>
        <translation>فتح الفهرس المشترك</translation>
    </message>
    <message>
        <source>Address of the shared catalogue (postgresql://user@host:5432/name):</source>
        <translation>عنوان الفهرس المشترك (postgresql://user@host:5432/name):</translation>
    </message>
    <message>
        <source>The address must start with postgresql://</source>
        <translation>يجب أن يبدأ العنوان بـ postgresql://</translation>
    </message>
    <message>
        <source>Offline copy made</source>
        <translation>أُنشئت النسخة غير المتصلة</translation>
    </message>
    <message>
        <source>Open the offline copy %1 now?</source>
        <translation>هل تفتح النسخة غير المتصلة %1 الآن؟</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>%1.
Password:</source>
        <translation>%1.
كلمة المرور:</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>لم تُزامَن قط</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>انقطعت</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source> (last attempt %1)</source>
        <translation> (آخر محاولة: %1)</translation>
    </message>
    <message>
        <source>Offline copy of %1 · %2</source>
        <translation>نسخة غير متصلة من %1 · %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <source>This catalogue is not an offline copy.</source>
        <translation>هذا الفهرس ليس نسخة غير متصلة.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Keep &amp;this copy&apos;s</source>
        <translation>الاحتفاظ بنسخة &amp;هذه النسخة</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s</source>
        <translation>أخذ نسخة ال&amp;خادم</translation>
    </message>
    <message>
        <source>&amp;Merge field by field…</source>
        <translation>د&amp;مج حقلًا بحقل…</translation>
    </message>
    <message>
        <source>Changed on both sides since the last sync (nothing was overwritten):</source>
        <translation>تغيّرت في الطرفين منذ آخر مزامنة (لم يُكتب فوق أي شيء):</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Pulled only: %1.</source>
        <translation>سحب فقط: %1.</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>تمت المزامنة: %1.</translation>
    </message>
    <message>
        <source>%1  —  this copy: version %2, server: version %3</source>
        <translation>%1  —  هذه النسخة: النسخة %2، الخادم: النسخة %3</translation>
    </message>
    <message>
        <source>Resolved: the choice is sent at the next sync.</source>
        <translation>حُلّ: يُرسل الاختيار في المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>SyntaxHelp</name>
    <message>
        <source>resource type (type:report)</source>
        <translation>نوع المصدر (type:report)</translation>
    </message>
    <message>
        <source>theme (theme:housing)</source>
        <translation>الموضوع (theme:housing)</translation>
    </message>
    <message>
        <source>region, including its member countries (region:ASEAN)</source>
        <translation>المنطقة، بما فيها بلدانها الأعضاء (region:ASEAN)</translation>
    </message>
    <message>
        <source>country by name or ISO code (country:Thailand, country:TH)</source>
        <translation>البلد بالاسم أو برمز ISO (country:تايلاند، country:TH)</translation>
    </message>
    <message>
        <source>language by name or ISO code (language:Thai, lang:th)</source>
        <translation>اللغة بالاسم أو برمز ISO (language:التايلاندية، lang:th)</translation>
    </message>
    <message>
        <source>organization by name or acronym (org:ILO)</source>
        <translation>المنظمة بالاسم أو الاختصار (org:ILO)</translation>
    </message>
    <message>
        <source>free keyword (keyword:&quot;wage arrears&quot;, kw:...)</source>
        <translation>كلمة مفتاحية حرة (keyword:&quot;wage arrears&quot;، kw:...)</translation>
    </message>
    <message>
        <source>publication year (year:2020, year:2020..2022, year:&gt;=2018, year:&lt;2000, year:none)</source>
        <translation>سنة النشر (year:2020، year:2020..2022، year:&gt;=2018، year:&lt;2000، year:none)</translation>
    </message>
    <message>
        <source>when the record was added (added:&gt;=2026-01-01, added:&lt;30d, added:2026-03, added:today)</source>
        <translation>متى أُضيفت التسجيلة (added:&gt;=2026-01-01، added:&lt;30d، added:2026-03، added:today)</translation>
    </message>
    <message>
        <source>when the record was last changed (updated:today, updated:&lt;7d)</source>
        <translation>متى عُدّلت التسجيلة آخر مرة (updated:today، updated:&lt;7d)</translation>
    </message>
    <message>
        <source>records with an attachment, summary, DOI, document text, year, country... (has:attachment, has:doi, has:text)</source>
        <translation>تسجيلات لها مرفق أو ملخص أو DOI أو نص وثيقة أو سنة أو بلد... (has:attachment، has:doi، has:text)</translation>
    </message>
    <message>
        <source>records without one, as the quality lists (no:year, no:country, no:summary)</source>
        <translation>تسجيلات بدونه، كقوائم المراجعة (no:year، no:country، no:summary)</translation>
    </message>
    <message>
        <source>records in the trash or likely duplicates (is:trash, is:duplicate)</source>
        <translation>تسجيلات في المهملات أو تكرارات محتملة (is:trash، is:duplicate)</translation>
    </message>
    <message>
        <source>records on a reading list (in:&quot;Workshop list&quot;)</source>
        <translation>تسجيلات في قائمة قراءة (in:&quot;Workshop list&quot;)</translation>
    </message>
    <message>
        <source>the parts of a series, by words of its title (series:&quot;TRIANGLE in ASEAN&quot;)</source>
        <translation>أجزاء سلسلة، بكلمات من عنوانها (series:&quot;TRIANGLE in ASEAN&quot;)</translation>
    </message>
    <message>
        <source>words in the attached documents only (text:fees, text:&quot;recruitment fees&quot;, -text:draft)</source>
        <translation>كلمات في المستندات المرفقة فقط (text:fees، text:&quot;recruitment fees&quot;، -text:draft)</translation>
    </message>
    <message>
        <source>records containing words starting with &quot;housing&quot; and &quot;migrant&quot;</source>
        <translation>التسجيلات التي فيها كلمات تبدأ بـ &quot;housing&quot; و&quot;migrant&quot;</translation>
    </message>
    <message>
        <source>the exact words in this order</source>
        <translation>الكلمات نفسها بهذا الترتيب</translation>
    </message>
    <message>
        <source>leave out records that mention covid</source>
        <translation>استبعاد التسجيلات التي تذكر covid</translation>
    </message>
    <message>
        <source>a field filter; several values of one field mean OR: country:TH,MY</source>
        <translation>تصفية بحقل؛ عدة قيم لحقل واحد تعني «أو»: country:TH,MY</translation>
    </message>
    <message>
        <source>leave out records with these values</source>
        <translation>استبعاد التسجيلات ذات هذه القيم</translation>
    </message>
    <message>
        <source>either term; terms side by side must all match (AND)</source>
        <translation>أي من الشرطين؛ الشروط المتجاورة يجب أن تتطابق كلها (AND)</translation>
    </message>
    <message>
        <source>leave out what matches a term or a group</source>
        <translation>استبعاد ما يطابق شرطًا أو مجموعة</translation>
    </message>
    <message>
        <source>parentheses group terms of any fields</source>
        <translation>الأقواس تجمع شروطًا من أي حقول</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>صيغة البحث</translation>
    </message>
    <message>
        <source>Field names and values ignore case; countries and languages also match ISO codes and their names in Thai, Vietnamese and Arabic.</source>
        <translation>لا تميّز أسماء الحقول وقيمها بين الأحرف الكبيرة والصغيرة؛ وتطابق البلدان واللغات أيضًا رموز ISO وأسماءها بالتايلاندية والفيتنامية والعربية.</translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation>مثال: {example}</translation>
    </message>
</context>
<context>
    <name>SyntaxHelpDialog</name>
    <message>
        <source>Type words to find resources that contain them, and add field filters to narrow the results. Ticking a value under Criteria writes the same filter into the search box; Ctrl-click a value to leave it out.</source>
        <translation>اكتب كلمات للعثور على المصادر التي تحتويها، وأضف مرشحات الحقول لتضييق النتائج. تحديد قيمة تحت المعايير يكتب المرشح نفسه في مربع البحث؛ Ctrl مع النقر على قيمة يستبعدها.</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>صيغة البحث</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Cannot undo</source>
        <translation>تعذّر التراجع</translation>
    </message>
    <message>
        <source>A record in this step was removed for good, so the step cannot be undone or redone.</source>
        <translation>حُذفت تسجيلة في هذه الخطوة نهائيًا، فلا يمكن التراجع عن الخطوة أو إعادتها.</translation>
    </message>
    <message>
        <source>A record changed after this step (in another window or program), so the step was not undone or redone, to keep that change. Its history still has every version.</source>
        <translation>تغيّرت تسجيلة بعد هذه الخطوة (في نافذة أو برنامج آخر)، فلم يتم التراجع عن الخطوة أو إعادتها حفاظًا على ذلك التغيير. لا يزال السجل يحتفظ بكل النسخ.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An ISBN-10 has nine digits and a final digit or X.</source>
        <translation>يتكون ISBN-10 من تسعة أرقام ثم رقم أو X.</translation>
    </message>
    <message>
        <source>This ISBN-10 has a wrong check digit: please check for a typo.</source>
        <translation>رقم التحقق في ISBN-10 هذا خاطئ: تحقق من وجود خطأ كتابي.</translation>
    </message>
    <message>
        <source>An ISBN-13 has digits only.</source>
        <translation>يتكون ISBN-13 من أرقام فقط.</translation>
    </message>
    <message>
        <source>An ISBN-13 starts with 978 or 979.</source>
        <translation>يبدأ ISBN-13 بـ 978 أو 979.</translation>
    </message>
    <message>
        <source>This ISBN-13 has a wrong check digit: please check for a typo.</source>
        <translation>رقم التحقق في ISBN-13 هذا خاطئ: تحقق من وجود خطأ كتابي.</translation>
    </message>
    <message>
        <source>An ISBN has 10 or 13 digits; this one has {count}.</source>
        <translation>يتكون ISBN من 10 أو 13 رقمًا؛ وهذا فيه {count}.</translation>
    </message>
    <message>
        <source>A DOI looks like 10.1234/abc-567 (a doi.org link is accepted too).</source>
        <translation>يكون DOI على شكل 10.1234/abc-567 (ويُقبل رابط doi.org أيضًا).</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>لا يجوز أن يحتوي عنوان الويب على مسافات.</translation>
    </message>
    <message>
        <source>This web address cannot be read.</source>
        <translation>تعذّرت قراءة عنوان الويب هذا.</translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://.</source>
        <translation>يبدأ عنوان الويب بـ http:// أو https://.</translation>
    </message>
    <message>
        <source>This web address has no valid site name (e.g. www.ilo.org).</source>
        <translation>ليس لعنوان الويب هذا اسم موقع صالح (مثل www.ilo.org).</translation>
    </message>
    <message>
        <source>The year must be between {first} and {last}.</source>
        <translation>يجب أن تكون السنة بين {first} و{last}.</translation>
    </message>
    <message>
        <source>A month needs a year.</source>
        <translation>يحتاج الشهر إلى سنة.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>يجب أن يكون الشهر بين 1 و12.</translation>
    </message>
    <message>
        <source>A day needs a valid month.</source>
        <translation>يحتاج اليوم إلى شهر صالح.</translation>
    </message>
    <message>
        <source>{month_name} {year} has days 1 to {days}.</source>
        <translation>أيام الشهر {month}/{year} من 1 إلى {days}.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>العنوان مطلوب.</translation>
    </message>
    <message>
        <source>An organization needs a name.</source>
        <translation>تحتاج المنظمة إلى اسم.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos; for {name}.</source>
        <translation>دور غير معروف &apos;{role}&apos; لـ {name}.</translation>
    </message>
</context>
<context>
    <name>ValuePicker</name>
    <message>
        <source>&apos;%1&apos; is not in the list: choose a suggestion or clear the text.</source>
        <translation>&apos;%1&apos; ليست في القائمة: اختر اقتراحًا أو امسح النص.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>VersionConflictDialog</name>
    <message>
        <source>This record changed while you were editing it</source>
        <translation>تغيّرت هذه التسجيلة في أثناء تحريرك لها</translation>
    </message>
    <message>
        <source>The record was removed for good while you were editing it. You can save what you typed as a new record.</source>
        <translation>حُذفت التسجيلة نهائيًا في أثناء تحريرك لها. يمكنك حفظ ما كتبته تسجيلةً جديدة.</translation>
    </message>
    <message>
        <source>You opened version %1; version %2 was saved since (in another window or program). Nothing has been overwritten. Choose which version to keep; history keeps the other.</source>
        <translation>فتحت النسخة %1؛ وحُفظت النسخة %2 بعد ذلك (في نافذة أو برنامج آخر). لم يُكتب فوق أي شيء. اختر النسخة التي تحتفظ بها؛ ويحتفظ السجل بالأخرى.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>الاحتفاظ بنسخ&amp;تي</translation>
    </message>
    <message>
        <source>Use the &amp;saved version</source>
        <translation>استخدام النسخة ال&amp;محفوظة</translation>
    </message>
    <message>
        <source>Save as &amp;new record</source>
        <translation>حفظ تسجيلةً &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>ال&amp;عودة إلى التحرير</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>نسختك (غير محفوظة)</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>المحفوظة في أثناء ذلك</translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Resource types</source>
        <translation>أنواع المصادر</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Vocabularies</source>
        <translation>المفردات المضبوطة</translation>
    </message>
    <message>
        <source>Filter the values</source>
        <translation>تصفية القيم</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>تصفية…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Short form</source>
        <translation>الصيغة المختصرة</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>مستخدمة في</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Values of the vocabulary</source>
        <translation>قيم المفردات</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;دمج في…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Retired values stay on their records but are no longer offered in the editor.</source>
        <translation>تبقى القيم الموقوفة في تسجيلاتها لكنها لا تُقترح في المحرر بعد الآن.</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>إ&amp;عادة تفعيل</translation>
    </message>
    <message>
        <source>Add to the list: %1</source>
        <translation>إضافة إلى القائمة: %1</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>إعادة تسمية «%1»</translation>
    </message>
    <message>
        <source>choose the value to merge into from the suggestions</source>
        <translation>اختر من الاقتراحات القيمة التي يُدمج فيها</translation>
    </message>
</context>
<context>
    <name>WaitForWriterDialog</name>
    <message>
        <source>Waiting for another import to finish…</source>
        <translation>في انتظار انتهاء استيراد آخر…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Catalogue busy</source>
        <translation>الفهرس مشغول</translation>
    </message>
    <message>
        <source>Waiting for another import to finish</source>
        <translation>في انتظار انتهاء استيراد آخر</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New catalogue…</source>
        <translation>فهرس &amp;جديد…</translation>
    </message>
    <message>
        <source>Create a catalogue in a new file</source>
        <translation>إنشاء فهرس في ملف جديد</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;فتح فهرس…</translation>
    </message>
    <message>
        <source>Open another catalogue file</source>
        <translation>فتح ملف فهرس آخر</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open &amp;shared catalogue…</source>
        <translation>فتح فهرس &amp;مشترك…</translation>
    </message>
    <message>
        <source>Open a catalogue on a PostgreSQL server</source>
        <translation>فتح فهرس على خادم PostgreSQL</translation>
    </message>
    <message>
        <source>Make offline &amp;copy…</source>
        <translation>إنشاء نسخة &amp;غير متصلة…</translation>
    </message>
    <message>
        <source>Copy a shared catalogue to this computer, to work without a network</source>
        <translation>نسخ فهرس مشترك إلى هذا الحاسوب، للعمل دون شبكة</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <source>Send this copy&apos;s changes to the shared catalogue and take everyone else&apos;s</source>
        <translation>إرسال تغييرات هذه النسخة إلى الفهرس المشترك وأخذ تغييرات الآخرين</translation>
    </message>
    <message>
        <source>Sync (pu&amp;ll only)</source>
        <translation>مزامنة (س&amp;حب فقط)</translation>
    </message>
    <message>
        <source>Take the shared catalogue&apos;s changes without sending this copy&apos;s</source>
        <translation>أخذ تغييرات الفهرس المشترك دون إرسال تغييرات هذه النسخة</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Add resources from a file (CSV, RIS, BibTeX, JSON, Excel)</source>
        <translation>إضافة مصادر من ملف (CSV، RIS، BibTeX، JSON، Excel)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Save the shown or selected resources to a file</source>
        <translation>حفظ المصادر المعروضة أو المحددة في ملف</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export as &amp;web page…</source>
        <translation>تصدير كصفحة &amp;ويب…</translation>
    </message>
    <message>
        <source>Publish the catalogue, the result or a reading list as a page that opens in any browser, offline</source>
        <translation>نشر الفهرس أو النتيجة أو قائمة قراءة كصفحة تُفتح في أي متصفح دون اتصال</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إن&amp;هاء</translation>
    </message>
    <message>
        <source>Export &amp;selection…</source>
        <translation>تصدير ال&amp;محدد…</translation>
    </message>
    <message>
        <source>Save the selected resources to a file (CSV, RIS, BibTeX, JSON, Excel)</source>
        <translation>حفظ المصادر المحددة في ملف (CSV، RIS، BibTeX، JSON، Excel)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Go to the search box (Ctrl+F)</source>
        <translation>الانتقال إلى مربع البحث (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear all criteria</source>
        <translation>مسح كل ال&amp;معايير</translation>
    </message>
    <message>
        <source>Remove every criterion and show all resources</source>
        <translation>إزالة كل المعايير وعرض كل المصادر</translation>
    </message>
    <message>
        <source>Clear criteria</source>
        <translation>مسح المعايير</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>ال&amp;معايير</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Show or hide the criteria (Ctrl+Shift+C)</source>
        <translation>إظهار المعايير أو إخفاؤها (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>الم&amp;كتبة</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Show or hide the library: all resources, reading lists, trash (Ctrl+Shift+L)</source>
        <translation>إظهار المكتبة أو إخفاؤها: كل المصادر، قوائم القراءة، سلة المهملات (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Go to the library</source>
        <translation>الانتقال إلى المك&amp;تبة</translation>
    </message>
    <message>
        <source>Put the keyboard in the library&apos;s places (Ctrl+L)</source>
        <translation>نقل لوحة المفاتيح إلى مواضع المكتبة (Ctrl+L)</translation>
    </message>
    <message>
        <source>Go to the &amp;results</source>
        <translation>الانتقال إلى ال&amp;نتائج</translation>
    </message>
    <message>
        <source>Put the keyboard in the table of resources (Ctrl+T)</source>
        <translation>نقل لوحة المفاتيح إلى جدول المصادر (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation>لوحة التفا&amp;صيل</translation>
    </message>
    <message>
        <source>Search &amp;syntax</source>
        <translation>&amp;صيغة البحث</translation>
    </message>
    <message>
        <source>How to write a search (F1)</source>
        <translation>كيف تكتب بحثًا (F1)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Resource Catalogue</source>
        <translation>&amp;حول فهرس المصادر</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Recent catalogues</source>
        <translation>الفهارس الأ&amp;خيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>الأ&amp;عمدة</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>ال&amp;قوائم</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>WindowFeatures</name>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>جارٍ البحث عن التكرارات المحتملة…</translation>
    </message>
    <message>
        <source>Could not compare the records: %1</source>
        <translation>تعذّرت مقارنة التسجيلات: %1</translation>
    </message>
</context>
<context>
    <name>WriteFailures</name>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يُنفَّذ</translation>
    </message>
</context>
<context>
    <name>YearBox</name>
    <message>
        <source>From year</source>
        <translation>من سنة</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>إلى سنة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Only resources without a year</source>
        <translation>المصادر التي بلا سنة فقط</translation>
    </message>
    <message>
        <source>Years in these results: %1–%2</source>
        <translation>السنوات في هذه النتائج: %1–%2</translation>
    </message>
    <message>
        <source>Year in these results: %1</source>
        <translation>السنة في هذه النتائج: %1</translation>
    </message>
    <message>
        <source>No dated resources in these results</source>
        <translation>لا مصادر مؤرخة في هذه النتائج</translation>
    </message>
    <message>
        <source>Only resources without a year (%1)</source>
        <translation>المصادر التي بلا سنة فقط (%1)</translation>
    </message>
</context>
<context>
    <name>_Choice</name>
    <message>
        <source>Keep: %1</source>
        <translation>الاحتفاظ بـ: %1</translation>
    </message>
</context>
<context>
    <name>_ListTexts</name>
    <message numerus="yes">
        <source>Reading %Ln resource(s)…</source>
        <translation>
            <numerusform>جارٍ قراءة %Ln مصدر…</numerusform>
            <numerusform>جارٍ قراءة مصدر واحد…</numerusform>
            <numerusform>جارٍ قراءة مصدران…</numerusform>
            <numerusform>جارٍ قراءة %Ln مصادر…</numerusform>
            <numerusform>جارٍ قراءة %Ln مصدرًا…</numerusform>
            <numerusform>جارٍ قراءة %Ln مصدر…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MergeTargetDialog</name>
    <message>
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message numerus="yes">
        <source>Every record using “%1” (%Ln resource(s)) will use the value you choose instead, and “%1” leaves the list. This can be undone.</source>
        <translation>
            <numerusform>كل تسجيلة تستخدم «%1» (%Ln مصدر) ستستخدم القيمة التي تختارها بدلًا منها، وتخرج «%1» من القائمة. يمكن التراجع عن ذلك.</numerusform>
            <numerusform>كل تسجيلة تستخدم «%1» (مصدر واحد) ستستخدم القيمة التي تختارها بدلًا منها، وتخرج «%1» من القائمة. يمكن التراجع عن ذلك.</numerusform>
            <numerusform>كل تسجيلة تستخدم «%1» (مصدران) ستستخدم القيمة التي تختارها بدلًا منها، وتخرج «%1» من القائمة. يمكن التراجع عن ذلك.</numerusform>
            <numerusform>كل تسجيلة تستخدم «%1» (%Ln مصادر) ستستخدم القيمة التي تختارها بدلًا منها، وتخرج «%1» من القائمة. يمكن التراجع عن ذلك.</numerusform>
            <numerusform>كل تسجيلة تستخدم «%1» (%Ln مصدرًا) ستستخدم القيمة التي تختارها بدلًا منها، وتخرج «%1» من القائمة. يمكن التراجع عن ذلك.</numerusform>
            <numerusform>كل تسجيلة تستخدم «%1» (%Ln مصدر) ستستخدم القيمة التي تختارها بدلًا منها، وتخرج «%1» من القائمة. يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find the value to keep…</source>
        <translation>اكتب للعثور على القيمة التي تُحفظ…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
</context>
<context>
    <name>_RunningDialog</name>
    <message>
        <source>Not done: %1</source>
        <translation>لم يتم: %1</translation>
    </message>
</context>
<context>
    <name>_StatusText</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s)</source>
        <translation>
            <numerusform>عرض %1 من %Ln مصدر</numerusform>
            <numerusform>عرض %1 من مصدر واحد</numerusform>
            <numerusform>عرض %1 من مصدران</numerusform>
            <numerusform>عرض %1 من %Ln مصادر</numerusform>
            <numerusform>عرض %1 من %Ln مصدرًا</numerusform>
            <numerusform>عرض %1 من %Ln مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) in the trash</source>
        <translation>
            <numerusform>عرض %1 من %Ln مصدر في سلة المهملات</numerusform>
            <numerusform>عرض %1 من مصدر واحد في سلة المهملات</numerusform>
            <numerusform>عرض %1 من مصدران في سلة المهملات</numerusform>
            <numerusform>عرض %1 من %Ln مصادر في سلة المهملات</numerusform>
            <numerusform>عرض %1 من %Ln مصدرًا في سلة المهملات</numerusform>
            <numerusform>عرض %1 من %Ln مصدر في سلة المهملات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) in the reading list “%2”</source>
        <translation>
            <numerusform>عرض %1 من %Ln مصدر في قائمة القراءة «%2»</numerusform>
            <numerusform>عرض %1 من مصدر واحد في قائمة القراءة «%2»</numerusform>
            <numerusform>عرض %1 من مصدران في قائمة القراءة «%2»</numerusform>
            <numerusform>عرض %1 من %Ln مصادر في قائمة القراءة «%2»</numerusform>
            <numerusform>عرض %1 من %Ln مصدرًا في قائمة القراءة «%2»</numerusform>
            <numerusform>عرض %1 من %Ln مصدر في قائمة القراءة «%2»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) on the list “%2”</source>
        <translation>
            <numerusform>عرض %1 من %Ln مصدر في القائمة «%2»</numerusform>
            <numerusform>عرض %1 من مصدر واحد في القائمة «%2»</numerusform>
            <numerusform>عرض %1 من مصدران في القائمة «%2»</numerusform>
            <numerusform>عرض %1 من %Ln مصادر في القائمة «%2»</numerusform>
            <numerusform>عرض %1 من %Ln مصدرًا في القائمة «%2»</numerusform>
            <numerusform>عرض %1 من %Ln مصدر في القائمة «%2»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncTexts</name>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
</context>
</TS>
