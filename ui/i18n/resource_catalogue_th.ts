<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>About</name>
    <message>
        <source>Built %1 for %2</source>
        <translation>สร้างเมื่อ %1 สำหรับ %2</translation>
    </message>
    <message>
        <source>Running from the source code</source>
        <translation>กำลังทำงานจากซอร์สโค้ด</translation>
    </message>
    <message>
        <source>An offline catalogue of documents on labour migration: search, filter, read, edit, import and export, without a network.</source>
        <translation>แคตตาล็อกเอกสารด้านการย้ายถิ่นเพื่อการทำงานแบบออฟไลน์: ค้นหา กรอง อ่าน แก้ไข นำเข้า และส่งออก โดยไม่ต้องใช้เครือข่าย</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>รุ่น %1</translation>
    </message>
    <message>
        <source>The Noto fonts shipped with it are under the SIL Open Font License.</source>
        <translation>ฟอนต์ Noto ที่มาพร้อมโปรแกรมใช้สัญญาอนุญาต SIL Open Font License</translation>
    </message>
    <message>
        <source>About Resource Catalogue</source>
        <translation>เกี่ยวกับแคตตาล็อกทรัพยากร</translation>
    </message>
</context>
<context>
    <name>AddDocumentsDialog</name>
    <message>
        <source>Add documents</source>
        <translation>เพิ่มเอกสาร</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will become new records with the file attached.</source>
        <translation>
            <numerusform>ไฟล์ %n ไฟล์จะกลายเป็นระเบียนใหม่พร้อมไฟล์แนบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are left out (see the last column).</source>
        <translation>
            <numerusform>ไฟล์ %n ไฟล์ไม่ถูกเพิ่ม (ดูคอลัมน์สุดท้าย)</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>ผู้แต่ง</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
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
        <translation>คำสำคัญ</translation>
    </message>
    <message>
        <source>Summary (from the file&apos;s subject)</source>
        <translation>สาระสังเขป (จากหัวเรื่องของไฟล์)</translation>
    </message>
    <message>
        <source>Use the suggested:</source>
        <translation>ใช้ค่าที่แนะนำ:</translation>
    </message>
    <message>
        <source>Untick to leave this field empty in the new records: %1</source>
        <translation>ยกเลิกการเลือกเพื่อเว้นเขตข้อมูลนี้ว่างไว้ในระเบียนใหม่: %1</translation>
    </message>
    <message>
        <source>Files to add</source>
        <translation>ไฟล์ที่จะเพิ่ม</translation>
    </message>
    <message>
        <source>Add file</source>
        <translation>เพิ่มไฟล์</translation>
    </message>
    <message>
        <source>DOI / ISBN / ISSN</source>
        <translation>DOI / ISBN / ISSN</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Where the suggestions come from</source>
        <translation>ที่มาของค่าที่แนะนำ</translation>
    </message>
    <message>
        <source>Reading list for the new records</source>
        <translation>รายการอ่านสำหรับระเบียนใหม่</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Also put them on the reading list:</source>
        <translation>ใส่ในรายการอ่านนี้ด้วย:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s)</source>
        <translation>
            <numerusform>เพิ่มเอกสาร %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>จาก: %1</translation>
    </message>
    <message>
        <source>already in the catalogue (same file)</source>
        <translation>มีอยู่แล้วในแคตตาล็อก (ไฟล์เดียวกัน)</translation>
    </message>
    <message>
        <source>the same file is listed earlier</source>
        <translation>ไฟล์เดียวกันอยู่ในรายการก่อนหน้าแล้ว</translation>
    </message>
    <message>
        <source>added, but its text cannot be read: %1</source>
        <translation>เพิ่มแล้ว แต่อ่านข้อความไม่ได้: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>จาก %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Resource Catalogue</source>
        <translation>แคตตาล็อกทรัพยากร</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls *.xlsx *.ppt *.pptx *.epub);;All files (*)</source>
        <translation>เอกสาร (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls *.xlsx *.ppt *.pptx *.epub);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source> — missing from the attachments folder</source>
        <translation> — ไม่พบในโฟลเดอร์ไฟล์แนบ</translation>
    </message>
    <message>
        <source> — changed on disk since it was attached</source>
        <translation> — ไฟล์บนดิสก์เปลี่ยนไปหลังจากแนบ</translation>
    </message>
    <message>
        <source>No attachments. Add a PDF or other file to keep a copy with the catalogue.</source>
        <translation>ยังไม่มีไฟล์แนบ เพิ่ม PDF หรือไฟล์อื่นเพื่อเก็บสำเนาไว้กับแคตตาล็อก</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>แนบไฟล์(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>นำออก(&amp;R)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>แนบไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>เปิดไม่ได้</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
</context>
<context>
    <name>Bibliography</name>
    <message>
        <source>HTML page</source>
        <translation>หน้า HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>ข้อความธรรมดา</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>ไม่จัดกลุ่ม</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>ประเภททรัพยากร</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>List order</source>
        <translation>ตามลำดับในรายการ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Year (newest first)</source>
        <translation>ปี (ใหม่สุดก่อน)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>ผู้แต่ง</translation>
    </message>
</context>
<context>
    <name>BibliographyDialog</name>
    <message>
        <source>Preview: the page as it will be written</source>
        <translation>ตัวอย่าง: หน้าเอกสารตามที่จะบันทึก</translation>
    </message>
    <message>
        <source>Preview: the document&apos;s content and styling (Word lays out the pages)</source>
        <translation>ตัวอย่าง: เนื้อหาและรูปแบบของเอกสาร (Word จะจัดหน้าเอง)</translation>
    </message>
    <message>
        <source>Preview: the document&apos;s content; Print preview shows the PDF&apos;s pages</source>
        <translation>ตัวอย่าง: เนื้อหาของเอกสาร ดูหน้า PDF ได้ที่ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <source>Preview: the exact text of the file</source>
        <translation>ตัวอย่าง: ข้อความของไฟล์ตามจริง</translation>
    </message>
    <message>
        <source>Export bibliography — %1</source>
        <translation>ส่งออกบรรณานุกรม — %1</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>แสดงตัวอย่างไม่ได้: %1</translation>
    </message>
    <message>
        <source>Include &amp;summaries</source>
        <translation>รวมสาระสังเขป(&amp;S)</translation>
    </message>
    <message>
        <source>Include the list&apos;s &amp;notes</source>
        <translation>รวมหมายเหตุของรายการ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>รูปแบบไฟล์(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Citation style:</source>
        <translation>รูปแบบการอ้างอิง(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>จัดกลุ่มตาม(&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>เรียงตาม(&amp;O):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) from “%1”</source>
        <translation>
            <numerusform>%Ln รายการจาก “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the exported bibliography</source>
        <translation>ตัวอย่างบรรณานุกรมที่จะส่งออก</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ส่งออก(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>พิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>ตัวอย่างก่อนพิมพ์(&amp;V)…</translation>
    </message>
    <message numerus="yes">
        <source>Formatting %Ln reference(s)…</source>
        <translation>
            <numerusform>กำลังจัดรูปแบบรายการอ้างอิง %Ln รายการ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>บรรณานุกรม</translation>
    </message>
    <message>
        <source>Could not format the references: %1</source>
        <translation>จัดรูปแบบรายการอ้างอิงไม่ได้: %1</translation>
    </message>
    <message>
        <source>Formatting the preview…</source>
        <translation>กำลังจัดรูปแบบตัวอย่าง…</translation>
    </message>
    <message numerus="yes">
        <source> — the first %1 of %Ln references; all are written</source>
        <translation>
            <numerusform> — แสดง %1 รายการแรกจาก %Ln รายการ แต่จะบันทึกครบทุกรายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bibliography</source>
        <translation>ส่งออกบรรณานุกรม</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>บันทึก %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Add a value</source>
        <translation>เพิ่มค่า</translation>
    </message>
    <message>
        <source>Remove a value</source>
        <translation>นำค่าออก</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>กำหนดค่า</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>ค้นหาและแทนที่</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %Ln resource(s)</source>
        <translation>
            <numerusform>แก้ไขหลายรายการ (%Ln ระเบียน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>ตัวอย่างการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>ดำเนินการ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>การเปลี่ยนแปลง(&amp;C)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Type to find a value…</source>
        <translation>พิมพ์เพื่อค้นหาค่า…</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>เขตข้อมูล(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>ค่า(&amp;V)</translation>
    </message>
    <message>
        <source>Type to find a value (empty type: no type)…</source>
        <translation>พิมพ์เพื่อค้นหาค่า (เว้นว่าง: ไม่ระบุประเภท)…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>เป็น(&amp;T)</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression (\1 in the replacement is the first group)</source>
        <translation>นิพจน์ปรกติ(&amp;X) (\1 ในข้อความแทนที่คือกลุ่มแรก)</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>ตรงตามตัวพิมพ์(&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>ค้นหา(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation>แทนที่ด้วย(&amp;R)</translation>
    </message>
    <message>
        <source>choose a value from the suggestions</source>
        <translation>เลือกค่าจากรายการที่แนะนำ</translation>
    </message>
    <message>
        <source>type the value to add</source>
        <translation>พิมพ์ค่าที่จะเพิ่ม</translation>
    </message>
    <message>
        <source>type the value to remove</source>
        <translation>พิมพ์ค่าที่จะนำออก</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) of %1 will change.</source>
        <translation>
            <numerusform>จะเปลี่ยน %Ln จาก %1 ทรัพยากร</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) would become invalid (shown in the After column): fix the change first.</source>
        <translation>
            <numerusform>%Ln ระเบียนจะไม่ถูกต้อง (ดูในคอลัมน์หลัง): โปรดแก้การเปลี่ยนแปลงก่อน</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: every selected resource already has this.</source>
        <translation>ไม่มีอะไรต้องเปลี่ยน: ทุกระเบียนที่เลือกมีค่านี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>แก้ไขหลายรายการ</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <source>Showing all resources. Type in Search or tick values under Criteria to narrow them.</source>
        <translation>แสดงทรัพยากรทั้งหมด พิมพ์ในช่องค้นหาหรือเลือกค่าในเกณฑ์เพื่อจำกัดผลลัพธ์</translation>
    </message>
    <message>
        <source>Type in Search or tick values under Criteria to narrow them.</source>
        <translation>พิมพ์ในช่องค้นหาหรือเลือกค่าในเกณฑ์เพื่อจำกัดผลลัพธ์</translation>
    </message>
    <message>
        <source>Active criteria</source>
        <translation>เกณฑ์ที่ใช้อยู่</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>ล้างทั้งหมด</translation>
    </message>
    <message>
        <source>Clear all criteria</source>
        <translation>ล้างเกณฑ์ทั้งหมด</translation>
    </message>
    <message>
        <source>Remove every criterion (Esc in the search box clears it too)</source>
        <translation>นำเกณฑ์ออกทั้งหมด (กด Esc ในช่องค้นหาก็ล้างได้)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>ค้นหา: %1</translation>
    </message>
    <message>
        <source>Leave out: %1</source>
        <translation>ยกเว้น: %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>ไม่ใช่ %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source> and </source>
        <translation> และ </translation>
    </message>
    <message>
        <source>document text: %1</source>
        <translation>ข้อความในเอกสาร: %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>เพิ่มเมื่อ %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>แก้ไขเมื่อ %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>มี %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>ไม่มี %1</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>ในถังขยะ</translation>
    </message>
    <message>
        <source>likely duplicates</source>
        <translation>ระเบียนที่น่าจะซ้ำ</translation>
    </message>
    <message>
        <source>on the list “%1”</source>
        <translation>อยู่ในรายการ “%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>นำ “%1” ออก</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>นำ %1 ออก</translation>
    </message>
</context>
<context>
    <name>CollapsibleBox</name>
    <message>
        <source>%1: show or hide</source>
        <translation>%1: แสดงหรือซ่อน</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Clear the criteria under %1</source>
        <translation>ล้างเกณฑ์ใน%1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>ล้าง%1</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%Ln selected)</source>
        <translation>
            <numerusform>%1  (เลือก %Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Store as</source>
        <translation>เก็บเป็น</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>วันที่เพิ่ม</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>หน้าแรก</translation>
    </message>
</context>
<context>
    <name>ConflictMergeDialog</name>
    <message>
        <source>Merge field by field</source>
        <translation>รวมทีละเขตข้อมูล</translation>
    </message>
    <message>
        <source>&lt;b&gt;This copy&lt;/b&gt;</source>
        <translation>&lt;b&gt;สำเนานี้&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared catalogue&lt;/b&gt;</source>
        <translation>&lt;b&gt;แคตตาล็อกที่ใช้ร่วมกัน&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Both changed this record since the last sync. Choose, field by field, the value to keep; the result is sent at the next sync and history keeps both versions.</source>
        <translation>ทั้งสองฝั่งแก้ไขระเบียนนี้หลังการซิงค์ครั้งล่าสุด เลือกค่าที่จะเก็บทีละเขตข้อมูล ผลจะส่งไปในการซิงค์ครั้งถัดไป และประวัติจะเก็บไว้ทั้งสองฉบับ</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>cannot read year &apos;{value}&apos; at character {position}: use year:2020, year:2018..2022, year:&gt;=2018, year:&lt;2000 or year:none</source>
        <translation>อ่านปี &apos;{value}&apos; ที่อักขระ {position} ไม่ได้: ใช้ year:2020, year:2018..2022, year:&gt;=2018, year:&lt;2000 หรือ year:none</translation>
    </message>
    <message>
        <source>cannot read date &apos;{value}&apos; at character {position}: use {field}:2026-01-31, {field}:2026-01, {field}:&gt;=2026-01-01, {field}:&lt;30d or {field}:today</source>
        <translation>อ่านวันที่ &apos;{value}&apos; ที่อักขระ {position} ไม่ได้: ใช้ {field}:2026-01-31, {field}:2026-01, {field}:&gt;=2026-01-01, {field}:&lt;30d หรือ {field}:today</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}:&apos; at character {position}; known fields are: {fields}</source>
        <translation>ไม่รู้จักเขตข้อมูล &apos;{name}:&apos; ที่อักขระ {position} เขตข้อมูลที่รู้จักคือ: {fields}</translation>
    </message>
    <message>
        <source>unknown {field}:{value} at character {position}; use one of: {values}</source>
        <translation>ไม่รู้จัก {field}:{value} ที่อักขระ {position} ใช้ค่าใดค่าหนึ่งต่อไปนี้: {values}</translation>
    </message>
    <message>
        <source>&apos;)&apos; at character {position} closes no &apos;(&apos;</source>
        <translation>&apos;)&apos; ที่อักขระ {position} ไม่มี &apos;(&apos; ให้ปิด</translation>
    </message>
    <message>
        <source>nothing before OR at character {position}</source>
        <translation>ไม่มีอะไรก่อน OR ที่อักขระ {position}</translation>
    </message>
    <message>
        <source>nothing before AND at character {position}</source>
        <translation>ไม่มีอะไรก่อน AND ที่อักขระ {position}</translation>
    </message>
    <message>
        <source>too many parentheses inside each other at character {position}</source>
        <translation>วงเล็บซ้อนกันมากเกินไปที่อักขระ {position}</translation>
    </message>
    <message>
        <source>cannot read this query ({reason}) at character {position}</source>
        <translation>อ่านคำค้นนี้ไม่ได้ ({reason}) ที่อักขระ {position}</translation>
    </message>
    <message>
        <source>is:trash cannot be inside OR, NOT or parentheses: it says where to search</source>
        <translation>is:trash อยู่ใน OR, NOT หรือวงเล็บไม่ได้ เพราะเป็นการบอกว่าจะค้นหาที่ใด</translation>
    </message>
    <message>
        <source>series: and is:latest cannot be inside OR, NOT or parentheses</source>
        <translation>series: และ is:latest อยู่ใน OR, NOT หรือวงเล็บไม่ได้</translation>
    </message>
    <message>
        <source>no reading list is called &apos;{value}&apos;</source>
        <translation>ไม่มีรายการอ่านชื่อ &apos;{value}&apos;</translation>
    </message>
</context>
<context>
    <name>CriteriaSidebar</name>
    <message>
        <source>Criteria</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>ล้างทั้งหมด</translation>
    </message>
    <message>
        <source>Remove every criterion and show all resources</source>
        <translation>นำเกณฑ์ออกทั้งหมดและแสดงทรัพยากรทั้งหมด</translation>
    </message>
    <message>
        <source>Clear all criteria</source>
        <translation>ล้างเกณฑ์ทั้งหมด</translation>
    </message>
    <message>
        <source>The boxes below cannot show all of this search: %1. The chips above the results show it whole.</source>
        <translation>ช่องด้านล่างแสดงการค้นหานี้ได้ไม่ครบ: %1 ป้ายเหนือผลลัพธ์แสดงไว้ทั้งหมด</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>publisher</source>
        <translation>สำนักพิมพ์</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>บรรณาธิการ</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>ผู้ให้ทุน</translation>
    </message>
    <message>
        <source>Show resources with %1: %2</source>
        <translation>แสดงทรัพยากรที่มี%1: %2</translation>
    </message>
    <message>
        <source>vol. %1</source>
        <translation>ปีที่ %1</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>ฉบับที่ %1</translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>หน้า %1</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>ไม่ระบุปี</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the trash&lt;/b&gt; since %1</source>
        <translation>&lt;b&gt;อยู่ในถังขยะ&lt;/b&gt; ตั้งแต่ %1</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>ไม่มีสาระสังเขป</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>ผู้แต่ง</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>คำสำคัญ</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>ตีพิมพ์ใน</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>รายการอ่าน</translation>
    </message>
    <message>
        <source>Show the reading list %1</source>
        <translation>แสดงรายการอ่าน %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (ไม่พบไฟล์)</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>เปิดด้วยโปรแกรมของระบบ</translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation>เปิดในเว็บเบราว์เซอร์</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ลิงก์</translation>
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
        <translation>เลขอ้างอิง</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>วันที่เพิ่ม</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ปรับปรุงเมื่อ</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>รายละเอียดทรัพยากร</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Select a resource in the table to read it here.</source>
        <translation>เลือกทรัพยากรในตารางเพื่ออ่านที่นี่</translation>
    </message>
    <message>
        <source>↑ and ↓ move through the results; Ctrl+F goes to the search box.</source>
        <translation>↑ และ ↓ เลื่อนไปตามผลลัพธ์ Ctrl+F ไปที่ช่องค้นหา</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) selected.</source>
        <translation>
            <numerusform>เลือกไว้ %Ln ทรัพยากร</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single resource to read it. Ctrl+A selects every result.</source>
        <translation>เลือกทรัพยากรเพียงรายการเดียวเพื่ออ่าน Ctrl+A เลือกผลลัพธ์ทั้งหมด</translation>
    </message>
    <message>
        <source>This resource no longer exists.</source>
        <translation>ไม่มีทรัพยากรนี้แล้ว</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>เปิดไม่ได้</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Changes to this resource, newest first</source>
        <translation>การเปลี่ยนแปลงของทรัพยากรนี้ ล่าสุดอยู่บน</translation>
    </message>
    <message>
        <source>Files kept with this resource</source>
        <translation>ไฟล์ที่เก็บไว้กับทรัพยากรนี้</translation>
    </message>
    <message>
        <source>Who changed what, and when; restore an earlier version</source>
        <translation>ใครเปลี่ยนอะไรเมื่อไร และกู้คืนฉบับก่อนหน้า</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>ไฟล์แนบ (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>file metadata</source>
        <translation>ข้อมูลเมทาดาทาของไฟล์</translation>
    </message>
    <message>
        <source>file metadata (creation date)</source>
        <translation>ข้อมูลเมทาดาทาของไฟล์ (วันที่สร้าง)</translation>
    </message>
    <message>
        <source>first page</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <source>first pages</source>
        <translation>หน้าแรก ๆ</translation>
    </message>
    <message>
        <source>first pages (copyright)</source>
        <translation>หน้าแรก ๆ (ลิขสิทธิ์)</translation>
    </message>
    <message>
        <source>first pages (check digit valid)</source>
        <translation>หน้าแรก ๆ (เลขตรวจสอบถูกต้อง)</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>ชื่อไฟล์</translation>
    </message>
    <message>
        <source>script and common words</source>
        <translation>อักษรและคำที่พบบ่อย</translation>
    </message>
    <message>
        <source>named in the first pages</source>
        <translation>ระบุชื่อไว้ในหน้าแรก ๆ</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>not found</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>อ่านไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>not a PDF, DOCX, ODT, EPUB, HTML or text file</source>
        <translation>ไม่ใช่ไฟล์ PDF, DOCX, ODT, EPUB, HTML หรือไฟล์ข้อความ</translation>
    </message>
    <message>
        <source>the document has no text</source>
        <translation>เอกสารไม่มีข้อความ</translation>
    </message>
    <message>
        <source>no text layer (a scan)</source>
        <translation>ไม่มีชั้นข้อความ (เป็นภาพสแกน)</translation>
    </message>
    <message>
        <source>no text found by OCR</source>
        <translation>OCR ไม่พบข้อความ</translation>
    </message>
    <message>
        <source>Install Tesseract to read scans: on Debian or Ubuntu, sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie</source>
        <translation>ติดตั้ง Tesseract เพื่ออ่านภาพสแกน: บน Debian หรือ Ubuntu ใช้คำสั่ง sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie</translation>
    </message>
</context>
<context>
    <name>DocumentsFeature</name>
    <message>
        <source>Add &amp;documents…</source>
        <translation>เพิ่มเอกสาร(&amp;D)…</translation>
    </message>
    <message>
        <source>Make a record for each PDF, Word, OpenDocument, EPUB, HTML or text file, with the file attached and its metadata suggested</source>
        <translation>สร้างระเบียนสำหรับไฟล์ PDF, Word, OpenDocument, EPUB, HTML หรือไฟล์ข้อความแต่ละไฟล์ พร้อมแนบไฟล์และแนะนำข้อมูลเมทาดาทา</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>เปิดไม่ได้</translation>
    </message>
    <message>
        <source>No program is set up to open %1</source>
        <translation>ไม่มีโปรแกรมที่ตั้งไว้สำหรับเปิด %1</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>เพิ่มเอกสาร</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.epub *.html *.htm *.txt);;All files (*)</source>
        <translation>เอกสาร (*.pdf *.docx *.odt *.epub *.html *.htm *.txt);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>กำลังอ่านไฟล์…</translation>
    </message>
    <message>
        <source>Cannot add the documents</source>
        <translation>เพิ่มเอกสารไม่ได้</translation>
    </message>
    <message>
        <source>No PDF, Word, OpenDocument, EPUB, HTML or text files were found there.</source>
        <translation>ไม่พบไฟล์ PDF, Word, OpenDocument, EPUB, HTML หรือไฟล์ข้อความในที่นั้น</translation>
    </message>
    <message>
        <source>already in the catalogue</source>
        <translation>มีอยู่แล้วในแคตตาล็อก</translation>
    </message>
    <message>
        <source>Some files are left out</source>
        <translation>บางไฟล์ไม่ถูกเพิ่ม</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>แนบไฟล์ไม่ได้</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added; their text is read in the background</source>
        <translation>
            <numerusform>เพิ่มเอกสาร %n รายการแล้ว กำลังอ่านข้อความอยู่เบื้องหลัง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>protected by a password</source>
        <translation>มีรหัสผ่านป้องกัน</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>ไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>too big to read</source>
        <translation>ใหญ่เกินกว่าจะอ่านได้</translation>
    </message>
    <message>
        <source>not a document format that can be read</source>
        <translation>ไม่ใช่รูปแบบเอกสารที่อ่านได้</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>อ่านไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>ไม่พบไฟล์</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n ส่วน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching passage(s)</source>
        <translation>
            <numerusform>ข้อความที่ตรงกัน %n ตอน</numerusform>
        </translation>
    </message>
    <message>
        <source>read by OCR</source>
        <translation>อ่านด้วย OCR</translation>
    </message>
    <message>
        <source>waiting to be read</source>
        <translation>รอการอ่าน</translation>
    </message>
    <message>
        <source>no searchable text</source>
        <translation>ไม่มีข้อความที่ค้นหาได้</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>อ่านไม่ได้: %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>เปิด %1</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>เปิดด้วยโปรแกรมของระบบ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>หน้า %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>ส่วนที่ %1</translation>
    </message>
    <message>
        <source>Open the file at page %1</source>
        <translation>เปิดไฟล์ที่หน้า %1</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>เปิดไฟล์</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>อาจเป็นระเบียนซ้ำ</translation>
    </message>
    <message>
        <source>This resource looks like one already in the catalogue. Open the existing record, merge the two, or save anyway.</source>
        <translation>ทรัพยากรนี้ดูเหมือนระเบียนที่มีอยู่แล้วในแคตตาล็อก เปิดระเบียนเดิม รวมทั้งสองระเบียน หรือบันทึกต่อไป</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>เปิดระเบียนเดิม(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>รวม(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>บันทึกต่อไป(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>กลับไปแก้ไข(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>ค้นหาระเบียนซ้ำ</translation>
    </message>
    <message>
        <source>Likely duplicate pairs</source>
        <translation>คู่ระเบียนที่น่าจะซ้ำ</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>ระเบียนแรก</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>ระเบียนที่สอง</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Compare and &amp;merge…</source>
        <translation>เปรียบเทียบและรวม(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>ไม่ใช่ระเบียนซ้ำ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open first</source>
        <translation>เปิดระเบียนแรก(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;second</source>
        <translation>เปิดระเบียนที่สอง(&amp;S)</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>กำลังค้นหาระเบียนที่น่าจะซ้ำ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely duplicate pair(s).</source>
        <translation>
            <numerusform>พบระเบียนที่น่าจะซ้ำ %Ln คู่</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates. Pairs marked “not duplicates” are not shown.</source>
        <translation>ไม่พบระเบียนที่น่าจะซ้ำ (ไม่แสดงคู่ที่ทำเครื่องหมายว่า “ไม่ใช่ระเบียนซ้ำ”)</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New resource…</source>
        <translation>ทรัพยากรใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a resource</source>
        <translation>สร้างทรัพยากร</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>&amp;Edit resource…</source>
        <translation>แก้ไขทรัพยากร(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected resource (or press Enter on it)</source>
        <translation>แก้ไขทรัพยากรที่เลือก (หรือกด Enter ที่รายการนั้น)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Open an unsaved copy of the selected resource</source>
        <translation>เปิดสำเนาที่ยังไม่บันทึกของทรัพยากรที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected resources to the trash</source>
        <translation>ย้ายทรัพยากรที่เลือกไปที่ถังขยะ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Dupl&amp;icate resource…</source>
        <translation>ทำสำเนาทรัพยากร(&amp;I)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from trash</source>
        <translation>กู้คืนจากถังขยะ(&amp;T)</translation>
    </message>
    <message>
        <source>Bring the selected resources back from the trash</source>
        <translation>นำทรัพยากรที่เลือกกลับจากถังขยะ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>E&amp;mpty trash…</source>
        <translation>ล้างถังขยะ(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove every resource in the trash for good (asks first)</source>
        <translation>ลบทรัพยากรทั้งหมดในถังขยะอย่างถาวร (ถามก่อน)</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>แก้ไขหลายรายการ(&amp;B)…</translation>
    </message>
    <message>
        <source>Add or remove a value, set a field, or find and replace in the selected resources</source>
        <translation>เพิ่มหรือนำค่าออก กำหนดเขตข้อมูล หรือค้นหาและแทนที่ในทรัพยากรที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Merge the two resources…</source>
        <translation>รวมทรัพยากรสองรายการ(&amp;M)…</translation>
    </message>
    <message>
        <source>Compare the two selected resources side by side and merge them</source>
        <translation>เปรียบเทียบทรัพยากรสองรายการที่เลือกเคียงกันแล้วรวมเข้าด้วยกัน</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>ค้นหาระเบียนซ้ำ(&amp;D)…</translation>
    </message>
    <message>
        <source>List likely duplicate pairs in the whole catalogue</source>
        <translation>แสดงคู่ระเบียนที่น่าจะซ้ำในทั้งแคตตาล็อก</translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation>ศัพท์ควบคุม(&amp;V)…</translation>
    </message>
    <message>
        <source>Add, rename, merge or retire types, themes, regions and organizations</source>
        <translation>เพิ่ม เปลี่ยนชื่อ รวม หรือเลิกใช้ประเภท ประเด็น ภูมิภาค และองค์กร</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>การตั้งค่า(&amp;P)…</translation>
    </message>
    <message>
        <source>Your name in the history, and more</source>
        <translation>ชื่อของคุณในประวัติ และอื่น ๆ</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>ลบถาวร(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected resources for good (asks first)</source>
        <translation>ลบทรัพยากรที่เลือกอย่างถาวร (ถามก่อน)</translation>
    </message>
    <message>
        <source>Move the selected resources to the trash (can be undone)</source>
        <translation>ย้ายทรัพยากรที่เลือกไปที่ถังขยะ (เลิกทำได้)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>ลบถาวร</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Remove for good</source>
        <translation>ลบถาวร</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln resource(s) in the trash for good, with their history and attached files? This cannot be undone.</source>
        <translation>
            <numerusform>ลบทรัพยากร %Ln รายการในถังขยะอย่างถาวร พร้อมประวัติและไฟล์แนบหรือไม่ การลบนี้เลิกทำไม่ได้</numerusform>
        </translation>
    </message>
    <message>
        <source>one of the records changed meanwhile</source>
        <translation>มีระเบียนหนึ่งถูกเปลี่ยนในระหว่างนั้น</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>ไม่ได้รวม</translation>
    </message>
    <message>
        <source>Nothing was merged: %1.</source>
        <translation>ไม่ได้รวมระเบียน: %1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No results</source>
        <translation>ไม่มีผลลัพธ์</translation>
    </message>
    <message>
        <source>Clear criteria</source>
        <translation>ล้างเกณฑ์</translation>
    </message>
    <message>
        <source>No resources match these criteria.</source>
        <translation>ไม่มีทรัพยากรที่ตรงกับเกณฑ์เหล่านี้</translation>
    </message>
    <message>
        <source>Remove a criterion above, or clear them all.</source>
        <translation>นำเกณฑ์ด้านบนออกบางรายการ หรือล้างทั้งหมด</translation>
    </message>
    <message>
        <source>This catalogue has no resources yet.</source>
        <translation>แคตตาล็อกนี้ยังไม่มีทรัพยากร</translation>
    </message>
    <message>
        <source>Use File › Import… to add resources from a file.</source>
        <translation>ใช้ แฟ้ม › นำเข้า… เพื่อเพิ่มทรัพยากรจากไฟล์</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Every field, one column each; opens in Excel with every script (UTF-8).</source>
        <translation>ทุกเขตข้อมูล เขตละคอลัมน์ เปิดใน Excel ได้ทุกอักษร (UTF-8)</translation>
    </message>
    <message>
        <source>Every field, one column each, as an Excel workbook.</source>
        <translation>ทุกเขตข้อมูล เขตละคอลัมน์ เป็นสมุดงาน Excel</translation>
    </message>
    <message>
        <source>For Zotero, EndNote, Mendeley: every field; countries, regions and themes as tagged keywords.</source>
        <translation>สำหรับ Zotero, EndNote, Mendeley: ทุกเขตข้อมูล ประเทศ ภูมิภาค และประเด็นเป็นคำสำคัญที่มีป้ายกำกับ</translation>
    </message>
    <message>
        <source>For JabRef and LaTeX: every field (ours in extra fields), LaTeX-escaped, unique keys.</source>
        <translation>สำหรับ JabRef และ LaTeX: ทุกเขตข้อมูล (ของเราอยู่ในเขตเพิ่มเติม) หลีกอักขระแบบ LaTeX คีย์ไม่ซ้ำกัน</translation>
    </message>
    <message>
        <source>For Zotero, pandoc and citeproc: every field (ours in the item&apos;s custom data).</source>
        <translation>สำหรับ Zotero, pandoc และ citeproc: ทุกเขตข้อมูล (ของเราอยู่ในข้อมูลกำหนดเองของรายการ)</translation>
    </message>
    <message>
        <source>Everything, including UUIDs, history and reading lists: for another Resource Catalogue.</source>
        <translation>ทุกอย่าง รวมทั้ง UUID ประวัติ และรายการอ่าน: สำหรับแคตตาล็อกทรัพยากรอีกชุดหนึ่ง</translation>
    </message>
    <message>
        <source>Everything plus the attached files, as one .zip: for a colleague&apos;s catalogue.</source>
        <translation>ทุกอย่างพร้อมไฟล์แนบ เป็น .zip ไฟล์เดียว: สำหรับแคตตาล็อกของเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>ทั้งแคตตาล็อก</translation>
    </message>
    <message>
        <source>The current result</source>
        <translation>ผลลัพธ์ปัจจุบัน</translation>
    </message>
    <message>
        <source>The selected records</source>
        <translation>ระเบียนที่เลือก</translation>
    </message>
    <message>
        <source>A reading list:</source>
        <translation>รายการอ่าน:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>ไฟล์ที่จะบันทึก</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>เลือกที่บันทึก</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>เลือกไฟล์(&amp;C)…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ส่งออก(&amp;E)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; records: more than an Excel sheet holds (%2 below its header). Choose CSV, or fewer records.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ระเบียน: มากกว่าที่แผ่นงาน Excel รับได้ (%2 แถวใต้หัวตาราง) เลือก CSV หรือลดจำนวนระเบียน</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; record(s) will be exported.</source>
        <translation>
            <numerusform>จะส่งออก &lt;b&gt;%Ln&lt;/b&gt; ระเบียน</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>ส่งออกไปที่</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;… and %n more</source>
        <translation>
            <numerusform>&lt;br&gt;… และอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>&lt;b&gt;The export did not finish; no file was written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;การส่งออกไม่เสร็จ ไม่ได้บันทึกไฟล์:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>ไม่มีโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <source>no file name given for the export</source>
        <translation>ไม่ได้ระบุชื่อไฟล์สำหรับการส่งออก</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} เป็นโฟลเดอร์: ระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>{path} is a device or a pipe, not a file: exports only write files</source>
        <translation>{path} เป็นอุปกรณ์หรือไปป์ ไม่ใช่ไฟล์: การส่งออกเขียนได้เฉพาะไฟล์</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {error}</source>
        <translation>เขียนลงใน {folder} ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>there is no reading list called {name}</source>
        <translation>ไม่มีรายการอ่านชื่อ {name}</translation>
    </message>
    <message>
        <source>cannot export to {format}; choose one of {formats}</source>
        <translation>ส่งออกเป็น {format} ไม่ได้ เลือกรูปแบบใดรูปแบบหนึ่งต่อไปนี้: {formats}</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <source>row {row} ({uid}): the {column} has {length} characters; an Excel cell holds {limit}, so it was cut there (CSV and JSON keep it whole)</source>
        <translation>แถว {row} ({uid}): คอลัมน์ {column} มี {length} อักขระ แต่เซลล์ Excel รับได้ {limit} อักขระ จึงถูกตัดที่ตรงนั้น (CSV และ JSON เก็บไว้ครบ)</translation>
    </message>
</context>
<context>
    <name>FacetBox</name>
    <message>
        <source>Filter: %1</source>
        <translation>กรอง: %1</translation>
    </message>
    <message>
        <source>Filter the values of %1</source>
        <translation>กรองค่าของ%1</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>ค่าของ%1</translation>
    </message>
    <message>
        <source>Space or Enter ticks or unticks the current value; Ctrl+Space or Ctrl-click excludes it</source>
        <translation>Space หรือ Enter เพื่อเลือกหรือยกเลิกการเลือกค่าปัจจุบัน Ctrl+Space หรือ Ctrl-คลิก เพื่อตัดค่านั้นออก</translation>
    </message>
    <message>
        <source>Remove from the search</source>
        <translation>นำออกจากการค้นหา</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>รวมอีกครั้ง</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>ตัดออก</translation>
    </message>
    <message>
        <source>No values in these results</source>
        <translation>ไม่มีค่าในผลลัพธ์นี้</translation>
    </message>
</context>
<context>
    <name>FacetListModel</name>
    <message numerus="yes">
        <source>%1 is left out: %Ln resource(s) fewer</source>
        <translation>
            <numerusform>ตัด %1 ออก: ทรัพยากรลดลง %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln resource(s)</source>
        <translation>
            <numerusform>%1: %Ln ทรัพยากร</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, excluded, %2</source>
        <translation>%1 ตัดออกแล้ว %2</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Resource type</source>
        <translation>ประเภททรัพยากร</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>คำสำคัญ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>no resource type is called &apos;{value}&apos;</source>
        <translation>ไม่มีประเภททรัพยากรชื่อ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no theme is called &apos;{value}&apos;</source>
        <translation>ไม่มีประเด็นชื่อ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no region is called &apos;{value}&apos;</source>
        <translation>ไม่มีภูมิภาคชื่อ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no country is called &apos;{value}&apos;</source>
        <translation>ไม่มีประเทศชื่อ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no language is called &apos;{value}&apos;</source>
        <translation>ไม่มีภาษาชื่อ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no organization is called &apos;{value}&apos;</source>
        <translation>ไม่มีองค์กรชื่อ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no keyword is called &apos;{value}&apos;</source>
        <translation>ไม่มีคำสำคัญ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no series is called &apos;{value}&apos;</source>
        <translation>ไม่มีชุดชื่อ &apos;{value}&apos;</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Library</source>
        <translation>คลัง</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>ผู้แต่ง</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>คำสำคัญ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สาระสังเขป</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>ตีพิมพ์ใน</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ปีที่</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Publisher&apos;s reference</source>
        <translation>เลขอ้างอิงของผู้จัดพิมพ์</translation>
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
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>อยู่ในถังขยะ</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>รวมมาจาก</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>รวมเข้ากับ</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <source>Order of the parts</source>
        <translation>ลำดับของส่วน</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Catalogues (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>แคตตาล็อก (*.db *.sqlite *.sqlite3);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation>เปิดแคตตาล็อก</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>แคตตาล็อกใหม่</translation>
    </message>
    <message>
        <source>Catalogues (*.db)</source>
        <translation>แคตตาล็อก (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists: it is opened instead of being replaced.</source>
        <translation>มี %1 อยู่แล้ว: จะเปิดไฟล์นั้นแทนการเขียนทับ</translation>
    </message>
    <message>
        <source>No other catalogues yet</source>
        <translation>ยังไม่มีแคตตาล็อกอื่น</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>ใช้ไม่ได้</translation>
    </message>
    <message>
        <source>Import and export are not available in this version.</source>
        <translation>รุ่นนี้ยังนำเข้าและส่งออกไม่ได้</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>the CSV delimiter must be one character, such as , ; | or \t (got {delimiter})</source>
        <translation>ตัวคั่น CSV ต้องเป็นอักขระเดียว เช่น , ; | หรือ \t (ได้รับ {delimiter})</translation>
    </message>
    <message>
        <source>unknown format {format}; choose one of {formats}</source>
        <translation>ไม่รู้จักรูปแบบ {format} เลือกรูปแบบใดรูปแบบหนึ่งต่อไปนี้: {formats}</translation>
    </message>
    <message>
        <source>{source}: cannot tell what kind of file this is; choose the format</source>
        <translation>{source}: ระบุไม่ได้ว่าเป็นไฟล์ชนิดใด เลือกรูปแบบเอง</translation>
    </message>
    <message>
        <source>{source}: is a binary file, not {format}</source>
        <translation>{source}: เป็นไฟล์ไบนารี ไม่ใช่ {format}</translation>
    </message>
    <message>
        <source>{source}: {format} files are imported with the package import</source>
        <translation>{source}: ไฟล์ {format} ต้องนำเข้าด้วยการนำเข้าแพ็กเกจ</translation>
    </message>
    <message>
        <source>{source}: no BibTeX entries found (no &apos;{example}&apos; line)</source>
        <translation>{source}: ไม่พบรายการ BibTeX (ไม่มีบรรทัด &apos;{example}&apos;)</translation>
    </message>
    <message>
        <source>{source}: no list of references found (expected &apos;references:&apos;)</source>
        <translation>{source}: ไม่พบรายการอ้างอิง (ควรมี &apos;references:&apos;)</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({error})</source>
        <translation>{source} บรรทัด {line}: ไม่ใช่ YAML ที่ถูกต้อง ({error})</translation>
    </message>
    <message>
        <source>{source}, {error}</source>
        <translation>{source} {error}</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source}: {error}</translation>
    </message>
    <message>
        <source>YAML aliases (*name) are not accepted in a bibliography file; write the values out</source>
        <translation>ไฟล์บรรณานุกรมไม่รับนามแฝงของ YAML (*name) เขียนค่าให้ครบแทน</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep; a bibliography never is</source>
        <translation>ซ้อนกันลึกเกิน {limit} ชั้น ซึ่งบรรณานุกรมจริงไม่เคยซ้อนลึกขนาดนี้</translation>
    </message>
    <message>
        <source>{source}: the file is empty (no header row)</source>
        <translation>{source}: ไฟล์ว่างเปล่า (ไม่มีแถวหัวตาราง)</translation>
    </message>
    <message>
        <source>{source}, line {line}: {error}</source>
        <translation>{source} บรรทัด {line}: {error}</translation>
    </message>
    <message>
        <source>{source}: unknown text encoding {encoding}</source>
        <translation>{source}: ไม่รู้จักการเข้ารหัสข้อความ {encoding}</translation>
    </message>
    <message>
        <source>{source}, line {line}: cannot be read as {encoding} (bytes {bytes}); choose another encoding</source>
        <translation>{source} บรรทัด {line}: อ่านเป็น {encoding} ไม่ได้ (ไบต์ {bytes}) เลือกการเข้ารหัสอื่น</translation>
    </message>
    <message>
        <source>{source}: cannot be read ({error})</source>
        <translation>{source}: อ่านไม่ได้ ({error})</translation>
    </message>
    <message>
        <source>{source}: {name} inflates to {size}, more than the {limit} limit for one part of a .zip</source>
        <translation>{source}: {name} เมื่อขยายแล้วมีขนาด {size} เกินขีดจำกัด {limit} ต่อหนึ่งส่วนของไฟล์ .zip</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid JSON ({error})</source>
        <translation>{source} บรรทัด {line}: ไม่ใช่ JSON ที่ถูกต้อง ({error})</translation>
    </message>
    <message>
        <source>{source}: nested too deeply to read</source>
        <translation>{source}: ซ้อนกันลึกเกินกว่าจะอ่านได้</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a file</source>
        <translation>{source}: เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>{source}: is a device or a pipe, not a file; import a file</source>
        <translation>{source}: เป็นอุปกรณ์หรือไปป์ ไม่ใช่ไฟล์ นำเข้าจากไฟล์แทน</translation>
    </message>
    <message>
        <source>{source}: {size} is more than the {limit} a file to import may have; split it</source>
        <translation>{source}: ขนาด {size} เกินขนาดสูงสุด {limit} ของไฟล์ที่นำเข้าได้ แบ่งไฟล์ออกเป็นหลายไฟล์</translation>
    </message>
    <message>
        <source>{source}: more than the {limit} a file to import may have; split it</source>
        <translation>{source}: เกินขนาดสูงสุด {limit} ของไฟล์ที่นำเข้าได้ แบ่งไฟล์ออกเป็นหลายไฟล์</translation>
    </message>
    <message>
        <source>{source}: {name} inflates to more than the {limit} limit for one part of a .zip</source>
        <translation>{source}: {name} เมื่อขยายแล้วเกินขีดจำกัด {limit} ต่อหนึ่งส่วนของไฟล์ .zip</translation>
    </message>
    <message>
        <source>{source}: nested more than {limit} levels deep (lists within lists); a catalogue file never is</source>
        <translation>{source}: ซ้อนกันลึกเกิน {limit} ชั้น (รายการซ้อนในรายการ) ซึ่งไฟล์แคตตาล็อกจริงไม่เคยซ้อนลึกขนาดนี้</translation>
    </message>
    <message>
        <source>{source}: a number of {digits} digits; numbers may have at most {limit} digits</source>
        <translation>{source}: มีตัวเลขยาว {digits} หลัก ตัวเลขมีได้ไม่เกิน {limit} หลัก</translation>
    </message>
    <message>
        <source>{source}: not a Resource Catalogue JSON file</source>
        <translation>{source}: ไม่ใช่ไฟล์ JSON ของแคตตาล็อกทรัพยากร</translation>
    </message>
    <message>
        <source>{source}: made by a newer version of Resource Catalogue (format {version}); update the app to read it</source>
        <translation>{source}: สร้างโดยแคตตาล็อกทรัพยากรรุ่นที่ใหม่กว่า (รูปแบบ {version}) อัปเดตโปรแกรมเพื่ออ่านไฟล์นี้</translation>
    </message>
    <message>
        <source>{source}: no records found (no line starts with &apos;{start}&apos;)</source>
        <translation>{source}: ไม่พบระเบียน (ไม่มีบรรทัดใดขึ้นต้นด้วย &apos;{start}&apos;)</translation>
    </message>
    <message>
        <source>{source}: the sheet is empty (no header row)</source>
        <translation>{source}: แผ่นงานว่างเปล่า (ไม่มีแถวหัวตาราง)</translation>
    </message>
    <message>
        <source>{source}: cannot be read as an Excel workbook ({error})</source>
        <translation>{source}: อ่านเป็นสมุดงาน Excel ไม่ได้ ({error})</translation>
    </message>
    <message>
        <source>{source}: there is no sheet called {sheet} (sheets: {sheets})</source>
        <translation>{source}: ไม่มีแผ่นงานชื่อ {sheet} (แผ่นงานที่มี: {sheets})</translation>
    </message>
    <message>
        <source>{source}: more than {limit} rows, the most a sheet may have</source>
        <translation>{source}: มีมากกว่า {limit} แถว ซึ่งเป็นจำนวนสูงสุดที่แผ่นงานหนึ่งมีได้</translation>
    </message>
    <message>
        <source>an Excel sheet holds at most {limit} records below its header: export fewer records to XLSX, or use CSV</source>
        <translation>แผ่นงาน Excel รับได้ไม่เกิน {limit} ระเบียนใต้หัวตาราง: ส่งออกเป็น XLSX ให้น้อยระเบียนลง หรือใช้ CSV</translation>
    </message>
    <message>
        <source>unsafe attachment path {path} in the package</source>
        <translation>เส้นทางไฟล์แนบ {path} ในแพ็กเกจไม่ปลอดภัย</translation>
    </message>
    <message>
        <source>{source}: the package is damaged ({error})</source>
        <translation>{source}: แพ็กเกจเสียหาย ({error})</translation>
    </message>
    <message>
        <source>attachment {path} in the package is larger than the {limit} limit for one attachment</source>
        <translation>ไฟล์แนบ {path} ในแพ็กเกจมีขนาดเกินขีดจำกัด {limit} ต่อไฟล์แนบหนึ่งไฟล์</translation>
    </message>
    <message>
        <source>attachment path {path} would be written outside the attachments folder</source>
        <translation>เส้นทางไฟล์แนบ {path} จะถูกเขียนออกไปนอกโฟลเดอร์ไฟล์แนบ</translation>
    </message>
    <message>
        <source>{source}: not a readable .zip package ({error})</source>
        <translation>{source}: ไม่ใช่แพ็กเกจ .zip ที่อ่านได้ ({error})</translation>
    </message>
    <message>
        <source>{source}: not a Resource Catalogue package (no {name})</source>
        <translation>{source}: ไม่ใช่แพ็กเกจของแคตตาล็อกทรัพยากร (ไม่มี {name})</translation>
    </message>
    <message>
        <source>{source}: not a Resource Catalogue package</source>
        <translation>{source}: ไม่ใช่แพ็กเกจของแคตตาล็อกทรัพยากร</translation>
    </message>
    <message>
        <source>{source}: the package is damaged (its manifest has no format version)</source>
        <translation>{source}: แพ็กเกจเสียหาย (ไฟล์ manifest ไม่ระบุรุ่นของรูปแบบ)</translation>
    </message>
    <message>
        <source>{source}: made by a newer version of Resource Catalogue (package format {version}; this version reads up to {known}): update the app to import it</source>
        <translation>{source}: สร้างโดยแคตตาล็อกทรัพยากรรุ่นที่ใหม่กว่า (รูปแบบแพ็กเกจ {version} รุ่นนี้อ่านได้ถึง {known}): อัปเดตโปรแกรมเพื่อนำเข้าไฟล์นี้</translation>
    </message>
    <message>
        <source>attachment {path} in the package is damaged (checksum differs)</source>
        <translation>ไฟล์แนบ {path} ในแพ็กเกจเสียหาย (ค่า checksum ไม่ตรงกัน)</translation>
    </message>
    <message>
        <source>{source}: a catalogue package; import it as a package</source>
        <translation>{source}: เป็นแพ็กเกจแคตตาล็อก นำเข้าเป็นแพ็กเกจ</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (ค่าคั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>TSV (tab-separated values)</source>
        <translation>TSV (ค่าคั่นด้วยแท็บ)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>สมุดงาน Excel</translation>
    </message>
    <message>
        <source>RIS (EndNote, Zotero, Mendeley, Scopus...)</source>
        <translation>RIS (EndNote, Zotero, Mendeley, Scopus...)</translation>
    </message>
    <message>
        <source>Web of Science tagged text</source>
        <translation>ข้อความแบบแท็กของ Web of Science</translation>
    </message>
    <message>
        <source>BibTeX / BibLaTeX</source>
        <translation>BibTeX / BibLaTeX</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero, pandoc; also CSL-YAML)</source>
        <translation>CSL-JSON (Zotero, pandoc; รวมถึง CSL-YAML)</translation>
    </message>
    <message>
        <source>Resource Catalogue JSON (everything)</source>
        <translation>JSON ของแคตตาล็อกทรัพยากร (ทุกอย่าง)</translation>
    </message>
    <message>
        <source>Catalogue package (.zip with attachments)</source>
        <translation>แพ็กเกจแคตตาล็อก (.zip พร้อมไฟล์แนบ)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 พร้อมเครื่องหมายลำดับไบต์</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Chinese simplified (GBK / GB18030)</source>
        <translation>จีนตัวย่อ (GBK / GB18030)</translation>
    </message>
    <message>
        <source>Chinese traditional (Big5)</source>
        <translation>จีนตัวเต็ม (Big5)</translation>
    </message>
    <message>
        <source>Thai (Windows-874 / TIS-620)</source>
        <translation>ไทย (Windows-874 / TIS-620)</translation>
    </message>
    <message>
        <source>Vietnamese (Windows-1258)</source>
        <translation>เวียดนาม (Windows-1258)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>ยุโรปตะวันตก (Windows-1252)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>ย้ายไปถังขยะ</translation>
    </message>
    <message>
        <source>Restored from trash</source>
        <translation>กู้คืนจากถังขยะ</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>แก้ไขหลายรายการ</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>รวมระเบียน</translation>
    </message>
    <message>
        <source>Vocabulary renamed</source>
        <translation>เปลี่ยนชื่อศัพท์ควบคุม</translation>
    </message>
    <message>
        <source>Vocabulary change</source>
        <translation>เปลี่ยนศัพท์ควบคุม</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>เพิ่มไฟล์แนบ</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>นำไฟล์แนบออก</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation>กู้คืนฉบับก่อนหน้า</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>เชื่อมโยงแล้ว</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>ยกเลิกการเชื่อมโยงแล้ว</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>Record created</source>
        <translation>สร้างระเบียน</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>ย้ายไปถังขยะ</translation>
    </message>
    <message>
        <source>Brought back from the trash</source>
        <translation>นำกลับจากถังขยะ</translation>
    </message>
    <message>
        <source>Merged in record %1</source>
        <translation>รวมระเบียน %1 เข้ามา</translation>
    </message>
    <message>
        <source>Merged into record %1</source>
        <translation>รวมเข้ากับระเบียน %1</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (เลิกทำแล้ว)</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>แนบ %1</translation>
    </message>
    <message>
        <source>Removed attachment %1</source>
        <translation>นำไฟล์แนบ %1 ออก</translation>
    </message>
    <message>
        <source>Parts of the series reordered</source>
        <translation>จัดลำดับส่วนของชุดใหม่</translation>
    </message>
    <message>
        <source>Made part of the series %1</source>
        <translation>เป็นส่วนหนึ่งของชุด %1</translation>
    </message>
    <message>
        <source>No longer part of the series %1</source>
        <translation>ไม่เป็นส่วนของชุด %1 อีกต่อไป</translation>
    </message>
    <message>
        <source>Part added: %1</source>
        <translation>เพิ่มส่วน: %1</translation>
    </message>
    <message>
        <source>Part removed: %1</source>
        <translation>นำส่วนออก: %1</translation>
    </message>
    <message>
        <source>Linked to the language version %1</source>
        <translation>เชื่อมโยงกับฉบับภาษา %1</translation>
    </message>
    <message>
        <source>No longer linked to the language version %1</source>
        <translation>ไม่เชื่อมโยงกับฉบับภาษา %1 อีกต่อไป</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>แทนที่ %1</translation>
    </message>
    <message>
        <source>No longer replaces %1</source>
        <translation>ไม่แทนที่ %1 อีกต่อไป</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>ถูกแทนที่ด้วย %1</translation>
    </message>
    <message>
        <source>No longer replaced by %1</source>
        <translation>ไม่ถูกแทนที่ด้วย %1 อีกต่อไป</translation>
    </message>
    <message>
        <source>Linked to the related record %1</source>
        <translation>เชื่อมโยงกับระเบียนที่เกี่ยวข้อง %1</translation>
    </message>
    <message>
        <source>No longer linked to the related record %1</source>
        <translation>ไม่เชื่อมโยงกับระเบียนที่เกี่ยวข้อง %1 อีกต่อไป</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>ฉบับที่ %1</translation>
    </message>
    <message>
        <source>No changes recorded for this record yet.</source>
        <translation>ยังไม่มีการเปลี่ยนแปลงของระเบียนนี้</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>กู้คืนฉบับนี้(&amp;R)</translation>
    </message>
    <message>
        <source>Make the record&apos;s fields what they were after the selected change (can be undone)</source>
        <translation>ให้เขตข้อมูลของระเบียนกลับเป็นค่าหลังการเปลี่ยนแปลงที่เลือก (เลิกทำได้)</translation>
    </message>
    <message>
        <source>  (merged record)</source>
        <translation>  (ระเบียนที่รวมมา)</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(ฉบับที่ %1)</translation>
    </message>
    <message>
        <source>before: %1
after: %2</source>
        <translation>ก่อน: %1
หลัง: %2</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>ระเบียนเปลี่ยนแล้ว</translation>
    </message>
    <message>
        <source>The record changed just now; its history is refreshed.</source>
        <translation>ระเบียนเพิ่งถูกเปลี่ยน ประวัติจึงแสดงใหม่</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>กู้คืนไม่ได้</translation>
    </message>
    <message>
        <source>That version cannot be saved again: %1</source>
        <translation>บันทึกฉบับนั้นอีกไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Date (any form)</source>
        <translation>วันที่ (รูปแบบใดก็ได้)</translation>
    </message>
    <message>
        <source>Authors (people)</source>
        <translation>ผู้แต่ง (บุคคล)</translation>
    </message>
    <message>
        <source>Organizations (author)</source>
        <translation>องค์กร (ผู้แต่ง)</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>สำนักพิมพ์</translation>
    </message>
    <message>
        <source>Organizations (editor)</source>
        <translation>องค์กร (บรรณาธิการ)</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>ผู้ให้ทุน</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>คำสำคัญ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สาระสังเขป</translation>
    </message>
    <message>
        <source>Journal / container</source>
        <translation>วารสาร / แหล่งที่ตีพิมพ์</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ปีที่</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>หน้าสุดท้าย</translation>
    </message>
    <message>
        <source>Publisher reference</source>
        <translation>เลขอ้างอิงของผู้จัดพิมพ์</translation>
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
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>วันที่เพิ่ม</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ปรับปรุงเมื่อ</translation>
    </message>
    <message>
        <source>Other (into notes)</source>
        <translation>อื่น ๆ (ใส่ในหมายเหตุ)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ละเว้น</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>เลือกไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>เลือกไฟล์(&amp;C)…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>การเข้ารหัสข้อความ:</translation>
    </message>
    <message>
        <source>CSV delimiter:</source>
        <translation>ตัวคั่น CSV:</translation>
    </message>
    <message>
        <source>Excel sheet:</source>
        <translation>แผ่นงาน Excel:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>Authors / organizations</source>
        <translation>ผู้แต่ง / องค์กร</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>A record already in the catalogue (same UUID, DOI, ISBN or URL, or a near-identical title):</source>
        <translation>ระเบียนที่มีอยู่แล้วในแคตตาล็อก (UUID, DOI, ISBN หรือ URL เดียวกัน หรือชื่อเรื่องแทบเหมือนกัน):</translation>
    </message>
    <message>
        <source>none (type a name to create a list)</source>
        <translation>ไม่ใส่ (พิมพ์ชื่อเพื่อสร้างรายการใหม่)</translation>
    </message>
    <message>
        <source>Put the imported records in the reading list:</source>
        <translation>ใส่ระเบียนที่นำเข้าในรายการอ่าน:</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>&amp;Save problems as CSV…</source>
        <translation>บันทึกปัญหาเป็น CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep this catalogue&apos;s version</source>
        <translation>เก็บฉบับของแคตตาล็อกนี้</translation>
    </message>
    <message>
        <source>Take the package&apos;s version</source>
        <translation>ใช้ฉบับของแพ็กเกจ</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>นำเข้าจาก</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>กำลังอ่านไฟล์…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>ตรวจหาอัตโนมัติ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>ปรับปรุง</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>นำเข้าไม่ได้</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>ขัดแย้ง</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>ขัดแย้ง</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>แก้แล้ว</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>จุลภาค ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>อัฒภาค ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>แท็บ</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>ขีดตั้ง |</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Update it with the file&apos;s values</source>
        <translation>ปรับปรุงด้วยค่าจากไฟล์</translation>
    </message>
    <message>
        <source>Add it as a new record</source>
        <translation>เพิ่มเป็นระเบียนใหม่</translation>
    </message>
    <message>
        <source>Reference files (*.csv *.tsv *.txt *.xlsx *.ris *.bib *.json *.yml *.yaml *.zip);;All files (*)</source>
        <translation>ไฟล์รายการอ้างอิง (*.csv *.tsv *.txt *.xlsx *.ris *.bib *.json *.yml *.yaml *.zip);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>ไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Preview of the records in the file</source>
        <translation>ตัวอย่างระเบียนในไฟล์</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>ตัวอย่างและคอลัมน์</translation>
    </message>
    <message>
        <source>Reading list for the imported records</source>
        <translation>รายการอ่านสำหรับระเบียนที่นำเข้า</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported as it is:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;นำเข้าไฟล์นี้ตามสภาพปัจจุบันไม่ได้:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Detected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ตรวจพบ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>encoding &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>การเข้ารหัส &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>delimiter &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ตัวคั่น &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>แท็บ</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>ตรวจหาอัตโนมัติ (พบ: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln ระเบียน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>ใหม่ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>ปรับปรุง %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to skip</source>
        <translation>
            <numerusform>ข้าม %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cannot be imported</source>
        <translation>
            <numerusform>นำเข้าไม่ได้ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>ขัดแย้ง %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 are shown)</source>
        <translation> (แสดง %1 รายการแรก)</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln with problems</source>
        <translation>
            <numerusform>; มีปัญหา %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another import to finish…</source>
        <translation>กำลังรอให้การนำเข้าอื่นเสร็จสิ้น…</translation>
    </message>
    <message>
        <source>Another import or edit is writing to this catalogue; this import starts as soon as it has finished. Cancel stops waiting.</source>
        <translation>มีการนำเข้าหรือการแก้ไขอื่นกำลังเขียนลงแคตตาล็อกนี้ การนำเข้านี้จะเริ่มทันทีที่รายการนั้นเสร็จ กด ยกเลิก เพื่อหยุดรอ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>นำเข้าไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The catalogue was backed up first: %1</source>
        <translation>สำรองแคตตาล็อกไว้ก่อนแล้ว: %1</translation>
    </message>
    <message>
        <source>Reading list: %1</source>
        <translation>รายการอ่าน: %1</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>บันทึกปัญหา</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Problems not saved</source>
        <translation>ไม่ได้บันทึกรายการปัญหา</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>Select a conflict in the list first.</source>
        <translation>เลือกข้อขัดแย้งในรายการก่อน</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>cannot read this entry ({why})</source>
        <translation>อ่านรายการนี้ไม่ได้ ({why})</translation>
    </message>
    <message>
        <source>{field} {key} points to no entry in the file</source>
        <translation>{field} {key} ไม่ได้ชี้ไปยังรายการใดในไฟล์</translation>
    </message>
    <message>
        <source>unknown entry type @{kind}</source>
        <translation>ไม่รู้จักประเภทรายการ @{kind}</translation>
    </message>
    <message>
        <source>the citation key {key} is used twice</source>
        <translation>คีย์การอ้างอิง {key} ถูกใช้สองครั้ง</translation>
    </message>
    <message>
        <source>the entry has no citation key</source>
        <translation>รายการนี้ไม่มีคีย์การอ้างอิง</translation>
    </message>
    <message>
        <source>missing comma after the citation key</source>
        <translation>ขาดจุลภาคหลังคีย์การอ้างอิง</translation>
    </message>
    <message>
        <source>the entry is not closed (a &apos;{close}&apos; is missing)</source>
        <translation>รายการไม่ได้ปิด (ขาด &apos;{close}&apos;)</translation>
    </message>
    <message>
        <source>a &apos;{close}&apos; too many after field &apos;{name}&apos; (the fields after it are kept)</source>
        <translation>มี &apos;{close}&apos; เกินมาหลังเขตข้อมูล &apos;{name}&apos; (เขตข้อมูลที่ตามมายังคงเก็บไว้)</translation>
    </message>
    <message>
        <source>cannot read {text} (skipped)</source>
        <translation>อ่าน {text} ไม่ได้ (ข้ามไป)</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; appears twice (the first is kept)</source>
        <translation>เขตข้อมูล &apos;{name}&apos; ปรากฏสองครั้ง (เก็บค่าแรกไว้)</translation>
    </message>
    <message>
        <source>missing comma after field &apos;{name}&apos; (both fields are kept)</source>
        <translation>ขาดจุลภาคหลังเขตข้อมูล &apos;{name}&apos; (เก็บไว้ทั้งสองเขตข้อมูล)</translation>
    </message>
    <message>
        <source>unexpected text after field &apos;{name}&apos; ({text}, kept in the field)</source>
        <translation>มีข้อความที่ไม่คาดไว้หลังเขตข้อมูล &apos;{name}&apos; ({text} เก็บไว้ในเขตข้อมูลนั้น)</translation>
    </message>
    <message>
        <source>unbalanced {mark} in field &apos;{name}&apos; (read to the end of its line)</source>
        <translation>{mark} ไม่ครบคู่ในเขตข้อมูล &apos;{name}&apos; (อ่านไปจนสุดบรรทัด)</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; has no value</source>
        <translation>เขตข้อมูล &apos;{name}&apos; ไม่มีค่า</translation>
    </message>
    <message>
        <source>cannot read a year in {value} (kept in the notes)</source>
        <translation>อ่านปีจาก {value} ไม่ได้ (เก็บไว้ในหมายเหตุ)</translation>
    </message>
    <message>
        <source>unknown country {value} (kept in the notes)</source>
        <translation>ไม่รู้จักประเทศ {value} (เก็บไว้ในหมายเหตุ)</translation>
    </message>
    <message>
        <source>unknown language {value} (kept in the notes)</source>
        <translation>ไม่รู้จักภาษา {value} (เก็บไว้ในหมายเหตุ)</translation>
    </message>
    <message>
        <source>not a record: no title and no field this app knows (only {labels})</source>
        <translation>ไม่ใช่ระเบียน: ไม่มีชื่อเรื่องและไม่มีเขตข้อมูลที่โปรแกรมนี้รู้จัก (มีเพียง {labels})</translation>
    </message>
    <message>
        <source>not a record: no title and no field this app knows</source>
        <translation>ไม่ใช่ระเบียน: ไม่มีชื่อเรื่องและไม่มีเขตข้อมูลที่โปรแกรมนี้รู้จัก</translation>
    </message>
    <message>
        <source>no title: stored as {title}</source>
        <translation>ไม่มีชื่อเรื่อง: บันทึกเป็น {title}</translation>
    </message>
    <message>
        <source>not a CSL item (an object was expected)</source>
        <translation>ไม่ใช่รายการ CSL (ควรเป็นออบเจ็กต์)</translation>
    </message>
    <message>
        <source>unusual year {year} (kept in the notes)</source>
        <translation>ปี {year} ผิดปกติ (เก็บไว้ในหมายเหตุ)</translation>
    </message>
    <message>
        <source>a quote opens on this line and is never closed: the line was read as it stands (quote included) and the {after} lines after it as rows of their own; check it</source>
        <translation>มีเครื่องหมายอัญประกาศเปิดในบรรทัดนี้แต่ไม่มีการปิด: อ่านบรรทัดนี้ตามที่เป็นอยู่ (รวมเครื่องหมายอัญประกาศ) และอ่าน {after} บรรทัดที่ตามมาเป็นแถวแยกกัน โปรดตรวจสอบ</translation>
    </message>
    <message>
        <source>{cells} cells but {columns} columns: the extra cells are kept in the notes</source>
        <translation>มี {cells} เซลล์ แต่มีเพียง {columns} คอลัมน์: เก็บเซลล์ที่เกินไว้ในหมายเหตุ</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>บรรทัด {line}: {problem}</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>มีระเบียนที่ไม่ใช่ออบเจ็กต์ JSON</translation>
    </message>
    <message>
        <source>the record has no title</source>
        <translation>ระเบียนไม่มีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>the record has no valid UUID ({uid})</source>
        <translation>ระเบียนไม่มี UUID ที่ถูกต้อง ({uid})</translation>
    </message>
    <message>
        <source>{name} must be a list</source>
        <translation>{name} ต้องเป็นลิสต์ (รายการค่า)</translation>
    </message>
    <message>
        <source>the record has no closing &apos;ER&apos; line</source>
        <translation>ระเบียนไม่มีบรรทัด &apos;ER&apos; ปิดท้าย</translation>
    </message>
    <message>
        <source>the sheet is {wide} columns wide; only the first {limit} columns are read</source>
        <translation>แผ่นงานกว้าง {wide} คอลัมน์ อ่านเฉพาะ {limit} คอลัมน์แรก</translation>
    </message>
    <message>
        <source>cell {cells} holds a formula with no saved result (the program that wrote the file did not calculate it): its formula text was read instead</source>
        <translation>เซลล์ {cells} มีสูตรที่ไม่มีผลลัพธ์บันทึกไว้ (โปรแกรมที่สร้างไฟล์ไม่ได้คำนวณไว้): จึงอ่านข้อความของสูตรแทน</translation>
    </message>
    <message>
        <source>the same UUID</source>
        <translation>UUID เดียวกัน</translation>
    </message>
    <message>
        <source>the same DOI</source>
        <translation>DOI เดียวกัน</translation>
    </message>
    <message>
        <source>the same ISBN</source>
        <translation>ISBN เดียวกัน</translation>
    </message>
    <message>
        <source>the same URL</source>
        <translation>URL เดียวกัน</translation>
    </message>
    <message>
        <source>a near-identical title</source>
        <translation>ชื่อเรื่องแทบเหมือนกัน</translation>
    </message>
    <message>
        <source>repeats record {record} of the file; added again</source>
        <translation>ซ้ำกับระเบียนที่ {record} ของไฟล์ เพิ่มซ้ำอีกครั้ง</translation>
    </message>
    <message>
        <source>repeats record {record} of this file ({why})</source>
        <translation>ซ้ำกับระเบียนที่ {record} ของไฟล์นี้ ({why})</translation>
    </message>
    <message>
        <source>like an existing record ({why}); added as new</source>
        <translation>คล้ายระเบียนที่มีอยู่แล้ว ({why}) เพิ่มเป็นระเบียนใหม่</translation>
    </message>
    <message>
        <source>already in the catalogue ({why})</source>
        <translation>มีอยู่แล้วในแคตตาล็อก ({why})</translation>
    </message>
    <message>
        <source>updates the existing record ({why})</source>
        <translation>ปรับปรุงระเบียนที่มีอยู่ ({why})</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>เป็นปัจจุบันอยู่แล้ว</translation>
    </message>
    <message>
        <source>cannot back up the catalogue before importing: {error}</source>
        <translation>สำรองแคตตาล็อกก่อนนำเข้าไม่ได้: {error}</translation>
    </message>
    <message>
        <source>{source}: the import failed and nothing was changed ({error})</source>
        <translation>{source}: นำเข้าไม่สำเร็จ และไม่มีการเปลี่ยนแปลงใดๆ ({error})</translation>
    </message>
    <message>
        <source>{error}; nothing was imported</source>
        <translation>{error} ไม่มีการนำเข้าใดๆ</translation>
    </message>
</context>
<context>
    <name>ImportWarning</name>
    <message>
        <source>{source}: read as {named} because of its name, though its content looks like {content}; choose the format {format} if that is what it is</source>
        <translation>{source}: อ่านเป็น {named} ตามชื่อไฟล์ แม้เนื้อหาจะดูเหมือน {content} หากเป็นเช่นนั้นจริง ให้เลือกรูปแบบ {format}</translation>
    </message>
    <message>
        <source>{source}: {rows} lines below the header but only {read} records: cells in quotes run over several lines; the longest start at line {lines}. Check the quotes there, or the delimiter and format</source>
        <translation>{source}: มี {rows} บรรทัดใต้หัวตาราง แต่ได้เพียง {read} ระเบียน: เซลล์ที่อยู่ในเครื่องหมายอัญประกาศยาวต่อเนื่องหลายบรรทัด เซลล์ที่ยาวที่สุดเริ่มที่บรรทัด {lines} ตรวจสอบเครื่องหมายอัญประกาศตรงนั้น หรือตรวจสอบตัวคั่นและรูปแบบ</translation>
    </message>
    <message>
        <source>{source}: {rows} lines below the header but only {read} records: cells in quotes run over several lines. Check the quotes there, or the delimiter and format</source>
        <translation>{source}: มี {rows} บรรทัดใต้หัวตาราง แต่ได้เพียง {read} ระเบียน: เซลล์ที่อยู่ในเครื่องหมายอัญประกาศยาวต่อเนื่องหลายบรรทัด ตรวจสอบเครื่องหมายอัญประกาศตรงนั้น หรือตรวจสอบตัวคั่นและรูปแบบ</translation>
    </message>
    <message>
        <source>{source}: {starts} lines start a record but only {read} records were read: check the lines that start or end the missing ones</source>
        <translation>{source}: มี {starts} บรรทัดที่ขึ้นต้นระเบียน แต่อ่านได้เพียง {read} ระเบียน: ตรวจสอบบรรทัดที่เริ่มหรือจบระเบียนที่หายไป</translation>
    </message>
</context>
<context>
    <name>IndexerStatus</name>
    <message>
        <source>Document reading progress</source>
        <translation>ความคืบหน้าการอ่านเอกสาร</translation>
    </message>
    <message numerus="yes">
        <source>Reading documents paused: %n waiting</source>
        <translation>
            <numerusform>หยุดอ่านเอกสารชั่วคราว: รออยู่ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading documents: %n waiting</source>
        <translation>
            <numerusform>กำลังอ่านเอกสาร: รออยู่ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last read: %1</source>
        <translation>อ่านล่าสุด: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>อ่านต่อ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Go on reading the text of attached documents</source>
        <translation>อ่านข้อความของเอกสารที่แนบต่อไป</translation>
    </message>
    <message>
        <source>Stop reading documents for now (searching is not affected)</source>
        <translation>หยุดอ่านเอกสารไว้ก่อน (ไม่มีผลต่อการค้นหา)</translation>
    </message>
</context>
<context>
    <name>KeywordBox</name>
    <message>
        <source>Words match anywhere (housing migrant). Filters: country:Thailand type:report theme:housing year:&gt;=2018 org:ILO has:doi no:summary; -word or -country:TH leaves out; a OR b, (groups); &quot;exact words&quot;. F1: full syntax.</source>
        <translation>คำตรงกันได้ทุกที่ (housing migrant) ตัวกรอง: country:Thailand type:report theme:housing year:&gt;=2018 org:ILO has:doi no:summary; -คำ หรือ -country:TH เพื่อตัดออก; a OR b, (กลุ่ม); &quot;คำตรงตัว&quot; F1: ไวยากรณ์การค้นหาทั้งหมด</translation>
    </message>
    <message>
        <source>Search, e.g. housing country:Thailand</source>
        <translation>ค้นหา เช่น housing country:ไทย</translation>
    </message>
    <message>
        <source>Keyword search</source>
        <translation>ค้นหาด้วยคำ</translation>
    </message>
    <message>
        <source>Search syntax (F1)</source>
        <translation>ไวยากรณ์การค้นหา (F1)</translation>
    </message>
    <message>
        <source>Search syntax help</source>
        <translation>วิธีใช้ไวยากรณ์การค้นหา</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>การค้นหาล่าสุด</translation>
    </message>
    <message numerus="yes">
        <source>The last %n searches</source>
        <translation>
            <numerusform>การค้นหา %n ครั้งล่าสุด</numerusform>
        </translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>คำแนะนำ</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>คลัง</translation>
    </message>
    <message>
        <source>Library places</source>
        <translation>ตำแหน่งในคลัง</translation>
    </message>
    <message>
        <source>All resources, the trash and the quality lists; the table shows the selected one</source>
        <translation>ทรัพยากรทั้งหมด ถังขยะ และรายการตรวจคุณภาพ ตารางแสดงตำแหน่งที่เลือก</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>ซิงค์ล่าสุด</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>ทรัพยากรทั้งหมด</translation>
    </message>
    <message>
        <source>Every resource in the catalogue</source>
        <translation>ทรัพยากรทุกรายการในแคตตาล็อก</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ถังขยะ</translation>
    </message>
    <message>
        <source>Deleted resources: restore them, or delete them for good</source>
        <translation>ทรัพยากรที่ลบแล้ว: กู้คืน หรือลบอย่างถาวร</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ต้องตรวจสอบ</translation>
    </message>
    <message>
        <source>Records a librarian should complete; each list opens in the table</source>
        <translation>ระเบียนที่บรรณารักษ์ควรทำให้สมบูรณ์ แต่ละรายการเปิดในตาราง</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>ล้างถังขยะ…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>ค้นหาระเบียนซ้ำ…</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>&amp;New reading list…</source>
        <translation>รายการอ่านใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a reading list</source>
        <translation>สร้างรายการอ่าน</translation>
    </message>
    <message>
        <source>&amp;Add to reading list</source>
        <translation>เพิ่มในรายการอ่าน(&amp;A)</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>เพิ่มในรายการ</translation>
    </message>
    <message>
        <source>Add the selected resources to a reading list (or drag them onto one)</source>
        <translation>เพิ่มทรัพยากรที่เลือกในรายการอ่าน (หรือลากไปวางบนรายการ)</translation>
    </message>
    <message>
        <source>Add to reading list</source>
        <translation>เพิ่มในรายการอ่าน</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>นำออกจากรายการนี้(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected resources out of this reading list; the records stay</source>
        <translation>นำทรัพยากรที่เลือกออกจากรายการอ่านนี้ ระเบียนยังคงอยู่</translation>
    </message>
    <message>
        <source>Export &amp;bibliography…</source>
        <translation>ส่งออกบรรณานุกรม(&amp;B)…</translation>
    </message>
    <message>
        <source>A formatted list (APA, Chicago, Harvard) of this reading list, the selection or the result, as DOCX, PDF, HTML, Markdown, text, RIS, BibTeX</source>
        <translation>รายการที่จัดรูปแบบแล้ว (APA, Chicago, Harvard) ของรายการอ่านนี้ ส่วนที่เลือก หรือผลลัพธ์ เป็น DOCX, PDF, HTML, Markdown, ข้อความ, RIS, BibTeX</translation>
    </message>
    <message>
        <source>Bibliography of the &amp;selection…</source>
        <translation>บรรณานุกรมของส่วนที่เลือก(&amp;S)…</translation>
    </message>
    <message>
        <source>A formatted list of the selected resources</source>
        <translation>รายการที่จัดรูปแบบแล้วของทรัพยากรที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>พิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the formatted reading list (or the selection, or the result)</source>
        <translation>พิมพ์รายการอ่านที่จัดรูปแบบแล้ว (หรือส่วนที่เลือก หรือผลลัพธ์)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>ตัวอย่างก่อนพิมพ์(&amp;V)…</translation>
    </message>
    <message>
        <source>See the printed pages first</source>
        <translation>ดูหน้าที่จะพิมพ์ก่อน</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>รายการอ่าน</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>ส่วนที่เลือก</translation>
    </message>
    <message>
        <source>Could not read the resources: %1</source>
        <translation>อ่านทรัพยากรไม่ได้: %1</translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>บรรณานุกรม</translation>
    </message>
    <message>
        <source>There is nothing to format: the list is empty.</source>
        <translation>ไม่มีอะไรให้จัดรูปแบบ: รายการว่างอยู่</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>ListItemsModel</name>
    <message>
        <source>  (in the trash)</source>
        <translation>  (อยู่ในถังขยะ)</translation>
    </message>
    <message>
        <source>Double-click (or F2) to add a note, e.g. “read chapter 3 first”</source>
        <translation>ดับเบิลคลิก (หรือ F2) เพื่อเพิ่มหมายเหตุ เช่น “อ่านบทที่ 3 ก่อน”</translation>
    </message>
</context>
<context>
    <name>ListPropertiesDialog</name>
    <message>
        <source>e.g. Workshop February</source>
        <translation>เช่น การประชุมเชิงปฏิบัติการเดือนกุมภาพันธ์</translation>
    </message>
    <message>
        <source>What the list is for (optional)</source>
        <translation>รายการนี้มีไว้เพื่ออะไร (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>คำอธิบาย(&amp;D):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Criteria</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>แถบเครื่องมือ</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>จำนวนผลลัพธ์</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>ซิงค์ล่าสุด</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>กำลังค้นหา</translation>
    </message>
    <message>
        <source>%1 – Resource Catalogue</source>
        <translation>%1 – แคตตาล็อกทรัพยากร</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>แคตตาล็อก: %1</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>เปิดแคตตาล็อกไม่ได้</translation>
    </message>
</context>
<context>
    <name>MakeCopyDialog</name>
    <message>
        <source>Make offline copy</source>
        <translation>ทำสำเนาออฟไลน์</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/catalogue</source>
        <translation>postgresql://user@host:5432/catalogue</translation>
    </message>
    <message>
        <source>The shared catalogue. Leave the password out: you will be asked for it, or it comes from ~/.pgpass or PGPASSWORD. It is never saved.</source>
        <translation>แคตตาล็อกที่ใช้ร่วมกัน ไม่ต้องใส่รหัสผ่าน: ระบบจะถาม หรืออ่านจาก ~/.pgpass หรือ PGPASSWORD และจะไม่บันทึกไว้</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <source>Shared catalogue:</source>
        <translation>แคตตาล็อกที่ใช้ร่วมกัน:</translation>
    </message>
    <message>
        <source>Save the copy as:</source>
        <translation>บันทึกสำเนาเป็น:</translation>
    </message>
    <message>
        <source>An offline copy holds every record, reading list and attachment of the shared catalogue, and is fully editable without a network. Sync it when you are back online: your changes are sent, everyone else&apos;s arrive. If the file is already a copy of this catalogue, it is synced instead.</source>
        <translation>สำเนาออฟไลน์มีทุกระเบียน รายการอ่าน และไฟล์แนบของแคตตาล็อกที่ใช้ร่วมกัน และแก้ไขได้เต็มที่โดยไม่ต้องใช้เครือข่าย ซิงค์เมื่อกลับมาออนไลน์: การเปลี่ยนแปลงของคุณจะถูกส่งไป และของคนอื่นจะเข้ามา ถ้าไฟล์เป็นสำเนาของแคตตาล็อกนี้อยู่แล้ว จะซิงค์แทน</translation>
    </message>
    <message>
        <source>&amp;Make copy</source>
        <translation>ทำสำเนา(&amp;M)</translation>
    </message>
    <message>
        <source>Save the offline copy as</source>
        <translation>บันทึกสำเนาออฟไลน์เป็น</translation>
    </message>
    <message>
        <source>Catalogues (*.db)</source>
        <translation>แคตตาล็อก (*.db)</translation>
    </message>
    <message>
        <source>Give the shared catalogue&apos;s address, starting with postgresql://</source>
        <translation>ใส่ที่อยู่ของแคตตาล็อกที่ใช้ร่วมกัน ขึ้นต้นด้วย postgresql://</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>เลือกที่บันทึกสำเนา</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>กำลังคัดลอก…</translation>
    </message>
    <message>
        <source>Made the offline copy %1: %2.</source>
        <translation>ทำสำเนาออฟไลน์ %1 แล้ว: %2</translation>
    </message>
    <message>
        <source>Refreshed the offline copy %1: %2.</source>
        <translation>ปรับปรุงสำเนาออฟไลน์ %1 แล้ว: %2</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>รวมสองระเบียน</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. Lists (authors, countries, themes, …) are combined. The other record goes to the trash; reading lists, attachments and both histories stay with the one kept.</source>
        <translation>เลือกค่าที่จะเก็บในเขตข้อมูลที่ต่างกัน รายการ (ผู้แต่ง ประเทศ ประเด็น …) จะรวมกัน อีกระเบียนจะไปที่ถังขยะ รายการอ่าน ไฟล์แนบ และประวัติของทั้งสองจะอยู่กับระเบียนที่เก็บไว้</translation>
    </message>
    <message>
        <source>Fields of the two records</source>
        <translation>เขตข้อมูลของทั้งสองระเบียน</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>รวม(&amp;M)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you typed&lt;/b&gt;&lt;br&gt;not saved yet</source>
        <translation>&lt;b&gt;สิ่งที่คุณพิมพ์&lt;/b&gt;&lt;br&gt;ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep record %1&lt;/b&gt;&lt;br&gt;added %2 · version %3</source>
        <translation>&lt;b&gt;เก็บระเบียน %1&lt;/b&gt;&lt;br&gt;เพิ่มเมื่อ %2 · ฉบับที่ %3</translation>
    </message>
    <message>
        <source>Both records&apos; values, combined</source>
        <translation>ค่าของทั้งสองระเบียนรวมกัน</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>Type a name or acronym…</source>
        <translation>พิมพ์ชื่อหรืออักษรย่อ…</translation>
    </message>
    <message>
        <source>Role of the organization you add next</source>
        <translation>บทบาทขององค์กรที่จะเพิ่มต่อไป</translation>
    </message>
</context>
<context>
    <name>PackageMerge</name>
    <message>
        <source>put back as the package has it</source>
        <translation>คืนกลับตามที่อยู่ในแพ็กเกจ</translation>
    </message>
    <message>
        <source>the same on both sides</source>
        <translation>เหมือนกันทั้งสองฝั่ง</translation>
    </message>
    <message>
        <source>changed in the package only</source>
        <translation>เปลี่ยนเฉพาะในแพ็กเกจ</translation>
    </message>
    <message>
        <source>changed here only: this catalogue&apos;s version stays</source>
        <translation>เปลี่ยนเฉพาะที่นี่: คงฉบับของแคตตาล็อกนี้ไว้</translation>
    </message>
    <message>
        <source>changed on both sides since they last met: choose which version to keep</source>
        <translation>ถูกแก้ไขทั้งสองฝั่งนับตั้งแต่แลกเปลี่ยนกันครั้งล่าสุด: เลือกฉบับที่จะเก็บไว้</translation>
    </message>
    <message>
        <source>{count} records changed on both sides: they will be listed, not overwritten</source>
        <translation>ระเบียน {count} รายการถูกแก้ไขทั้งสองฝั่ง: จะแสดงเป็นรายการให้เลือก ไม่เขียนทับ</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Trash</source>
        <translation>ถังขยะ</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>รายการอ่าน</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>ทรัพยากรทั้งหมด</translation>
    </message>
    <message>
        <source>Restore the selected resources (Ctrl+R) or delete them for good (Del).</source>
        <translation>กู้คืนทรัพยากรที่เลือก (Ctrl+R) หรือลบอย่างถาวร (Del)</translation>
    </message>
    <message>
        <source>In list order. Drag rows onto a list in the Library to add them; Alt+↑ / Alt+↓ in the list reorders.</source>
        <translation>เรียงตามลำดับในรายการ ลากแถวไปวางบนรายการในคลังเพื่อเพิ่ม Alt+↑ / Alt+↓ ในรายการใช้จัดลำดับ</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ถังขยะว่างอยู่</translation>
    </message>
    <message>
        <source>Deleted resources wait here until the trash is emptied.</source>
        <translation>ทรัพยากรที่ลบจะรออยู่ที่นี่จนกว่าจะล้างถังขยะ</translation>
    </message>
    <message>
        <source>This reading list is empty.</source>
        <translation>รายการอ่านนี้ว่างอยู่</translation>
    </message>
    <message>
        <source>Select resources under All resources, then drag them onto the list or use Add to list.</source>
        <translation>เลือกทรัพยากรในทรัพยากรทั้งหมด แล้วลากไปวางบนรายการ หรือใช้ เพิ่มในรายการ</translation>
    </message>
    <message>
        <source>Nothing needs attention here.</source>
        <translation>ไม่มีอะไรต้องตรวจสอบที่นี่</translation>
    </message>
    <message>
        <source>This catalogue has no resources yet.</source>
        <translation>แคตตาล็อกนี้ยังไม่มีทรัพยากร</translation>
    </message>
    <message>
        <source>Use File › Import… to add resources from a file.</source>
        <translation>ใช้ แฟ้ม › นำเข้า… เพื่อเพิ่มทรัพยากรจากไฟล์</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation>ชื่อของคุณในประวัติ</translation>
    </message>
    <message>
        <source>Shown as “who” in each record&apos;s history. Leave it blank to use this computer&apos;s user name (%1).</source>
        <translation>แสดงเป็น “ผู้แก้ไข” ในประวัติของแต่ละระเบียน เว้นว่างไว้เพื่อใช้ชื่อผู้ใช้ของคอมพิวเตอร์นี้ (%1)</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>ภาษาของหน้าต่าง</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <source>A new language shows the next time the catalogue is opened.</source>
        <translation>ภาษาใหม่จะแสดงเมื่อเปิดแคตตาล็อกครั้งถัดไป</translation>
    </message>
    <message>
        <source>Preferred languages of records, in order</source>
        <translation>ภาษาที่ต้องการของระเบียน ตามลำดับ</translation>
    </message>
    <message>
        <source>Language codes in order, such as “th, en”: with View › One row per work, each work shows in the first of these it has.</source>
        <translation>รหัสภาษาตามลำดับ เช่น “th, en” เมื่อใช้ มุมมอง › หนึ่งแถวต่อหนึ่งงาน แต่ละงานจะแสดงในภาษาแรกที่มี</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ชื่อของคุณ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>ภาษาที่&amp;ต้องการ:</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Export as web page</source>
        <translation>ส่งออกเป็นหน้าเว็บ</translation>
    </message>
    <message>
        <source>A folder with index.html that opens in any browser, with no network: from a USB stick, a shared drive or a plain web host. It has the keyword box and the criteria boxes, and works on phones.</source>
        <translation>โฟลเดอร์ที่มี index.html ซึ่งเปิดได้ในเบราว์เซอร์ใดก็ได้โดยไม่ต้องใช้เครือข่าย: จาก USB แฟลชไดรฟ์ ไดรฟ์ที่ใช้ร่วมกัน หรือเว็บโฮสต์ทั่วไป มีช่องคำค้นและช่องเกณฑ์ และใช้บนโทรศัพท์ได้</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>เผยแพร่</translation>
    </message>
    <message>
        <source>Reading list to publish</source>
        <translation>รายการอ่านที่จะเผยแพร่</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>ชื่อหน้า</translation>
    </message>
    <message>
        <source>Folder to write</source>
        <translation>โฟลเดอร์ที่จะเขียน</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>โฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>เลือกโฟลเดอร์(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy the attached &amp;files, so a click on one opens it</source>
        <translation>คัดลอกไฟล์แนบไปด้วย เพื่อให้คลิกแล้วเปิดไฟล์ได้(&amp;F)</translation>
    </message>
    <message>
        <source>Include the internal &amp;notes</source>
        <translation>รวมหมายเหตุภายใน(&amp;N)</translation>
    </message>
    <message>
        <source>Notes are for the librarians; they stay out unless ticked</source>
        <translation>หมายเหตุมีไว้สำหรับบรรณารักษ์ จะไม่รวมไว้เว้นแต่เลือก</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>ชื่อเรื่อง:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>What will be published</source>
        <translation>สิ่งที่จะเผยแพร่</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>เผยแพร่(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>เปิดในเบราว์เซอร์(&amp;O)</translation>
    </message>
    <message>
        <source>Resource Catalogue</source>
        <translation>แคตตาล็อกทรัพยากร</translation>
    </message>
    <message numerus="yes">
        <source>The whole catalogue (%Ln record(s))</source>
        <translation>
            <numerusform>ทั้งแคตตาล็อก (%Ln ระเบียน)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current result (%Ln record(s))</source>
        <translation>
            <numerusform>ผลลัพธ์ปัจจุบัน (%Ln ระเบียน)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln record(s)&lt;/b&gt; will be published: titles, summaries, dates, types, organizations, authors, countries, regions, themes, languages, keywords and links</source>
        <translation>
            <numerusform>จะเผยแพร่ &lt;b&gt;%Ln ระเบียน&lt;/b&gt;: ชื่อเรื่อง สาระสังเขป วันที่ ประเภท องค์กร ผู้แต่ง ประเทศ ภูมิภาค ประเด็น ภาษา คำสำคัญ และลิงก์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) published to %1.</source>
        <translation>
            <numerusform>เผยแพร่ %Ln ระเบียนไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s) copied.</source>
        <translation>
            <numerusform>คัดลอกไฟล์แนบ %Ln ไฟล์แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s) missing on this computer were left out.</source>
        <translation>
            <numerusform>ไม่ได้รวมไฟล์แนบ %Ln ไฟล์ที่ไม่มีอยู่ในคอมพิวเตอร์นี้</numerusform>
        </translation>
    </message>
    <message>
        <source>The current result</source>
        <translation>ผลลัพธ์ปัจจุบัน</translation>
    </message>
    <message>
        <source>A reading list:</source>
        <translation>รายการอ่าน:</translation>
    </message>
    <message>
        <source>, with the attached files</source>
        <translation> พร้อมไฟล์แนบ</translation>
    </message>
    <message>
        <source>, &lt;b&gt;and the internal notes&lt;/b&gt;. History and the trash stay out.</source>
        <translation> &lt;b&gt;และหมายเหตุภายใน&lt;/b&gt; ไม่รวมประวัติและถังขยะ</translation>
    </message>
    <message>
        <source>. Internal notes, history and the trash stay out.</source>
        <translation> ไม่รวมหมายเหตุภายใน ประวัติ และถังขยะ</translation>
    </message>
    <message>
        <source>Publish into folder</source>
        <translation>เผยแพร่ลงในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>กำลังเผยแพร่…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>ยกเลิกแล้ว ไม่มีการเขียนสิ่งใด</translation>
    </message>
    <message>
        <source>The page was not published: %1</source>
        <translation>ไม่ได้เผยแพร่หน้านี้: %1</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Banner Pages</source>
        <translation>หน้าแบนเนอร์</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>ข้อมูลการเรียกเก็บเงิน:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>ลับ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ลับเฉพาะ</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>กลางวัน (06:00 ถึง 17:59)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>สิ้นสุด:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>พักไว้ไม่มีกำหนด</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>งานพิมพ์</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>ควบคุมงานพิมพ์</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>ลำดับความสำคัญของงาน:</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>กลางคืน (18:00 ถึง 05:59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>พิมพ์ทันที</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>กำหนดเวลาพิมพ์:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>กะที่สอง (16:00 ถึง 23:59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>ลับมาก</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>เวลาที่กำหนด</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>มาตรฐาน</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>เริ่ม:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>กะที่สาม (00:00 ถึง 07:59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>ลับที่สุด</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>ไม่ลับ</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>สุดสัปดาห์ (วันเสาร์ถึงวันอาทิตย์)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ค้นหาใน(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ชนิดไฟล์(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก(&amp;C)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>เลือกโฟลเดอร์</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์แม่</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>แถบด้านข้าง</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>รายการตำแหน่งและที่คั่นหน้า</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ไปที่โฟลเดอร์แม่</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อน(&amp;H)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ตำแหน่งล่าสุด</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>มี %1 อยู่แล้ว
ต้องการแทนที่หรือไม่</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบไฟล์
โปรดตรวจสอบว่าระบุชื่อไฟล์ถูกต้อง</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบโฟลเดอร์
โปรดตรวจสอบว่าระบุชื่อโฟลเดอร์ถูกต้อง</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ต้องการลบ &apos;%1&apos; ใช่หรือไม่</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>แสดง</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 ไบต์</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ชื่อไฟล์ไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Cicero (CC)</source>
        <translation>ซิเซโร (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>ดิโดต์ (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>แบบฟอร์ม</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>ความสูง:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>นิ้ว (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>ระยะขอบ</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>มิลลิเมตร (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>การวางแนว</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>เค้าโครงหน้า</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>ลำดับหน้า:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>ขนาดหน้า:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>จำนวนหน้าต่อแผ่น:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>ถาดกระดาษ:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>ไพก้า (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>พอยต์ (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>แนวนอนกลับด้าน</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>แนวตั้งกลับด้าน</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>ความกว้าง:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ขอบล่าง</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>ขอบซ้าย</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ขอบขวา</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ขอบบน</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ละเว้น</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ตั้งใหม่</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>มี %1 อยู่แล้ว
ต้องการเขียนทับหรือไม่?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 เป็นโฟลเดอร์
โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;ตัวเลือก &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;ตัวเลือก &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;พิมพ์</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>ทุกหน้า</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>ล่างขึ้นบน ซ้ายไปขวา</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>ล่างขึ้นบน ขวาไปซ้าย</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>หน้าคู่</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>เขียนไฟล์ %1 ไม่ได้
โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>ซ้ายไปขวา ล่างขึ้นบน</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>ซ้ายไปขวา บนลงล่าง</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>ไฟล์ในเครื่อง</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>หน้าคี่</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>ใช้ตัวเลือก &apos;จำนวนหน้าต่อแผ่น&apos; และ &apos;ชุดหน้า&apos; พร้อมกันไม่ได้
โปรดปิดตัวเลือกใดตัวเลือกหนึ่ง</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>พิมพ์ลงไฟล์...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>พิมพ์ลงไฟล์ (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>ขวาไปซ้าย ล่างขึ้นบน</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>ขวาไปซ้าย บนลงล่าง</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>ค่า &apos;จาก&apos; ต้องไม่มากกว่าค่า &apos;ถึง&apos;</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>บนลงล่าง ซ้ายไปขวา</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>บนลงล่าง ขวาไปซ้าย</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>เขียนไฟล์ PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>ส่งออกเป็น PDF</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>พอดีหน้า</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>หน้าสุดท้าย</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>หน้าถัดไป</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>ตั้งค่าหน้า</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>ตั้งค่าหน้า</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>หน้าก่อนหน้า</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>แสดงหน้าคู่</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>แสดงภาพรวมทุกหน้า</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>แสดงหน้าเดียว</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>ตัวเลือกงานพิมพ์</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>คุณสมบัติเครื่องพิมพ์</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>แบบฟอร์ม</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>หน้า</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>เรียงชุด</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>โหมดสี</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>สำเนา</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>จำนวนสำเนา:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>หน้าปัจจุบัน</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>พิมพ์สองด้าน</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>แบบฟอร์ม</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>ระดับสีเทา</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>ด้านยาว</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>การตั้งค่าผลลัพธ์</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>ชุดหน้า:</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>หน้าจาก</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>พิมพ์ทั้งหมด</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>ช่วงที่จะพิมพ์</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>ย้อนลำดับ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>ส่วนที่เลือก</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>ด้านสั้น</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ชื่อ:</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>แบบฟอร์ม</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>ตำแหน่ง:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;ไฟล์ผลลัพธ์:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;คุณสมบัติ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ชนิด:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกที่อยู่ลิงก์(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>No type</source>
        <translation>ไม่มีประเภท</translation>
    </message>
    <message>
        <source>Set a type with Edit, or for many at once with Bulk edit.</source>
        <translation>กำหนดประเภทด้วย แก้ไข หรือทีละหลายรายการด้วย แก้ไขหลายรายการ</translation>
    </message>
    <message>
        <source>No year</source>
        <translation>ไม่มีปี</translation>
    </message>
    <message>
        <source>Add the publication year in the editor.</source>
        <translation>เพิ่มปีที่พิมพ์ในหน้าแก้ไข</translation>
    </message>
    <message>
        <source>No country or region</source>
        <translation>ไม่มีประเทศหรือภูมิภาค</translation>
    </message>
    <message>
        <source>Add the countries or region the document covers.</source>
        <translation>เพิ่มประเทศหรือภูมิภาคที่เอกสารครอบคลุม</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>ไม่มีประเด็น</translation>
    </message>
    <message>
        <source>Add a theme, or several records at once with Bulk edit.</source>
        <translation>เพิ่มประเด็น หรือทีละหลายระเบียนด้วย แก้ไขหลายรายการ</translation>
    </message>
    <message>
        <source>No summary</source>
        <translation>ไม่มีสาระสังเขป</translation>
    </message>
    <message>
        <source>Write a short summary in the editor.</source>
        <translation>เขียนสาระสังเขปสั้น ๆ ในหน้าแก้ไข</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>ไม่พบไฟล์แนบ</translation>
    </message>
    <message>
        <source>The attached file is not in the attachments folder: attach it again or remove it.</source>
        <translation>ไฟล์ที่แนบไม่อยู่ในโฟลเดอร์ไฟล์แนบ: แนบใหม่อีกครั้งหรือนำออก</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>น่าจะเป็นระเบียนซ้ำ</translation>
    </message>
    <message>
        <source>Open Find duplicates to merge or dismiss each pair.</source>
        <translation>เปิด ค้นหาระเบียนซ้ำ เพื่อรวมหรือปัดตกแต่ละคู่</translation>
    </message>
    <message>
        <source>No searchable text</source>
        <translation>ไม่มีข้อความที่ค้นหาได้</translation>
    </message>
    <message>
        <source>Scanned documents without a text layer: they are read by OCR (Tesseract) in the background.</source>
        <translation>เอกสารสแกนที่ไม่มีชั้นข้อความ: กำลังอ่านด้วย OCR (Tesseract) อยู่เบื้องหลัง</translation>
    </message>
    <message>
        <source>Scanned documents without a text layer. Install Tesseract to read scans (on Debian or Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie), then restart.</source>
        <translation>เอกสารสแกนที่ไม่มีชั้นข้อความ ติดตั้ง Tesseract เพื่ออ่านภาพสแกน (บน Debian หรือ Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie) แล้วเริ่มโปรแกรมใหม่</translation>
    </message>
    <message>
        <source>Unreadable documents</source>
        <translation>เอกสารที่อ่านไม่ได้</translation>
    </message>
    <message>
        <source>Attached files that could not be read (encrypted, damaged, too big or of an unknown format); the reason is shown under Attachments. Attach a readable copy.</source>
        <translation>ไฟล์แนบที่อ่านไม่ได้ (เข้ารหัส เสียหาย ใหญ่เกินไป หรือไม่รู้จักรูปแบบ) ดูเหตุผลได้ใต้ ไฟล์แนบ แนบสำเนาที่อ่านได้แทน</translation>
    </message>
</context>
<context>
    <name>ReadingListCommand</name>
    <message>
        <source>change reading list</source>
        <translation>เปลี่ยนรายการอ่าน</translation>
    </message>
    <message>
        <source>Cannot replay “%1”: %2</source>
        <translation>ทำ “%1” ซ้ำไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>ReadingListMenu</name>
    <message>
        <source>New reading list with the selection</source>
        <translation>รายการอ่านใหม่จากส่วนที่เลือก</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>รายการอ่าน</translation>
    </message>
    <message>
        <source>New list with the selection…</source>
        <translation>รายการใหม่จากส่วนที่เลือก…</translation>
    </message>
</context>
<context>
    <name>ReadingListPanel</name>
    <message>
        <source>Reading lists</source>
        <translation>รายการอ่าน</translation>
    </message>
    <message>
        <source>Select a list to see its resources; drop resources on a list to add them</source>
        <translation>เลือกรายการเพื่อดูทรัพยากร วางทรัพยากรบนรายการเพื่อเพิ่ม</translation>
    </message>
    <message>
        <source>New reading list…</source>
        <translation>รายการอ่านใหม่…</translation>
    </message>
    <message>
        <source>Rename or describe the list…</source>
        <translation>เปลี่ยนชื่อหรือคำอธิบายรายการ…</translation>
    </message>
    <message>
        <source>Duplicate the list</source>
        <translation>ทำสำเนารายการ</translation>
    </message>
    <message>
        <source>Delete the list (its resources stay in the catalogue)</source>
        <translation>ลบรายการ (ทรัพยากรยังอยู่ในแคตตาล็อก)</translation>
    </message>
    <message>
        <source>No reading lists yet. Click + to create one, then drag resources onto it.</source>
        <translation>ยังไม่มีรายการอ่าน คลิก + เพื่อสร้าง แล้วลากทรัพยากรไปวาง</translation>
    </message>
    <message>
        <source>Resources in the reading list</source>
        <translation>ทรัพยากรในรายการอ่าน</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected resources; Delete removes them from the list; F2 edits the note</source>
        <translation>Alt+Up และ Alt+Down ย้ายทรัพยากรที่เลือก Delete นำออกจากรายการ F2 แก้ไขหมายเหตุ</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>เลื่อนขึ้น (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>เลื่อนลง (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove from the list (Delete); the record stays</source>
        <translation>นำออกจากรายการ (Delete) ระเบียนยังคงอยู่</translation>
    </message>
    <message>
        <source>Select a list to see its resources.</source>
        <translation>เลือกรายการเพื่อดูทรัพยากร</translation>
    </message>
    <message>
        <source>Empty: drag resources here or onto the list&apos;s name.</source>
        <translation>ว่างอยู่: ลากทรัพยากรมาที่นี่หรือไปวางบนชื่อรายการ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln ทรัพยากร</numerusform>
        </translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>รายการอ่านใหม่</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>รายการอ่าน</translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation>ลบรายการอ่าน</translation>
    </message>
    <message numerus="yes">
        <source>Delete the reading list “%1”? Its %Ln resource(s) stay in the catalogue.</source>
        <translation>
            <numerusform>ลบรายการอ่าน “%1” หรือไม่ ทรัพยากร %Ln รายการในรายการนี้ยังอยู่ในแคตตาล็อก</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Fields of the record</source>
        <translation>เขตข้อมูลของระเบียน</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>บันทึกและปิด (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>ปิดโดยไม่บันทึก (Esc)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ไม่มีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>ทรัพยากรใหม่</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Version %1 · added %2 · changed %3</source>
        <translation>ฉบับที่ %1 · เพิ่มเมื่อ %2 · เปลี่ยนเมื่อ %3</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}. What you typed is still here; save again when the catalogue is free.</source>
        <translation>ไม่มีการบันทึก: {0} สิ่งที่คุณพิมพ์ยังอยู่ครบ บันทึกอีกครั้งเมื่อแคตตาล็อกว่าง</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>เปิดระเบียนเดิม</translation>
    </message>
    <message>
        <source>Close this editor without saving what you typed, and open the existing record?</source>
        <translation>ปิดหน้าแก้ไขนี้โดยไม่บันทึกสิ่งที่พิมพ์ แล้วเปิดระเบียนเดิมหรือไม่</translation>
    </message>
    <message>
        <source>one of the records changed meanwhile</source>
        <translation>มีระเบียนหนึ่งถูกเปลี่ยนในระหว่างนั้น</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>ไม่ได้รวม</translation>
    </message>
    <message>
        <source>Nothing was merged: %1.</source>
        <translation>ไม่ได้รวมระเบียน: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>มีการเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>บันทึกการเปลี่ยนแปลงของ “%1” หรือไม่</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <translation>ต้องระบุ</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(ไม่ระบุประเภท)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>(month)</source>
        <translation>(เดือน)</translation>
    </message>
    <message>
        <source>(day)</source>
        <translation>(วัน)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Family, Given — Enter to add</source>
        <translation>นามสกุล, ชื่อ — กด Enter เพื่อเพิ่ม</translation>
    </message>
    <message>
        <source>Type a country name or code…</source>
        <translation>พิมพ์ชื่อหรือรหัสประเทศ…</translation>
    </message>
    <message>
        <source>Type a region…</source>
        <translation>พิมพ์ภูมิภาค…</translation>
    </message>
    <message>
        <source>Type a theme…</source>
        <translation>พิมพ์ประเด็น…</translation>
    </message>
    <message>
        <source>Type a language or code…</source>
        <translation>พิมพ์ชื่อหรือรหัสภาษา…</translation>
    </message>
    <message>
        <source>Free keywords — Enter to add</source>
        <translation>คำสำคัญอิสระ — กด Enter เพื่อเพิ่ม</translation>
    </message>
    <message>
        <source>Journal, book or series</source>
        <translation>วารสาร หนังสือ หรือชุด</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ปีที่</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>ประเภท(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>วันที่(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>ผู้แต่ง(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>องค์กร(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>ประเทศ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>ภูมิภาค(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>ประเด็น(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>คำสำคัญ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>สาระสังเขป(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Published in</source>
        <translation>ตีพิมพ์ใน(&amp;P)</translation>
    </message>
    <message>
        <source>Publisher&apos;s r&amp;ef.</source>
        <translation>เลขอ้างอิงผู้จัดพิมพ์(&amp;E)</translation>
    </message>
    <message>
        <source>IS&amp;BN</source>
        <translation>ISBN(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <source>DO&amp;I</source>
        <translation>DOI(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>หมายเหตุ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <source>Part of the series</source>
        <translation>เป็นส่วนของชุด</translation>
    </message>
    <message>
        <source>Language version of</source>
        <translation>เป็นฉบับภาษาของ</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>แทนที่</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>ถูกแทนที่ด้วย</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>เกี่ยวข้องกับ</translation>
    </message>
    <message>
        <source>Has as a part</source>
        <translation>มีส่วนย่อยคือ</translation>
    </message>
    <message>
        <source>Type words of the other record&apos;s title…</source>
        <translation>พิมพ์คำจากชื่อเรื่องของอีกระเบียน…</translation>
    </message>
    <message>
        <source>Record to link</source>
        <translation>ระเบียนที่จะเชื่อมโยง</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <source>Save the record first to link it to others (series, language versions, editions).</source>
        <translation>บันทึกระเบียนก่อนจึงจะเชื่อมโยงกับระเบียนอื่นได้ (ชุด ฉบับภาษา ฉบับพิมพ์)</translation>
    </message>
    <message>
        <source>Links to other records</source>
        <translation>ลิงก์ไปยังระเบียนอื่น</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>นำลิงก์ออก</translation>
    </message>
    <message>
        <source>Move part up</source>
        <translation>เลื่อนส่วนขึ้น</translation>
    </message>
    <message>
        <source>Move part down</source>
        <translation>เลื่อนส่วนลง</translation>
    </message>
    <message>
        <source>Set the number</source>
        <translation>กำหนดหมายเลข</translation>
    </message>
    <message>
        <source>Give the selected part the number typed below</source>
        <translation>ให้ส่วนที่เลือกใช้หมายเลขที่พิมพ์ด้านล่าง</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>ชนิดของลิงก์</translation>
    </message>
    <message>
        <source>No. (3, 2022 Q1)</source>
        <translation>ฉบับที่ (3, 2022 Q1)</translation>
    </message>
    <message>
        <source>Number in the series</source>
        <translation>หมายเลขในชุด</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>เพิ่มลิงก์</translation>
    </message>
    <message>
        <source>Likely language versions (link only those that are):</source>
        <translation>ฉบับภาษาที่น่าจะเป็น (เชื่อมโยงเฉพาะที่ใช่):</translation>
    </message>
    <message>
        <source>Likely language versions</source>
        <translation>ฉบับภาษาที่น่าจะเป็น</translation>
    </message>
    <message>
        <source>Link as a language version</source>
        <translation>เชื่อมโยงเป็นฉบับภาษา</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>ฉบับที่ %1</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>เป็นส่วนของ: %1</translation>
    </message>
    <message>
        <source>Part: %1</source>
        <translation>ส่วน: %1</translation>
    </message>
    <message>
        <source>Language version: %1</source>
        <translation>ฉบับภาษา: %1</translation>
    </message>
    <message>
        <source>Replaces: %1</source>
        <translation>แทนที่: %1</translation>
    </message>
    <message>
        <source>Replaced by: %1</source>
        <translation>ถูกแทนที่ด้วย: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>เกี่ยวข้อง: %1</translation>
    </message>
    <message>
        <source>same web address but the language</source>
        <translation>ที่อยู่เว็บเดียวกัน ต่างแค่ภาษา</translation>
    </message>
    <message>
        <source>same identifier but the language</source>
        <translation>ตัวระบุเดียวกัน ต่างแค่ภาษา</translation>
    </message>
    <message>
        <source>same organization and year, another script</source>
        <translation>องค์กรและปีเดียวกัน ต่างอักษร</translation>
    </message>
    <message>
        <source>Cannot link</source>
        <translation>เชื่อมโยงไม่ได้</translation>
    </message>
</context>
<context>
    <name>RelationsFeature</name>
    <message>
        <source>One row per &amp;work</source>
        <translation>หนึ่งแถวต่อหนึ่ง&amp;งาน</translation>
    </message>
    <message>
        <source>Show the language versions of a work as one row, in your preferred language (Preferences); the counts then count works</source>
        <translation>แสดงฉบับภาษาต่าง ๆ ของงานเป็นแถวเดียว ในภาษาที่คุณต้องการ (การตั้งค่า) จำนวนจะนับเป็นงาน</translation>
    </message>
</context>
<context>
    <name>RelationsSection</name>
    <message>
        <source>Show “%1”</source>
        <translation>แสดง “%1”</translation>
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation>%1 (ในถังขยะ)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>ฉบับที่ %1</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>ถูกแทนที่ด้วย</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>มีในภาษา:</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <source>next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>เป็นส่วนของ:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>และอีก %1 รายการ</translation>
    </message>
    <message>
        <source>Parts of this series (%1)</source>
        <translation>ส่วนต่าง ๆ ของชุดนี้ (%1)</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>แทนที่:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>เกี่ยวข้อง:</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>, </source>
        <comment>between the parts of a summary (Arabic: its own comma)</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>เพิ่ม %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>ปรับปรุง %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>ข้าม %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>ไม่สำเร็จ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>ขัดแย้ง %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>links between records: %Ln added</source>
        <translation>
            <numerusform>ลิงก์ระหว่างระเบียน: เพิ่ม %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>ลบ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) read from %1</source>
        <translation>
            <numerusform>อ่าน %Ln ระเบียนจาก %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was written: %1</source>
        <translation>ทดลองเรียกใช้ ไม่มีการบันทึกใดๆ: %1</translation>
    </message>
    <message>
        <source>Cancelled, nothing was changed: %1</source>
        <translation>ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงใดๆ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>เขียน %Ln ระเบียนลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation>
            <numerusform>รับ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>ส่ง %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed for good</source>
        <translation>
            <numerusform>ลบถาวร %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>ไฟล์แนบ %Ln ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading list(s)</source>
        <translation>
            <numerusform>รายการอ่าน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>ลิงก์ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln vocabulary change(s)</source>
        <translation>
            <numerusform>การเปลี่ยนแปลงศัพท์ควบคุม %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>ความขัดแย้งที่ต้องแก้ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>ไม่มีความขัดแย้ง</translation>
    </message>
</context>
<context>
    <name>ResourceTable</name>
    <message>
        <source>Resources</source>
        <translation>ทรัพยากร</translation>
    </message>
    <message>
        <source>The resources that match the criteria; select one to read it below.</source>
        <translation>ทรัพยากรที่ตรงกับเกณฑ์ เลือกรายการเพื่ออ่านด้านล่าง</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>คอลัมน์</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>(also %1)</source>
        <translation>(มีใน %1 ด้วย)</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>เรียงตาม%1</translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1 (เรียงไม่ได้)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>author</source>
        <translation>ผู้แต่ง</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>สำนักพิมพ์</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>บรรณาธิการ</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>ผู้ให้ทุน</translation>
    </message>
</context>
<context>
    <name>SavedSearchesBox</name>
    <message>
        <source>Saved searches</source>
        <translation>การค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Enter or a click applies the saved search</source>
        <translation>กด Enter หรือคลิกเพื่อใช้การค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Save the current criteria to come back to them with one click.</source>
        <translation>บันทึกเกณฑ์ปัจจุบันไว้เพื่อกลับมาใช้ได้ในคลิกเดียว</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>บันทึก…</translation>
    </message>
    <message>
        <source>Save the current criteria under a name</source>
        <translation>บันทึกเกณฑ์ปัจจุบันโดยตั้งชื่อ</translation>
    </message>
    <message>
        <source>Save the current criteria</source>
        <translation>บันทึกเกณฑ์ปัจจุบัน</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>เปลี่ยนชื่อ…</translation>
    </message>
    <message>
        <source>Rename the selected saved search</source>
        <translation>เปลี่ยนชื่อการค้นหาที่บันทึกไว้ที่เลือก</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation>ลบการค้นหาที่บันทึกไว้ที่เลือก</translation>
    </message>
    <message>
        <source>(all resources)</source>
        <translation>(ทรัพยากรทั้งหมด)</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>ทรัพยากรทั้งหมด</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>บันทึกการค้นหา</translation>
    </message>
    <message>
        <source>Name for these criteria:</source>
        <translation>ชื่อของเกณฑ์เหล่านี้:</translation>
    </message>
    <message>
        <source>A saved search called “%1” exists. Replace its criteria?</source>
        <translation>มีการค้นหาที่บันทึกไว้ชื่อ “%1” แล้ว แทนที่เกณฑ์ของรายการนั้นหรือไม่</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>เปลี่ยนชื่อการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>ชื่อใหม่:</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>ลบการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>ลบการค้นหาที่บันทึกไว้ “%1” หรือไม่</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search failed: %1</source>
        <translation>ค้นหาไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation>นับจำนวนไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>StackAction</name>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Open shared catalogue</source>
        <translation>เปิดแคตตาล็อกที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <source>Address of the shared catalogue (postgresql://user@host:5432/name):</source>
        <translation>ที่อยู่ของแคตตาล็อกที่ใช้ร่วมกัน (postgresql://user@host:5432/name):</translation>
    </message>
    <message>
        <source>The address must start with postgresql://</source>
        <translation>ที่อยู่ต้องขึ้นต้นด้วย postgresql://</translation>
    </message>
    <message>
        <source>Offline copy made</source>
        <translation>ทำสำเนาออฟไลน์แล้ว</translation>
    </message>
    <message>
        <source>Open the offline copy %1 now?</source>
        <translation>เปิดสำเนาออฟไลน์ %1 ตอนนี้หรือไม่</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>%1.
Password:</source>
        <translation>%1
รหัสผ่าน:</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>ซิงค์ล่าสุด %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>ยังไม่เคยซิงค์</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>ถูกขัดจังหวะ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source> (last attempt %1)</source>
        <translation> (ครั้งล่าสุด: %1)</translation>
    </message>
    <message>
        <source>Offline copy of %1 · %2</source>
        <translation>สำเนาออฟไลน์ของ %1 · %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ซิงค์</translation>
    </message>
    <message>
        <source>This catalogue is not an offline copy.</source>
        <translation>แคตตาล็อกนี้ไม่ใช่สำเนาออฟไลน์</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>ซิงค์ตอนนี้(&amp;S)</translation>
    </message>
    <message>
        <source>Keep &amp;this copy&apos;s</source>
        <translation>เก็บฉบับของสำเนานี้(&amp;T)</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s</source>
        <translation>ใช้ฉบับของเซิร์ฟเวอร์(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge field by field…</source>
        <translation>รวมทีละเขตข้อมูล(&amp;M)…</translation>
    </message>
    <message>
        <source>Changed on both sides since the last sync (nothing was overwritten):</source>
        <translation>ถูกแก้ไขทั้งสองฝั่งหลังการซิงค์ครั้งล่าสุด (ไม่มีการเขียนทับ):</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงค์…</translation>
    </message>
    <message>
        <source>Pulled only: %1.</source>
        <translation>ดึงข้อมูลอย่างเดียว: %1</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>ซิงค์แล้ว: %1</translation>
    </message>
    <message>
        <source>%1  —  this copy: version %2, server: version %3</source>
        <translation>%1  —  สำเนานี้: ฉบับที่ %2, เซิร์ฟเวอร์: ฉบับที่ %3</translation>
    </message>
    <message>
        <source>Resolved: the choice is sent at the next sync.</source>
        <translation>แก้แล้ว: จะส่งตัวเลือกไปในการซิงค์ครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>SyntaxHelp</name>
    <message>
        <source>resource type (type:report)</source>
        <translation>ประเภททรัพยากร (type:report)</translation>
    </message>
    <message>
        <source>theme (theme:housing)</source>
        <translation>ประเด็น (theme:housing)</translation>
    </message>
    <message>
        <source>region, including its member countries (region:ASEAN)</source>
        <translation>ภูมิภาค รวมถึงประเทศสมาชิก (region:ASEAN)</translation>
    </message>
    <message>
        <source>country by name or ISO code (country:Thailand, country:TH)</source>
        <translation>ประเทศ ตามชื่อหรือรหัส ISO (country:ไทย, country:TH)</translation>
    </message>
    <message>
        <source>language by name or ISO code (language:Thai, lang:th)</source>
        <translation>ภาษา ตามชื่อหรือรหัส ISO (language:ไทย, lang:th)</translation>
    </message>
    <message>
        <source>organization by name or acronym (org:ILO)</source>
        <translation>องค์กร ตามชื่อหรืออักษรย่อ (org:ILO)</translation>
    </message>
    <message>
        <source>free keyword (keyword:&quot;wage arrears&quot;, kw:...)</source>
        <translation>คำสำคัญอิสระ (keyword:&quot;wage arrears&quot;, kw:...)</translation>
    </message>
    <message>
        <source>publication year (year:2020, year:2020..2022, year:&gt;=2018, year:&lt;2000, year:none)</source>
        <translation>ปีที่พิมพ์ (year:2020, year:2020..2022, year:&gt;=2018, year:&lt;2000, year:none)</translation>
    </message>
    <message>
        <source>when the record was added (added:&gt;=2026-01-01, added:&lt;30d, added:2026-03, added:today)</source>
        <translation>เวลาที่เพิ่มระเบียน (added:&gt;=2026-01-01, added:&lt;30d, added:2026-03, added:today)</translation>
    </message>
    <message>
        <source>when the record was last changed (updated:today, updated:&lt;7d)</source>
        <translation>เวลาที่แก้ไขระเบียนล่าสุด (updated:today, updated:&lt;7d)</translation>
    </message>
    <message>
        <source>records with an attachment, summary, DOI, document text, year, country... (has:attachment, has:doi, has:text)</source>
        <translation>ระเบียนที่มีไฟล์แนบ สาระสังเขป DOI ข้อความในเอกสาร ปี ประเทศ... (has:attachment, has:doi, has:text)</translation>
    </message>
    <message>
        <source>records without one, as the quality lists (no:year, no:country, no:summary)</source>
        <translation>ระเบียนที่ไม่มีสิ่งนั้น เช่นเดียวกับรายการต้องตรวจสอบ (no:year, no:country, no:summary)</translation>
    </message>
    <message>
        <source>records in the trash or likely duplicates (is:trash, is:duplicate)</source>
        <translation>ระเบียนในถังขยะหรือระเบียนที่น่าจะซ้ำ (is:trash, is:duplicate)</translation>
    </message>
    <message>
        <source>records on a reading list (in:&quot;Workshop list&quot;)</source>
        <translation>ระเบียนในรายการอ่าน (in:&quot;Workshop list&quot;)</translation>
    </message>
    <message>
        <source>the parts of a series, by words of its title (series:&quot;TRIANGLE in ASEAN&quot;)</source>
        <translation>ส่วนต่าง ๆ ของชุด ค้นด้วยคำในชื่อชุด (series:&quot;TRIANGLE in ASEAN&quot;)</translation>
    </message>
    <message>
        <source>words in the attached documents only (text:fees, text:&quot;recruitment fees&quot;, -text:draft)</source>
        <translation>คำในเอกสารที่แนบเท่านั้น (text:fees, text:&quot;recruitment fees&quot;, -text:draft)</translation>
    </message>
    <message>
        <source>records containing words starting with &quot;housing&quot; and &quot;migrant&quot;</source>
        <translation>ระเบียนที่มีคำขึ้นต้นด้วย &quot;housing&quot; และ &quot;migrant&quot;</translation>
    </message>
    <message>
        <source>the exact words in this order</source>
        <translation>คำเหล่านี้ตรงตัวตามลำดับนี้</translation>
    </message>
    <message>
        <source>leave out records that mention covid</source>
        <translation>ยกเว้นระเบียนที่กล่าวถึง covid</translation>
    </message>
    <message>
        <source>a field filter; several values of one field mean OR: country:TH,MY</source>
        <translation>ตัวกรองตามเขตข้อมูล หลายค่าในเขตเดียวหมายถึง หรือ: country:TH,MY</translation>
    </message>
    <message>
        <source>leave out records with these values</source>
        <translation>ตัดระเบียนที่มีค่าเหล่านี้ออก</translation>
    </message>
    <message>
        <source>either term; terms side by side must all match (AND)</source>
        <translation>ตรงกับคำใดคำหนึ่ง คำที่วางเรียงกันต้องตรงทั้งหมด (AND)</translation>
    </message>
    <message>
        <source>leave out what matches a term or a group</source>
        <translation>ตัดสิ่งที่ตรงกับคำหรือกลุ่มออก</translation>
    </message>
    <message>
        <source>parentheses group terms of any fields</source>
        <translation>วงเล็บใช้จัดกลุ่มคำของเขตข้อมูลใดก็ได้</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>ไวยากรณ์การค้นหา</translation>
    </message>
    <message>
        <source>Field names and values ignore case; countries and languages also match ISO codes and their names in Thai, Vietnamese and Arabic.</source>
        <translation>ชื่อเขตข้อมูลและค่าไม่สนตัวพิมพ์เล็กใหญ่ ประเทศและภาษาตรงกับรหัส ISO และชื่อภาษาไทย เวียดนาม และอาหรับด้วย</translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation>ตัวอย่าง: {example}</translation>
    </message>
</context>
<context>
    <name>SyntaxHelpDialog</name>
    <message>
        <source>Type words to find resources that contain them, and add field filters to narrow the results. Ticking a value under Criteria writes the same filter into the search box; Ctrl-click a value to leave it out.</source>
        <translation>พิมพ์คำเพื่อค้นหาทรัพยากรที่มีคำนั้น และเพิ่มตัวกรองตามเขตข้อมูลเพื่อจำกัดผลลัพธ์ การเลือกค่าในเกณฑ์จะเขียนตัวกรองเดียวกันลงในช่องค้นหา Ctrl-คลิกที่ค่าเพื่อตัดค่านั้นออก</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>ไวยากรณ์การค้นหา</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Cannot undo</source>
        <translation>เลิกทำไม่ได้</translation>
    </message>
    <message>
        <source>A record in this step was removed for good, so the step cannot be undone or redone.</source>
        <translation>มีระเบียนในขั้นตอนนี้ถูกลบอย่างถาวรแล้ว จึงเลิกทำหรือทำซ้ำขั้นตอนนี้ไม่ได้</translation>
    </message>
    <message>
        <source>A record changed after this step (in another window or program), so the step was not undone or redone, to keep that change. Its history still has every version.</source>
        <translation>มีระเบียนถูกเปลี่ยนหลังขั้นตอนนี้ (ในหน้าต่างหรือโปรแกรมอื่น) จึงไม่ได้เลิกทำหรือทำซ้ำ เพื่อรักษาการเปลี่ยนแปลงนั้นไว้ ประวัติยังเก็บไว้ทุกฉบับ</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An ISBN-10 has nine digits and a final digit or X.</source>
        <translation>ISBN-10 มีเลขเก้าหลักตามด้วยเลขหรือ X</translation>
    </message>
    <message>
        <source>This ISBN-10 has a wrong check digit: please check for a typo.</source>
        <translation>ISBN-10 นี้มีเลขตรวจสอบผิด โปรดตรวจดูว่าพิมพ์ผิดหรือไม่</translation>
    </message>
    <message>
        <source>An ISBN-13 has digits only.</source>
        <translation>ISBN-13 มีแต่ตัวเลขเท่านั้น</translation>
    </message>
    <message>
        <source>An ISBN-13 starts with 978 or 979.</source>
        <translation>ISBN-13 ขึ้นต้นด้วย 978 หรือ 979</translation>
    </message>
    <message>
        <source>This ISBN-13 has a wrong check digit: please check for a typo.</source>
        <translation>ISBN-13 นี้มีเลขตรวจสอบผิด โปรดตรวจดูว่าพิมพ์ผิดหรือไม่</translation>
    </message>
    <message>
        <source>An ISBN has 10 or 13 digits; this one has {count}.</source>
        <translation>ISBN มี 10 หรือ 13 หลัก แต่รายการนี้มี {count} หลัก</translation>
    </message>
    <message>
        <source>A DOI looks like 10.1234/abc-567 (a doi.org link is accepted too).</source>
        <translation>DOI มีรูปแบบเช่น 10.1234/abc-567 (ใช้ลิงก์ doi.org ก็ได้)</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>ที่อยู่เว็บต้องไม่มีช่องว่าง</translation>
    </message>
    <message>
        <source>This web address cannot be read.</source>
        <translation>อ่านที่อยู่เว็บนี้ไม่ได้</translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://.</source>
        <translation>ที่อยู่เว็บขึ้นต้นด้วย http:// หรือ https://</translation>
    </message>
    <message>
        <source>This web address has no valid site name (e.g. www.ilo.org).</source>
        <translation>ที่อยู่เว็บนี้ไม่มีชื่อเว็บไซต์ที่ถูกต้อง (เช่น www.ilo.org)</translation>
    </message>
    <message>
        <source>The year must be between {first} and {last}.</source>
        <translation>ปีต้องอยู่ระหว่าง {first} ถึง {last}</translation>
    </message>
    <message>
        <source>A month needs a year.</source>
        <translation>ต้องระบุปีก่อนจึงระบุเดือนได้</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>เดือนต้องอยู่ระหว่าง 1 ถึง 12</translation>
    </message>
    <message>
        <source>A day needs a valid month.</source>
        <translation>ต้องระบุเดือนที่ถูกต้องก่อนจึงระบุวันได้</translation>
    </message>
    <message>
        <source>{month_name} {year} has days 1 to {days}.</source>
        <translation>เดือน {month}/{year} มีวันที่ 1 ถึง {days}</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>ต้องระบุชื่อเรื่อง</translation>
    </message>
    <message>
        <source>An organization needs a name.</source>
        <translation>องค์กรต้องมีชื่อ</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos; for {name}.</source>
        <translation>ไม่รู้จักบทบาท &apos;{role}&apos; ของ {name}</translation>
    </message>
</context>
<context>
    <name>ValuePicker</name>
    <message>
        <source>&apos;%1&apos; is not in the list: choose a suggestion or clear the text.</source>
        <translation>&apos;%1&apos; ไม่อยู่ในรายการ: เลือกจากที่แนะนำ หรือล้างข้อความ</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>นำ %1 ออก</translation>
    </message>
</context>
<context>
    <name>VersionConflictDialog</name>
    <message>
        <source>This record changed while you were editing it</source>
        <translation>ระเบียนนี้ถูกเปลี่ยนระหว่างที่คุณแก้ไข</translation>
    </message>
    <message>
        <source>The record was removed for good while you were editing it. You can save what you typed as a new record.</source>
        <translation>ระเบียนนี้ถูกลบอย่างถาวรระหว่างที่คุณแก้ไข คุณบันทึกสิ่งที่พิมพ์เป็นระเบียนใหม่ได้</translation>
    </message>
    <message>
        <source>You opened version %1; version %2 was saved since (in another window or program). Nothing has been overwritten. Choose which version to keep; history keeps the other.</source>
        <translation>คุณเปิดฉบับที่ %1 แต่มีการบันทึกฉบับที่ %2 หลังจากนั้น (ในหน้าต่างหรือโปรแกรมอื่น) ยังไม่มีการเขียนทับ เลือกฉบับที่จะเก็บ ประวัติจะเก็บอีกฉบับไว้</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>เก็บของฉัน(&amp;M)</translation>
    </message>
    <message>
        <source>Use the &amp;saved version</source>
        <translation>ใช้ฉบับที่บันทึกไว้(&amp;S)</translation>
    </message>
    <message>
        <source>Save as &amp;new record</source>
        <translation>บันทึกเป็นระเบียนใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>กลับไปแก้ไข(&amp;B)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>เขตข้อมูล</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>ของคุณ (ยังไม่บันทึก)</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>ที่บันทึกระหว่างนั้น</translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Resource types</source>
        <translation>ประเภททรัพยากร</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>องค์กร</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>อักษรย่อ</translation>
    </message>
    <message>
        <source>Vocabularies</source>
        <translation>ศัพท์ควบคุม</translation>
    </message>
    <message>
        <source>Filter the values</source>
        <translation>กรองค่า</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>กรอง…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Short form</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>ใช้โดย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Values of the vocabulary</source>
        <translation>ค่าในศัพท์ควบคุม</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>เพิ่ม(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>เปลี่ยนชื่อ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>รวมเข้ากับ(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>เลิกใช้(&amp;T)</translation>
    </message>
    <message>
        <source>Retired values stay on their records but are no longer offered in the editor.</source>
        <translation>ค่าที่เลิกใช้ยังอยู่ในระเบียนเดิม แต่จะไม่แสดงให้เลือกในหน้าแก้ไขอีก</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>นำกลับมาใช้(&amp;B)</translation>
    </message>
    <message>
        <source>Add to the list: %1</source>
        <translation>เพิ่มในรายการ: %1</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>เปลี่ยนชื่อ “%1”</translation>
    </message>
    <message>
        <source>choose the value to merge into from the suggestions</source>
        <translation>เลือกค่าที่จะรวมเข้าจากรายการที่แนะนำ</translation>
    </message>
</context>
<context>
    <name>WaitForWriterDialog</name>
    <message>
        <source>Waiting for another import to finish…</source>
        <translation>กำลังรอให้การนำเข้าอื่นเสร็จสิ้น…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Catalogue busy</source>
        <translation>แคตตาล็อกไม่ว่าง</translation>
    </message>
    <message>
        <source>Waiting for another import to finish</source>
        <translation>กำลังรอให้การนำเข้าอื่นเสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New catalogue…</source>
        <translation>แคตตาล็อกใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a catalogue in a new file</source>
        <translation>สร้างแคตตาล็อกในไฟล์ใหม่</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>เปิดแคตตาล็อก(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another catalogue file</source>
        <translation>เปิดไฟล์แคตตาล็อกอื่น</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Open &amp;shared catalogue…</source>
        <translation>เปิดแคตตาล็อกที่ใช้ร่วมกัน(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a catalogue on a PostgreSQL server</source>
        <translation>เปิดแคตตาล็อกบนเซิร์ฟเวอร์ PostgreSQL</translation>
    </message>
    <message>
        <source>Make offline &amp;copy…</source>
        <translation>ทำสำเนาออฟไลน์(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy a shared catalogue to this computer, to work without a network</source>
        <translation>คัดลอกแคตตาล็อกที่ใช้ร่วมกันมาไว้ในคอมพิวเตอร์นี้ เพื่อทำงานโดยไม่ต้องใช้เครือข่าย</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>ซิงค์ตอนนี้(&amp;Y)</translation>
    </message>
    <message>
        <source>Send this copy&apos;s changes to the shared catalogue and take everyone else&apos;s</source>
        <translation>ส่งการเปลี่ยนแปลงของสำเนานี้ไปยังแคตตาล็อกที่ใช้ร่วมกัน และรับของคนอื่นมา</translation>
    </message>
    <message>
        <source>Sync (pu&amp;ll only)</source>
        <translation>ซิงค์ (ดึงอย่างเดียว)(&amp;L)</translation>
    </message>
    <message>
        <source>Take the shared catalogue&apos;s changes without sending this copy&apos;s</source>
        <translation>รับการเปลี่ยนแปลงของแคตตาล็อกที่ใช้ร่วมกันโดยไม่ส่งของสำเนานี้</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า(&amp;I)…</translation>
    </message>
    <message>
        <source>Add resources from a file (CSV, RIS, BibTeX, JSON, Excel)</source>
        <translation>เพิ่มทรัพยากรจากไฟล์ (CSV, RIS, BibTeX, JSON, Excel)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ส่งออก(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the shown or selected resources to a file</source>
        <translation>บันทึกทรัพยากรที่แสดงหรือที่เลือกลงไฟล์</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Export as &amp;web page…</source>
        <translation>ส่งออกเป็นหน้าเว็บ(&amp;W)…</translation>
    </message>
    <message>
        <source>Publish the catalogue, the result or a reading list as a page that opens in any browser, offline</source>
        <translation>เผยแพร่แคตตาล็อก ผลลัพธ์ หรือรายการอ่าน เป็นหน้าที่เปิดได้ในเบราว์เซอร์ใดก็ได้แบบออฟไลน์</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>Export &amp;selection…</source>
        <translation>ส่งออกส่วนที่เลือก(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the selected resources to a file (CSV, RIS, BibTeX, JSON, Excel)</source>
        <translation>บันทึกทรัพยากรที่เลือกลงไฟล์ (CSV, RIS, BibTeX, JSON, Excel)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ค้นหา(&amp;S)</translation>
    </message>
    <message>
        <source>Go to the search box (Ctrl+F)</source>
        <translation>ไปที่ช่องค้นหา (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear all criteria</source>
        <translation>ล้างเกณฑ์ทั้งหมด(&amp;C)</translation>
    </message>
    <message>
        <source>Remove every criterion and show all resources</source>
        <translation>นำเกณฑ์ออกทั้งหมดและแสดงทรัพยากรทั้งหมด</translation>
    </message>
    <message>
        <source>Clear criteria</source>
        <translation>ล้างเกณฑ์</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>เกณฑ์(&amp;C)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Show or hide the criteria (Ctrl+Shift+C)</source>
        <translation>แสดงหรือซ่อนเกณฑ์ (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>คลัง(&amp;L)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>คลัง</translation>
    </message>
    <message>
        <source>Show or hide the library: all resources, reading lists, trash (Ctrl+Shift+L)</source>
        <translation>แสดงหรือซ่อนคลัง: ทรัพยากรทั้งหมด รายการอ่าน ถังขยะ (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Go to the library</source>
        <translation>ไปที่คลัง(&amp;G)</translation>
    </message>
    <message>
        <source>Put the keyboard in the library&apos;s places (Ctrl+L)</source>
        <translation>ย้ายแป้นพิมพ์ไปที่ตำแหน่งในคลัง (Ctrl+L)</translation>
    </message>
    <message>
        <source>Go to the &amp;results</source>
        <translation>ไปที่ผลลัพธ์(&amp;R)</translation>
    </message>
    <message>
        <source>Put the keyboard in the table of resources (Ctrl+T)</source>
        <translation>ย้ายแป้นพิมพ์ไปที่ตารางทรัพยากร (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation>บานรายละเอียด(&amp;D)</translation>
    </message>
    <message>
        <source>Search &amp;syntax</source>
        <translation>ไวยากรณ์การค้นหา(&amp;S)</translation>
    </message>
    <message>
        <source>How to write a search (F1)</source>
        <translation>วิธีเขียนคำค้น (F1)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>&amp;About Resource Catalogue</source>
        <translation>เกี่ยวกับแคตตาล็อกทรัพยากร(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>แฟ้ม(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recent catalogues</source>
        <translation>แคตตาล็อกล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>คอลัมน์(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>รายการ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>เครื่องมือ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
</context>
<context>
    <name>WindowFeatures</name>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>กำลังค้นหาระเบียนที่น่าจะซ้ำ…</translation>
    </message>
    <message>
        <source>Could not compare the records: %1</source>
        <translation>เปรียบเทียบระเบียนไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>WriteFailures</name>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1 ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>ไม่ได้ดำเนินการ</translation>
    </message>
</context>
<context>
    <name>YearBox</name>
    <message>
        <source>From year</source>
        <translation>ตั้งแต่ปี</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>ถึงปี</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Only resources without a year</source>
        <translation>เฉพาะทรัพยากรที่ไม่ระบุปี</translation>
    </message>
    <message>
        <source>Years in these results: %1–%2</source>
        <translation>ปีในผลลัพธ์นี้: %1–%2</translation>
    </message>
    <message>
        <source>Year in these results: %1</source>
        <translation>ปีในผลลัพธ์นี้: %1</translation>
    </message>
    <message>
        <source>No dated resources in these results</source>
        <translation>ไม่มีทรัพยากรที่ระบุปีในผลลัพธ์นี้</translation>
    </message>
    <message>
        <source>Only resources without a year (%1)</source>
        <translation>เฉพาะทรัพยากรที่ไม่ระบุปี (%1)</translation>
    </message>
</context>
<context>
    <name>_Choice</name>
    <message>
        <source>Keep: %1</source>
        <translation>เก็บ: %1</translation>
    </message>
</context>
<context>
    <name>_ListTexts</name>
    <message numerus="yes">
        <source>Reading %Ln resource(s)…</source>
        <translation>
            <numerusform>กำลังอ่านทรัพยากร %Ln รายการ…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MergeTargetDialog</name>
    <message>
        <source>Merge into…</source>
        <translation>รวมเข้ากับ…</translation>
    </message>
    <message numerus="yes">
        <source>Every record using “%1” (%Ln resource(s)) will use the value you choose instead, and “%1” leaves the list. This can be undone.</source>
        <translation>
            <numerusform>ทุกระเบียนที่ใช้ “%1” (%Ln ทรัพยากร) จะเปลี่ยนไปใช้ค่าที่คุณเลือก และ “%1” จะออกจากรายการ เลิกทำได้</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find the value to keep…</source>
        <translation>พิมพ์เพื่อค้นหาค่าที่จะเก็บ…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>รวม(&amp;M)</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>_RunningDialog</name>
    <message>
        <source>Not done: %1</source>
        <translation>ไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>_StatusText</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s)</source>
        <translation>
            <numerusform>แสดง %1 จาก %Ln ทรัพยากร</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) in the trash</source>
        <translation>
            <numerusform>แสดง %1 จาก %Ln ทรัพยากรในถังขยะ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) in the reading list “%2”</source>
        <translation>
            <numerusform>แสดง %1 จาก %Ln ทรัพยากรในรายการอ่าน “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) on the list “%2”</source>
        <translation>
            <numerusform>แสดง %1 จาก %Ln ทรัพยากรในรายการ “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncTexts</name>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>ขัดแย้ง %Ln</numerusform>
        </translation>
    </message>
</context>
</TS>
