<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>About</name>
    <message>
        <source>Built %1 for %2</source>
        <translation>Bản dựng %1 cho %2</translation>
    </message>
    <message>
        <source>Running from the source code</source>
        <translation>Đang chạy từ mã nguồn</translation>
    </message>
    <message>
        <source>An offline catalogue of documents on labour migration: search, filter, read, edit, import and export, without a network.</source>
        <translation>Danh mục ngoại tuyến các tài liệu về di cư lao động: tìm kiếm, lọc, đọc, sửa, nhập và xuất, không cần mạng.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>The Noto fonts shipped with it are under the SIL Open Font License.</source>
        <translation>Các phông chữ Noto đi kèm được cấp phép theo SIL Open Font License.</translation>
    </message>
    <message>
        <source>About Resource Catalogue</source>
        <translation>Giới thiệu Danh mục tài liệu</translation>
    </message>
</context>
<context>
    <name>AddDocumentsDialog</name>
    <message>
        <source>Add documents</source>
        <translation>Thêm văn bản</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will become new records with the file attached.</source>
        <translation>
            <numerusform>%n tệp sẽ thành biểu ghi mới, kèm tệp đính kèm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are left out (see the last column).</source>
        <translation>
            <numerusform>%n tệp bị bỏ qua (xem cột cuối).</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nhan đề</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
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
        <translation>Từ khóa</translation>
    </message>
    <message>
        <source>Summary (from the file&apos;s subject)</source>
        <translation>Tóm tắt (từ chủ đề của tệp)</translation>
    </message>
    <message>
        <source>Use the suggested:</source>
        <translation>Dùng các gợi ý:</translation>
    </message>
    <message>
        <source>Untick to leave this field empty in the new records: %1</source>
        <translation>Bỏ đánh dấu để để trống trường này trong các biểu ghi mới: %1</translation>
    </message>
    <message>
        <source>Files to add</source>
        <translation>Các tệp sẽ thêm</translation>
    </message>
    <message>
        <source>Add file</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>DOI / ISBN / ISSN</source>
        <translation>DOI / ISBN / ISSN</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Where the suggestions come from</source>
        <translation>Nguồn của các gợi ý</translation>
    </message>
    <message>
        <source>Reading list for the new records</source>
        <translation>Danh sách đọc cho các biểu ghi mới</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Also put them on the reading list:</source>
        <translation>Đồng thời đưa vào danh sách đọc:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s)</source>
        <translation>
            <numerusform>Thêm %n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Từ: %1</translation>
    </message>
    <message>
        <source>already in the catalogue (same file)</source>
        <translation>đã có trong danh mục (cùng tệp)</translation>
    </message>
    <message>
        <source>the same file is listed earlier</source>
        <translation>tệp này đã có ở dòng trên</translation>
    </message>
    <message>
        <source>added, but its text cannot be read: %1</source>
        <translation>đã thêm, nhưng không đọc được nội dung: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Resource Catalogue</source>
        <translation>Danh mục tài liệu</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls *.xlsx *.ppt *.pptx *.epub);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls *.xlsx *.ppt *.pptx *.epub);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source> — missing from the attachments folder</source>
        <translation> — không có trong thư mục tệp đính kèm</translation>
    </message>
    <message>
        <source> — changed on disk since it was attached</source>
        <translation> — đã thay đổi trên đĩa từ khi đính kèm</translation>
    </message>
    <message>
        <source>No attachments. Add a PDF or other file to keep a copy with the catalogue.</source>
        <translation>Chưa có tệp đính kèm. Thêm tệp PDF hoặc tệp khác để lưu một bản cùng danh mục.</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>Không đính kèm được</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang xử lý</translation>
    </message>
</context>
<context>
    <name>Bibliography</name>
    <message>
        <source>HTML page</source>
        <translation>Trang HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Văn bản thuần</translation>
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
        <translation>Không nhóm</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>List order</source>
        <translation>Theo thứ tự danh sách</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nhan đề</translation>
    </message>
    <message>
        <source>Year (newest first)</source>
        <translation>Năm (mới nhất trước)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
</context>
<context>
    <name>BibliographyDialog</name>
    <message>
        <source>Preview: the page as it will be written</source>
        <translation>Xem trước: trang đúng như khi được ghi</translation>
    </message>
    <message>
        <source>Preview: the document&apos;s content and styling (Word lays out the pages)</source>
        <translation>Xem trước: nội dung và định dạng của văn bản (Word tự dàn trang)</translation>
    </message>
    <message>
        <source>Preview: the document&apos;s content; Print preview shows the PDF&apos;s pages</source>
        <translation>Xem trước: nội dung văn bản; Xem trước khi in cho thấy các trang PDF</translation>
    </message>
    <message>
        <source>Preview: the exact text of the file</source>
        <translation>Xem trước: đúng nội dung chữ của tệp</translation>
    </message>
    <message>
        <source>Export bibliography — %1</source>
        <translation>Xuất thư mục tài liệu — %1</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Không xem trước được: %1</translation>
    </message>
    <message>
        <source>Include &amp;summaries</source>
        <translation>Kèm &amp;tóm tắt</translation>
    </message>
    <message>
        <source>Include the list&apos;s &amp;notes</source>
        <translation>Kèm &amp;ghi chú của danh sách</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;Citation style:</source>
        <translation>&amp;Kiểu trích dẫn:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Nhóm theo:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>&amp;Sắp xếp theo:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) from “%1”</source>
        <translation>
            <numerusform>%Ln tài liệu từ “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the exported bibliography</source>
        <translation>Xem trước thư mục tài liệu sẽ xuất</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Xem t&amp;rước khi in…</translation>
    </message>
    <message numerus="yes">
        <source>Formatting %Ln reference(s)…</source>
        <translation>
            <numerusform>Đang định dạng %Ln tài liệu tham khảo…</numerusform>
        </translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>Thư mục tài liệu</translation>
    </message>
    <message>
        <source>Could not format the references: %1</source>
        <translation>Không định dạng được tài liệu tham khảo: %1</translation>
    </message>
    <message>
        <source>Formatting the preview…</source>
        <translation>Đang định dạng bản xem trước…</translation>
    </message>
    <message numerus="yes">
        <source> — the first %1 of %Ln references; all are written</source>
        <translation>
            <numerusform> — %1 mục đầu trong %Ln tài liệu tham khảo; tất cả đều được ghi</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bibliography</source>
        <translation>Xuất thư mục tài liệu</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Add a value</source>
        <translation>Thêm một giá trị</translation>
    </message>
    <message>
        <source>Remove a value</source>
        <translation>Gỡ một giá trị</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Đặt giá trị</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Tìm và thay thế</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %Ln resource(s)</source>
        <translation>
            <numerusform>Sửa hàng loạt %Ln tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>Xem trước thay đổi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nhan đề</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Tha&amp;y đổi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Type to find a value…</source>
        <translation>Gõ để tìm giá trị…</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>T&amp;rường</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Giá trị</translation>
    </message>
    <message>
        <source>Type to find a value (empty type: no type)…</source>
        <translation>Gõ để tìm giá trị (để trống: không có loại)…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Thàn&amp;h</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression (\1 in the replacement is the first group)</source>
        <translation>Biểu thức chính &amp;quy (\1 trong phần thay thế là nhóm đầu tiên)</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>Phân biệt h&amp;oa thường</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>Tì&amp;m</translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation>Thay &amp;bằng</translation>
    </message>
    <message>
        <source>choose a value from the suggestions</source>
        <translation>hãy chọn một giá trị trong gợi ý</translation>
    </message>
    <message>
        <source>type the value to add</source>
        <translation>hãy gõ giá trị cần thêm</translation>
    </message>
    <message>
        <source>type the value to remove</source>
        <translation>hãy gõ giá trị cần gỡ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) of %1 will change.</source>
        <translation>
            <numerusform>%Ln trong %1 tài liệu sẽ thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) would become invalid (shown in the After column): fix the change first.</source>
        <translation>
            <numerusform>%Ln tài liệu sẽ trở nên không hợp lệ (xem cột Sau): hãy sửa thay đổi trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: every selected resource already has this.</source>
        <translation>Không có gì để thay đổi: mọi tài liệu đã chọn đều đã có giá trị này.</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Sửa hàng loạt</translation>
    </message>
</context>
<context>
    <name>ChipsBar</name>
    <message>
        <source>Showing all resources. Type in Search or tick values under Criteria to narrow them.</source>
        <translation>Đang hiển thị mọi tài liệu. Gõ vào ô Tìm kiếm hoặc đánh dấu giá trị trong Tiêu chí để thu hẹp.</translation>
    </message>
    <message>
        <source>Type in Search or tick values under Criteria to narrow them.</source>
        <translation>Gõ vào ô Tìm kiếm hoặc đánh dấu giá trị trong Tiêu chí để thu hẹp.</translation>
    </message>
    <message>
        <source>Active criteria</source>
        <translation>Tiêu chí đang áp dụng</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Clear all criteria</source>
        <translation>Xóa mọi tiêu chí</translation>
    </message>
    <message>
        <source>Remove every criterion (Esc in the search box clears it too)</source>
        <translation>Bỏ mọi tiêu chí (phím Esc trong ô tìm kiếm cũng xóa được)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Tìm: %1</translation>
    </message>
    <message>
        <source>Leave out: %1</source>
        <translation>Loại trừ: %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>không phải %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>document text: %1</source>
        <translation>văn bản tài liệu: %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>thêm %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>có %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>không có %1</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>trong thùng rác</translation>
    </message>
    <message>
        <source>likely duplicates</source>
        <translation>biểu ghi có thể trùng</translation>
    </message>
    <message>
        <source>on the list “%1”</source>
        <translation>trong danh sách “%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Bỏ “%1”</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Bỏ %1</translation>
    </message>
</context>
<context>
    <name>CollapsibleBox</name>
    <message>
        <source>%1: show or hide</source>
        <translation>%1: hiện hoặc ẩn</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Clear the criteria under %1</source>
        <translation>Xóa tiêu chí trong %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%Ln selected)</source>
        <translation>
            <numerusform>%1  (đã chọn %Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Store as</source>
        <translation>Lưu thành</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation>Nhan đề</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
</context>
<context>
    <name>ConflictMergeDialog</name>
    <message>
        <source>Merge field by field</source>
        <translation>Hợp nhất từng trường</translation>
    </message>
    <message>
        <source>&lt;b&gt;This copy&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bản sao này&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared catalogue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Danh mục dùng chung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Both changed this record since the last sync. Choose, field by field, the value to keep; the result is sent at the next sync and history keeps both versions.</source>
        <translation>Cả hai bên đều đã sửa biểu ghi này từ lần đồng bộ trước. Hãy chọn giá trị cần giữ cho từng trường; kết quả được gửi ở lần đồng bộ sau và lịch sử giữ cả hai phiên bản.</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>cannot read year &apos;{value}&apos; at character {position}: use year:2020, year:2018..2022, year:&gt;=2018, year:&lt;2000 or year:none</source>
        <translation>không đọc được năm &apos;{value}&apos; ở ký tự {position}: dùng year:2020, year:2018..2022, year:&gt;=2018, year:&lt;2000 hoặc year:none</translation>
    </message>
    <message>
        <source>cannot read date &apos;{value}&apos; at character {position}: use {field}:2026-01-31, {field}:2026-01, {field}:&gt;=2026-01-01, {field}:&lt;30d or {field}:today</source>
        <translation>không đọc được ngày &apos;{value}&apos; ở ký tự {position}: dùng {field}:2026-01-31, {field}:2026-01, {field}:&gt;=2026-01-01, {field}:&lt;30d hoặc {field}:today</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}:&apos; at character {position}; known fields are: {fields}</source>
        <translation>trường &apos;{name}:&apos; ở ký tự {position} không xác định; các trường đã biết: {fields}</translation>
    </message>
    <message>
        <source>unknown {field}:{value} at character {position}; use one of: {values}</source>
        <translation>không xác định {field}:{value} ở ký tự {position}; dùng một trong: {values}</translation>
    </message>
    <message>
        <source>&apos;)&apos; at character {position} closes no &apos;(&apos;</source>
        <translation>&apos;)&apos; ở ký tự {position} không đóng &apos;(&apos; nào</translation>
    </message>
    <message>
        <source>nothing before OR at character {position}</source>
        <translation>không có gì trước OR ở ký tự {position}</translation>
    </message>
    <message>
        <source>nothing before AND at character {position}</source>
        <translation>không có gì trước AND ở ký tự {position}</translation>
    </message>
    <message>
        <source>too many parentheses inside each other at character {position}</source>
        <translation>quá nhiều ngoặc lồng nhau ở ký tự {position}</translation>
    </message>
    <message>
        <source>cannot read this query ({reason}) at character {position}</source>
        <translation>không đọc được truy vấn này ({reason}) ở ký tự {position}</translation>
    </message>
    <message>
        <source>is:trash cannot be inside OR, NOT or parentheses: it says where to search</source>
        <translation>is:trash không thể nằm trong OR, NOT hay ngoặc: nó cho biết tìm ở đâu</translation>
    </message>
    <message>
        <source>series: and is:latest cannot be inside OR, NOT or parentheses</source>
        <translation>series: và is:latest không thể nằm trong OR, NOT hay ngoặc</translation>
    </message>
    <message>
        <source>no reading list is called &apos;{value}&apos;</source>
        <translation>không có danh sách đọc nào tên &apos;{value}&apos;</translation>
    </message>
</context>
<context>
    <name>CriteriaSidebar</name>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Remove every criterion and show all resources</source>
        <translation>Bỏ mọi tiêu chí và hiển thị tất cả tài liệu</translation>
    </message>
    <message>
        <source>Clear all criteria</source>
        <translation>Xóa mọi tiêu chí</translation>
    </message>
    <message>
        <source>The boxes below cannot show all of this search: %1. The chips above the results show it whole.</source>
        <translation>Các ô bên dưới không thể hiện hết tìm kiếm này: %1. Các thẻ phía trên kết quả hiện đầy đủ.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>publisher</source>
        <translation>nhà xuất bản</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>biên tập</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>nhà tài trợ</translation>
    </message>
    <message>
        <source>Show resources with %1: %2</source>
        <translation>Hiển thị tài liệu có %1: %2</translation>
    </message>
    <message>
        <source>vol. %1</source>
        <translation>tập %1</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>số %1</translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>tr. %1</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>không rõ năm</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the trash&lt;/b&gt; since %1</source>
        <translation>&lt;b&gt;Trong thùng rác&lt;/b&gt; từ %1</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>Không có tóm tắt.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Đăng trong</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Danh sách đọc</translation>
    </message>
    <message>
        <source>Show the reading list %1</source>
        <translation>Hiển thị danh sách đọc %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (bị thiếu)</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>Mở bằng trình xem của hệ thống</translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation>Mở trong trình duyệt web</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
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
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Chi tiết tài liệu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Select a resource in the table to read it here.</source>
        <translation>Chọn một tài liệu trong bảng để đọc tại đây.</translation>
    </message>
    <message>
        <source>↑ and ↓ move through the results; Ctrl+F goes to the search box.</source>
        <translation>↑ và ↓ di chuyển trong kết quả; Ctrl+F đến ô tìm kiếm.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s) selected.</source>
        <translation>
            <numerusform>Đã chọn %Ln tài liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single resource to read it. Ctrl+A selects every result.</source>
        <translation>Chọn một tài liệu để đọc. Ctrl+A chọn mọi kết quả.</translation>
    </message>
    <message>
        <source>This resource no longer exists.</source>
        <translation>Tài liệu này không còn nữa.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Changes to this resource, newest first</source>
        <translation>Các thay đổi của tài liệu này, mới nhất ở trên</translation>
    </message>
    <message>
        <source>Files kept with this resource</source>
        <translation>Các tệp lưu cùng tài liệu này</translation>
    </message>
    <message>
        <source>Who changed what, and when; restore an earlier version</source>
        <translation>Ai đã thay đổi gì, khi nào; khôi phục phiên bản trước</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Tệp đính kèm (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>file metadata</source>
        <translation>siêu dữ liệu của tệp</translation>
    </message>
    <message>
        <source>file metadata (creation date)</source>
        <translation>siêu dữ liệu của tệp (ngày tạo)</translation>
    </message>
    <message>
        <source>first page</source>
        <translation>trang đầu</translation>
    </message>
    <message>
        <source>first pages</source>
        <translation>các trang đầu</translation>
    </message>
    <message>
        <source>first pages (copyright)</source>
        <translation>các trang đầu (bản quyền)</translation>
    </message>
    <message>
        <source>first pages (check digit valid)</source>
        <translation>các trang đầu (số kiểm tra hợp lệ)</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>tên tệp</translation>
    </message>
    <message>
        <source>script and common words</source>
        <translation>chữ viết và các từ thông dụng</translation>
    </message>
    <message>
        <source>named in the first pages</source>
        <translation>được nêu tên ở các trang đầu</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>not found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>không phải là tệp</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>không đọc được: {reason}</translation>
    </message>
    <message>
        <source>not a PDF, DOCX, ODT, EPUB, HTML or text file</source>
        <translation>không phải tệp PDF, DOCX, ODT, EPUB, HTML hay tệp văn bản thuần</translation>
    </message>
    <message>
        <source>the document has no text</source>
        <translation>văn bản không có chữ</translation>
    </message>
    <message>
        <source>no text layer (a scan)</source>
        <translation>không có lớp chữ (bản quét)</translation>
    </message>
    <message>
        <source>no text found by OCR</source>
        <translation>OCR không tìm thấy chữ</translation>
    </message>
    <message>
        <source>Install Tesseract to read scans: on Debian or Ubuntu, sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie</source>
        <translation>Cài Tesseract để đọc bản quét: trên Debian hoặc Ubuntu, sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie</translation>
    </message>
</context>
<context>
    <name>DocumentsFeature</name>
    <message>
        <source>Add &amp;documents…</source>
        <translation>Thêm &amp;văn bản…</translation>
    </message>
    <message>
        <source>Make a record for each PDF, Word, OpenDocument, EPUB, HTML or text file, with the file attached and its metadata suggested</source>
        <translation>Tạo một biểu ghi cho mỗi tệp PDF, Word, OpenDocument, EPUB, HTML hoặc văn bản thuần, kèm tệp đính kèm và gợi ý siêu dữ liệu</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <source>No program is set up to open %1</source>
        <translation>Chưa có chương trình nào được thiết lập để mở %1</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Thêm văn bản</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.epub *.html *.htm *.txt);;All files (*)</source>
        <translation>Văn bản (*.pdf *.docx *.odt *.epub *.html *.htm *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Đang đọc các tệp…</translation>
    </message>
    <message>
        <source>Cannot add the documents</source>
        <translation>Không thêm được văn bản</translation>
    </message>
    <message>
        <source>No PDF, Word, OpenDocument, EPUB, HTML or text files were found there.</source>
        <translation>Không tìm thấy tệp PDF, Word, OpenDocument, EPUB, HTML hay văn bản thuần nào ở đó.</translation>
    </message>
    <message>
        <source>already in the catalogue</source>
        <translation>đã có trong danh mục</translation>
    </message>
    <message>
        <source>Some files are left out</source>
        <translation>Một số tệp bị bỏ qua</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>Không đính kèm được</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added; their text is read in the background</source>
        <translation>
            <numerusform>Đã thêm %n văn bản; nội dung đang được đọc ở chế độ nền</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>protected by a password</source>
        <translation>được bảo vệ bằng mật khẩu</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>bị hỏng</translation>
    </message>
    <message>
        <source>too big to read</source>
        <translation>quá lớn để đọc</translation>
    </message>
    <message>
        <source>not a document format that can be read</source>
        <translation>không phải định dạng văn bản đọc được</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>thiếu tệp</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n phần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching passage(s)</source>
        <translation>
            <numerusform>%n đoạn khớp</numerusform>
        </translation>
    </message>
    <message>
        <source>read by OCR</source>
        <translation>đọc bằng OCR</translation>
    </message>
    <message>
        <source>waiting to be read</source>
        <translation>đang chờ đọc</translation>
    </message>
    <message>
        <source>no searchable text</source>
        <translation>không có chữ tìm kiếm được</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>Mở bằng trình xem của hệ thống</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>tr. %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>phần %1</translation>
    </message>
    <message>
        <source>Open the file at page %1</source>
        <translation>Mở tệp ở trang %1</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Có thể trùng</translation>
    </message>
    <message>
        <source>This resource looks like one already in the catalogue. Open the existing record, merge the two, or save anyway.</source>
        <translation>Tài liệu này có vẻ giống một tài liệu đã có trong danh mục. Mở biểu ghi đã có, hợp nhất hai biểu ghi, hoặc vẫn lưu.</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>&amp;Mở biểu ghi đã có</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Hợp nhất…</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Vẫn lưu</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Quay lại sửa</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Tìm biểu ghi trùng</translation>
    </message>
    <message>
        <source>Likely duplicate pairs</source>
        <translation>Các cặp có thể trùng</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Biểu ghi thứ nhất</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Biểu ghi thứ hai</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Compare and &amp;merge…</source>
        <translation>&amp;So sánh và hợp nhất…</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Không trùng</translation>
    </message>
    <message>
        <source>&amp;Open first</source>
        <translation>Mở biểu ghi thứ &amp;nhất</translation>
    </message>
    <message>
        <source>Open &amp;second</source>
        <translation>Mở biểu ghi thứ &amp;hai</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Đang tìm các biểu ghi có thể trùng…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely duplicate pair(s).</source>
        <translation>
            <numerusform>%Ln cặp có thể trùng.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates. Pairs marked “not duplicates” are not shown.</source>
        <translation>Không có biểu ghi nào có thể trùng. Các cặp đã đánh dấu “không trùng” không được hiển thị.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New resource…</source>
        <translation>Tài liệu &amp;mới…</translation>
    </message>
    <message>
        <source>Create a resource</source>
        <translation>Tạo tài liệu</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>&amp;Edit resource…</source>
        <translation>&amp;Sửa tài liệu…</translation>
    </message>
    <message>
        <source>Edit the selected resource (or press Enter on it)</source>
        <translation>Sửa tài liệu đã chọn (hoặc nhấn Enter trên đó)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Open an unsaved copy of the selected resource</source>
        <translation>Mở một bản sao chưa lưu của tài liệu đã chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move the selected resources to the trash</source>
        <translation>Chuyển tài liệu đã chọn vào thùng rác</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Dupl&amp;icate resource…</source>
        <translation>Nhân &amp;bản tài liệu…</translation>
    </message>
    <message>
        <source>Res&amp;tore from trash</source>
        <translation>&amp;Khôi phục từ thùng rác</translation>
    </message>
    <message>
        <source>Bring the selected resources back from the trash</source>
        <translation>Lấy lại tài liệu đã chọn từ thùng rác</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>E&amp;mpty trash…</source>
        <translation>Dọn &amp;sạch thùng rác…</translation>
    </message>
    <message>
        <source>Remove every resource in the trash for good (asks first)</source>
        <translation>Xóa vĩnh viễn mọi tài liệu trong thùng rác (có hỏi trước)</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>Sửa hàn&amp;g loạt…</translation>
    </message>
    <message>
        <source>Add or remove a value, set a field, or find and replace in the selected resources</source>
        <translation>Thêm hoặc gỡ một giá trị, đặt một trường, hoặc tìm và thay thế trong các tài liệu đã chọn</translation>
    </message>
    <message>
        <source>&amp;Merge the two resources…</source>
        <translation>Hợp &amp;nhất hai tài liệu…</translation>
    </message>
    <message>
        <source>Compare the two selected resources side by side and merge them</source>
        <translation>So sánh song song hai tài liệu đã chọn và hợp nhất chúng</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Tìm biểu ghi t&amp;rùng…</translation>
    </message>
    <message>
        <source>List likely duplicate pairs in the whole catalogue</source>
        <translation>Liệt kê các cặp có thể trùng trong toàn bộ danh mục</translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation>&amp;Từ vựng có kiểm soát…</translation>
    </message>
    <message>
        <source>Add, rename, merge or retire types, themes, regions and organizations</source>
        <translation>Thêm, đổi tên, hợp nhất hoặc ngừng dùng loại, chủ đề, khu vực và tổ chức</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>Your name in the history, and more</source>
        <translation>Tên của bạn trong lịch sử, và hơn nữa</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Xóa vĩnh viễn…</translation>
    </message>
    <message>
        <source>Remove the selected resources for good (asks first)</source>
        <translation>Xóa vĩnh viễn các tài liệu đã chọn (có hỏi trước)</translation>
    </message>
    <message>
        <source>Move the selected resources to the trash (can be undone)</source>
        <translation>Chuyển tài liệu đã chọn vào thùng rác (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Remove for good</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln resource(s) in the trash for good, with their history and attached files? This cannot be undone.</source>
        <translation>
            <numerusform>Xóa vĩnh viễn %Ln tài liệu trong thùng rác, cùng lịch sử và tệp đính kèm? Không thể hoàn tác.</numerusform>
        </translation>
    </message>
    <message>
        <source>one of the records changed meanwhile</source>
        <translation>một trong hai biểu ghi vừa bị thay đổi</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Chưa hợp nhất</translation>
    </message>
    <message>
        <source>Nothing was merged: %1.</source>
        <translation>Chưa hợp nhất: %1.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No results</source>
        <translation>Không có kết quả</translation>
    </message>
    <message>
        <source>Clear criteria</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <source>No resources match these criteria.</source>
        <translation>Không có tài liệu nào khớp các tiêu chí này.</translation>
    </message>
    <message>
        <source>Remove a criterion above, or clear them all.</source>
        <translation>Bỏ bớt một tiêu chí ở trên, hoặc xóa hết.</translation>
    </message>
    <message>
        <source>This catalogue has no resources yet.</source>
        <translation>Danh mục này chưa có tài liệu nào.</translation>
    </message>
    <message>
        <source>Use File › Import… to add resources from a file.</source>
        <translation>Dùng Tệp › Nhập… để thêm tài liệu từ một tệp.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Every field, one column each; opens in Excel with every script (UTF-8).</source>
        <translation>Mọi trường, mỗi trường một cột; mở được trong Excel với mọi chữ viết (UTF-8).</translation>
    </message>
    <message>
        <source>Every field, one column each, as an Excel workbook.</source>
        <translation>Mọi trường, mỗi trường một cột, dạng sổ làm việc Excel.</translation>
    </message>
    <message>
        <source>For Zotero, EndNote, Mendeley: every field; countries, regions and themes as tagged keywords.</source>
        <translation>Cho Zotero, EndNote, Mendeley: mọi trường; quốc gia, khu vực và chủ đề thành từ khóa có nhãn.</translation>
    </message>
    <message>
        <source>For JabRef and LaTeX: every field (ours in extra fields), LaTeX-escaped, unique keys.</source>
        <translation>Cho JabRef và LaTeX: mọi trường (trường riêng của chúng ta ở trường bổ sung), thoát ký tự LaTeX, khóa không trùng.</translation>
    </message>
    <message>
        <source>For Zotero, pandoc and citeproc: every field (ours in the item&apos;s custom data).</source>
        <translation>Cho Zotero, pandoc và citeproc: mọi trường (trường riêng ở dữ liệu tùy chỉnh của mục).</translation>
    </message>
    <message>
        <source>Everything, including UUIDs, history and reading lists: for another Resource Catalogue.</source>
        <translation>Mọi thứ, kể cả UUID, lịch sử và danh sách đọc: cho một Danh mục tài liệu khác.</translation>
    </message>
    <message>
        <source>Everything plus the attached files, as one .zip: for a colleague&apos;s catalogue.</source>
        <translation>Mọi thứ kèm các tệp đính kèm, trong một tệp .zip: cho danh mục của đồng nghiệp.</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>Toàn bộ danh mục</translation>
    </message>
    <message>
        <source>The current result</source>
        <translation>Kết quả hiện tại</translation>
    </message>
    <message>
        <source>The selected records</source>
        <translation>Các biểu ghi đã chọn</translation>
    </message>
    <message>
        <source>A reading list:</source>
        <translation>Một danh sách đọc:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Tệp sẽ ghi</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Chọn nơi lưu</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; records: more than an Excel sheet holds (%2 below its header). Choose CSV, or fewer records.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; biểu ghi: nhiều hơn sức chứa một trang Excel (%2 dòng dưới tiêu đề). Hãy chọn CSV, hoặc ít biểu ghi hơn.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; record(s) will be exported.</source>
        <translation>
            <numerusform>Sẽ xuất &lt;b&gt;%Ln&lt;/b&gt; biểu ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;… and %n more</source>
        <translation>
            <numerusform>&lt;br&gt;… và %n mục nữa</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>&lt;b&gt;The export did not finish; no file was written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Chưa xuất xong; không tệp nào được ghi:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>thư mục {folder} không tồn tại</translation>
    </message>
    <message>
        <source>no file name given for the export</source>
        <translation>chưa có tên tệp để xuất</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} là một thư mục: hãy nhập tên tệp</translation>
    </message>
    <message>
        <source>{path} is a device or a pipe, not a file: exports only write files</source>
        <translation>{path} là thiết bị hoặc đường ống (pipe), không phải tệp: chỉ có thể xuất ra tệp</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {error}</source>
        <translation>không ghi được vào {folder}: {error}</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>there is no reading list called {name}</source>
        <translation>không có danh sách đọc nào tên {name}</translation>
    </message>
    <message>
        <source>cannot export to {format}; choose one of {formats}</source>
        <translation>không xuất được sang {format}; hãy chọn một trong: {formats}</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <source>row {row} ({uid}): the {column} has {length} characters; an Excel cell holds {limit}, so it was cut there (CSV and JSON keep it whole)</source>
        <translation>dòng {row} ({uid}): cột {column} có {length} ký tự; một ô Excel chỉ chứa được {limit}, nên đã bị cắt ở đó (CSV và JSON giữ nguyên vẹn)</translation>
    </message>
</context>
<context>
    <name>FacetBox</name>
    <message>
        <source>Filter: %1</source>
        <translation>Lọc: %1</translation>
    </message>
    <message>
        <source>Filter the values of %1</source>
        <translation>Lọc các giá trị của %1</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Các giá trị của %1</translation>
    </message>
    <message>
        <source>Space or Enter ticks or unticks the current value; Ctrl+Space or Ctrl-click excludes it</source>
        <translation>Space hoặc Enter để đánh dấu hoặc bỏ đánh dấu giá trị hiện tại; Ctrl+Space hoặc Ctrl-nhấp để loại trừ nó</translation>
    </message>
    <message>
        <source>Remove from the search</source>
        <translation>Bỏ khỏi tìm kiếm</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Bao gồm</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Bao gồm lại</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Loại trừ</translation>
    </message>
    <message>
        <source>No values in these results</source>
        <translation>Không có giá trị nào trong kết quả này</translation>
    </message>
</context>
<context>
    <name>FacetListModel</name>
    <message numerus="yes">
        <source>%1 is left out: %Ln resource(s) fewer</source>
        <translation>
            <numerusform>%1 bị loại ra: ít hơn %Ln tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln resource(s)</source>
        <translation>
            <numerusform>%1: %Ln tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, excluded, %2</source>
        <translation>%1, đã loại trừ, %2</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Resource type</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>no resource type is called &apos;{value}&apos;</source>
        <translation>không có loại tài liệu nào tên &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no theme is called &apos;{value}&apos;</source>
        <translation>không có chủ đề nào tên &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no region is called &apos;{value}&apos;</source>
        <translation>không có khu vực nào tên &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no country is called &apos;{value}&apos;</source>
        <translation>không có quốc gia nào tên &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no language is called &apos;{value}&apos;</source>
        <translation>không có ngôn ngữ nào tên &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no organization is called &apos;{value}&apos;</source>
        <translation>không có tổ chức nào tên &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no keyword is called &apos;{value}&apos;</source>
        <translation>không có từ khóa &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>no series is called &apos;{value}&apos;</source>
        <translation>không có tùng thư nào tên &apos;{value}&apos;</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>Nhan đề</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Đăng trong</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Tập</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Publisher&apos;s reference</source>
        <translation>Số hiệu của nhà xuất bản</translation>
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
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>Trong thùng rác</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>Hợp nhất từ</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Hợp nhất vào</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Order of the parts</source>
        <translation>Thứ tự các phần</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Biểu ghi</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Catalogues (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Danh mục (*.db *.sqlite *.sqlite3);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation>Mở danh mục</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>Danh mục mới</translation>
    </message>
    <message>
        <source>Catalogues (*.db)</source>
        <translation>Danh mục (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists: it is opened instead of being replaced.</source>
        <translation>%1 đã tồn tại: tệp sẽ được mở thay vì bị ghi đè.</translation>
    </message>
    <message>
        <source>No other catalogues yet</source>
        <translation>Chưa có danh mục nào khác</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Không khả dụng</translation>
    </message>
    <message>
        <source>Import and export are not available in this version.</source>
        <translation>Phiên bản này chưa hỗ trợ nhập và xuất.</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>the CSV delimiter must be one character, such as , ; | or \t (got {delimiter})</source>
        <translation>dấu phân cách CSV phải là một ký tự, như , ; | hoặc \t (nhận được {delimiter})</translation>
    </message>
    <message>
        <source>unknown format {format}; choose one of {formats}</source>
        <translation>định dạng {format} không xác định; hãy chọn một trong: {formats}</translation>
    </message>
    <message>
        <source>{source}: cannot tell what kind of file this is; choose the format</source>
        <translation>{source}: không nhận biết được đây là loại tệp gì; hãy chọn định dạng</translation>
    </message>
    <message>
        <source>{source}: is a binary file, not {format}</source>
        <translation>{source}: là tệp nhị phân, không phải {format}</translation>
    </message>
    <message>
        <source>{source}: {format} files are imported with the package import</source>
        <translation>{source}: tệp {format} được nhập bằng chức năng nhập gói</translation>
    </message>
    <message>
        <source>{source}: no BibTeX entries found (no &apos;{example}&apos; line)</source>
        <translation>{source}: không tìm thấy mục BibTeX nào (không có dòng &apos;{example}&apos;)</translation>
    </message>
    <message>
        <source>{source}: no list of references found (expected &apos;references:&apos;)</source>
        <translation>{source}: không tìm thấy danh sách tài liệu tham khảo (cần có &apos;references:&apos;)</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({error})</source>
        <translation>{source}, dòng {line}: không phải YAML hợp lệ ({error})</translation>
    </message>
    <message>
        <source>{source}, {error}</source>
        <translation>{source}, {error}</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source}: {error}</translation>
    </message>
    <message>
        <source>YAML aliases (*name) are not accepted in a bibliography file; write the values out</source>
        <translation>tệp thư mục tài liệu không chấp nhận bí danh YAML (*name); hãy viết đầy đủ các giá trị</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep; a bibliography never is</source>
        <translation>lồng sâu hơn {limit} cấp; một thư mục tài liệu không bao giờ như vậy</translation>
    </message>
    <message>
        <source>{source}: the file is empty (no header row)</source>
        <translation>{source}: tệp trống (không có dòng tiêu đề)</translation>
    </message>
    <message>
        <source>{source}, line {line}: {error}</source>
        <translation>{source}, dòng {line}: {error}</translation>
    </message>
    <message>
        <source>{source}: unknown text encoding {encoding}</source>
        <translation>{source}: bảng mã văn bản {encoding} không xác định</translation>
    </message>
    <message>
        <source>{source}, line {line}: cannot be read as {encoding} (bytes {bytes}); choose another encoding</source>
        <translation>{source}, dòng {line}: không đọc được theo bảng mã {encoding} (các byte {bytes}); hãy chọn bảng mã khác</translation>
    </message>
    <message>
        <source>{source}: cannot be read ({error})</source>
        <translation>{source}: không đọc được ({error})</translation>
    </message>
    <message>
        <source>{source}: {name} inflates to {size}, more than the {limit} limit for one part of a .zip</source>
        <translation>{source}: {name} khi giải nén có dung lượng {size}, vượt giới hạn {limit} cho một phần của tệp .zip</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid JSON ({error})</source>
        <translation>{source}, dòng {line}: không phải JSON hợp lệ ({error})</translation>
    </message>
    <message>
        <source>{source}: nested too deeply to read</source>
        <translation>{source}: lồng quá sâu, không đọc được</translation>
    </message>
    <message>
        <source>{source}: is a folder, not a file</source>
        <translation>{source}: là thư mục, không phải tệp</translation>
    </message>
    <message>
        <source>{source}: is a device or a pipe, not a file; import a file</source>
        <translation>{source}: là thiết bị hoặc đường ống (pipe), không phải tệp; hãy nhập từ một tệp</translation>
    </message>
    <message>
        <source>{source}: {size} is more than the {limit} a file to import may have; split it</source>
        <translation>{source}: dung lượng {size} vượt mức tối đa {limit} của một tệp nhập; hãy chia nhỏ tệp</translation>
    </message>
    <message>
        <source>{source}: more than the {limit} a file to import may have; split it</source>
        <translation>{source}: vượt mức tối đa {limit} của một tệp nhập; hãy chia nhỏ tệp</translation>
    </message>
    <message>
        <source>{source}: {name} inflates to more than the {limit} limit for one part of a .zip</source>
        <translation>{source}: {name} khi giải nén vượt giới hạn {limit} cho một phần của tệp .zip</translation>
    </message>
    <message>
        <source>{source}: nested more than {limit} levels deep (lists within lists); a catalogue file never is</source>
        <translation>{source}: lồng sâu hơn {limit} cấp (danh sách trong danh sách); một tệp danh mục không bao giờ như vậy</translation>
    </message>
    <message>
        <source>{source}: a number of {digits} digits; numbers may have at most {limit} digits</source>
        <translation>{source}: có một số dài {digits} chữ số; số chỉ được có tối đa {limit} chữ số</translation>
    </message>
    <message>
        <source>{source}: not a Resource Catalogue JSON file</source>
        <translation>{source}: không phải tệp JSON của Danh mục tài liệu</translation>
    </message>
    <message>
        <source>{source}: made by a newer version of Resource Catalogue (format {version}); update the app to read it</source>
        <translation>{source}: được tạo bởi phiên bản Danh mục tài liệu mới hơn (định dạng {version}); hãy cập nhật ứng dụng để đọc tệp này</translation>
    </message>
    <message>
        <source>{source}: no records found (no line starts with &apos;{start}&apos;)</source>
        <translation>{source}: không tìm thấy biểu ghi nào (không có dòng nào bắt đầu bằng &apos;{start}&apos;)</translation>
    </message>
    <message>
        <source>{source}: the sheet is empty (no header row)</source>
        <translation>{source}: trang tính trống (không có dòng tiêu đề)</translation>
    </message>
    <message>
        <source>{source}: cannot be read as an Excel workbook ({error})</source>
        <translation>{source}: không đọc được dưới dạng sổ làm việc Excel ({error})</translation>
    </message>
    <message>
        <source>{source}: there is no sheet called {sheet} (sheets: {sheets})</source>
        <translation>{source}: không có trang tính nào tên {sheet} (các trang tính: {sheets})</translation>
    </message>
    <message>
        <source>{source}: more than {limit} rows, the most a sheet may have</source>
        <translation>{source}: nhiều hơn {limit} dòng, mức tối đa của một trang tính</translation>
    </message>
    <message>
        <source>an Excel sheet holds at most {limit} records below its header: export fewer records to XLSX, or use CSV</source>
        <translation>một trang tính Excel chứa tối đa {limit} biểu ghi dưới dòng tiêu đề: hãy xuất ít biểu ghi hơn sang XLSX, hoặc dùng CSV</translation>
    </message>
    <message>
        <source>unsafe attachment path {path} in the package</source>
        <translation>đường dẫn tệp đính kèm {path} trong gói không an toàn</translation>
    </message>
    <message>
        <source>{source}: the package is damaged ({error})</source>
        <translation>{source}: gói bị hỏng ({error})</translation>
    </message>
    <message>
        <source>attachment {path} in the package is larger than the {limit} limit for one attachment</source>
        <translation>tệp đính kèm {path} trong gói lớn hơn giới hạn {limit} cho một tệp đính kèm</translation>
    </message>
    <message>
        <source>attachment path {path} would be written outside the attachments folder</source>
        <translation>đường dẫn tệp đính kèm {path} sẽ ghi ra ngoài thư mục tệp đính kèm</translation>
    </message>
    <message>
        <source>{source}: not a readable .zip package ({error})</source>
        <translation>{source}: không phải gói .zip đọc được ({error})</translation>
    </message>
    <message>
        <source>{source}: not a Resource Catalogue package (no {name})</source>
        <translation>{source}: không phải gói của Danh mục tài liệu (không có {name})</translation>
    </message>
    <message>
        <source>{source}: not a Resource Catalogue package</source>
        <translation>{source}: không phải gói của Danh mục tài liệu</translation>
    </message>
    <message>
        <source>{source}: the package is damaged (its manifest has no format version)</source>
        <translation>{source}: gói bị hỏng (tệp kê khai không có phiên bản định dạng)</translation>
    </message>
    <message>
        <source>{source}: made by a newer version of Resource Catalogue (package format {version}; this version reads up to {known}): update the app to import it</source>
        <translation>{source}: được tạo bởi phiên bản Danh mục tài liệu mới hơn (định dạng gói {version}; phiên bản này đọc được đến {known}): hãy cập nhật ứng dụng để nhập</translation>
    </message>
    <message>
        <source>attachment {path} in the package is damaged (checksum differs)</source>
        <translation>tệp đính kèm {path} trong gói bị hỏng (tổng kiểm tra không khớp)</translation>
    </message>
    <message>
        <source>{source}: a catalogue package; import it as a package</source>
        <translation>{source}: là một gói danh mục; hãy nhập dưới dạng gói</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (giá trị phân cách bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>TSV (tab-separated values)</source>
        <translation>TSV (giá trị phân cách bằng tab)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Sổ làm việc Excel</translation>
    </message>
    <message>
        <source>RIS (EndNote, Zotero, Mendeley, Scopus...)</source>
        <translation>RIS (EndNote, Zotero, Mendeley, Scopus...)</translation>
    </message>
    <message>
        <source>Web of Science tagged text</source>
        <translation>Văn bản gắn thẻ Web of Science</translation>
    </message>
    <message>
        <source>BibTeX / BibLaTeX</source>
        <translation>BibTeX / BibLaTeX</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero, pandoc; also CSL-YAML)</source>
        <translation>CSL-JSON (Zotero, pandoc; cả CSL-YAML)</translation>
    </message>
    <message>
        <source>Resource Catalogue JSON (everything)</source>
        <translation>JSON của Danh mục tài liệu (mọi thứ)</translation>
    </message>
    <message>
        <source>Catalogue package (.zip with attachments)</source>
        <translation>Gói danh mục (.zip kèm tệp đính kèm)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 có dấu thứ tự byte</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Chinese simplified (GBK / GB18030)</source>
        <translation>Tiếng Trung giản thể (GBK / GB18030)</translation>
    </message>
    <message>
        <source>Chinese traditional (Big5)</source>
        <translation>Tiếng Trung phồn thể (Big5)</translation>
    </message>
    <message>
        <source>Thai (Windows-874 / TIS-620)</source>
        <translation>Tiếng Thái (Windows-874 / TIS-620)</translation>
    </message>
    <message>
        <source>Vietnamese (Windows-1258)</source>
        <translation>Tiếng Việt (Windows-1258)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Tây Âu (Windows-1252)</translation>
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
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Restored from trash</source>
        <translation>Khôi phục từ thùng rác</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Sửa hàng loạt</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Hợp nhất</translation>
    </message>
    <message>
        <source>Vocabulary renamed</source>
        <translation>Đổi tên từ vựng</translation>
    </message>
    <message>
        <source>Vocabulary change</source>
        <translation>Thay đổi từ vựng</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Thêm tệp đính kèm</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>Gỡ tệp đính kèm</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation>Khôi phục phiên bản trước</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Đã liên kết</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Đã bỏ liên kết</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>Record created</source>
        <translation>Tạo biểu ghi</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Brought back from the trash</source>
        <translation>Lấy lại từ thùng rác</translation>
    </message>
    <message>
        <source>Merged in record %1</source>
        <translation>Hợp nhất biểu ghi %1 vào đây</translation>
    </message>
    <message>
        <source>Merged into record %1</source>
        <translation>Hợp nhất vào biểu ghi %1</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (đã hoàn tác)</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>Đính kèm %1</translation>
    </message>
    <message>
        <source>Removed attachment %1</source>
        <translation>Gỡ tệp đính kèm %1</translation>
    </message>
    <message>
        <source>Parts of the series reordered</source>
        <translation>Đã sắp xếp lại các phần của tùng thư</translation>
    </message>
    <message>
        <source>Made part of the series %1</source>
        <translation>Đã thành một phần của tùng thư %1</translation>
    </message>
    <message>
        <source>No longer part of the series %1</source>
        <translation>Không còn là một phần của tùng thư %1</translation>
    </message>
    <message>
        <source>Part added: %1</source>
        <translation>Đã thêm phần: %1</translation>
    </message>
    <message>
        <source>Part removed: %1</source>
        <translation>Đã bỏ phần: %1</translation>
    </message>
    <message>
        <source>Linked to the language version %1</source>
        <translation>Đã liên kết với bản ngôn ngữ %1</translation>
    </message>
    <message>
        <source>No longer linked to the language version %1</source>
        <translation>Không còn liên kết với bản ngôn ngữ %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Thay thế %1</translation>
    </message>
    <message>
        <source>No longer replaces %1</source>
        <translation>Không còn thay thế %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Được thay thế bởi %1</translation>
    </message>
    <message>
        <source>No longer replaced by %1</source>
        <translation>Không còn được thay thế bởi %1</translation>
    </message>
    <message>
        <source>Linked to the related record %1</source>
        <translation>Đã liên kết với biểu ghi liên quan %1</translation>
    </message>
    <message>
        <source>No longer linked to the related record %1</source>
        <translation>Không còn liên kết với biểu ghi liên quan %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>No changes recorded for this record yet.</source>
        <translation>Biểu ghi này chưa có thay đổi nào được ghi lại.</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Khôi phục phiên bản này</translation>
    </message>
    <message>
        <source>Make the record&apos;s fields what they were after the selected change (can be undone)</source>
        <translation>Đưa các trường của biểu ghi về như sau thay đổi đã chọn (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>  (merged record)</source>
        <translation>  (biểu ghi đã hợp nhất)</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(phiên bản %1)</translation>
    </message>
    <message>
        <source>before: %1
after: %2</source>
        <translation>trước: %1
sau: %2</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Biểu ghi đã thay đổi</translation>
    </message>
    <message>
        <source>The record changed just now; its history is refreshed.</source>
        <translation>Biểu ghi vừa thay đổi; lịch sử đã được làm mới.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <source>That version cannot be saved again: %1</source>
        <translation>Không lưu lại được phiên bản đó: %1</translation>
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
        <translation>Nhan đề</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Date (any form)</source>
        <translation>Ngày (dạng bất kỳ)</translation>
    </message>
    <message>
        <source>Authors (people)</source>
        <translation>Tác giả (cá nhân)</translation>
    </message>
    <message>
        <source>Organizations (author)</source>
        <translation>Tổ chức (tác giả)</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>Nhà xuất bản</translation>
    </message>
    <message>
        <source>Organizations (editor)</source>
        <translation>Tổ chức (biên tập)</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Nhà tài trợ</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Journal / container</source>
        <translation>Tạp chí / ấn phẩm chứa</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Tập</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Publisher reference</source>
        <translation>Số hiệu của nhà xuất bản</translation>
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
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Other (into notes)</source>
        <translation>Khác (đưa vào ghi chú)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Bảng mã văn bản:</translation>
    </message>
    <message>
        <source>CSV delimiter:</source>
        <translation>Dấu phân cách CSV:</translation>
    </message>
    <message>
        <source>Excel sheet:</source>
        <translation>Trang tính Excel:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nhan đề</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Authors / organizations</source>
        <translation>Tác giả / tổ chức</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>A record already in the catalogue (same UUID, DOI, ISBN or URL, or a near-identical title):</source>
        <translation>Biểu ghi đã có trong danh mục (cùng UUID, DOI, ISBN hoặc URL, hoặc nhan đề gần như giống hệt):</translation>
    </message>
    <message>
        <source>none (type a name to create a list)</source>
        <translation>không (gõ tên để tạo danh sách)</translation>
    </message>
    <message>
        <source>Put the imported records in the reading list:</source>
        <translation>Đưa các biểu ghi nhập vào danh sách đọc:</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Hủy nhập</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Biểu ghi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>&amp;Save problems as CSV…</source>
        <translation>&amp;Lưu các vấn đề thành CSV…</translation>
    </message>
    <message>
        <source>Keep this catalogue&apos;s version</source>
        <translation>Giữ phiên bản của danh mục này</translation>
    </message>
    <message>
        <source>Take the package&apos;s version</source>
        <translation>Lấy phiên bản của gói</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Nhập từ</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Tự nhận biết</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>đã giải quyết</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Dấu phẩy ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Dấu chấm phẩy ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Gạch đứng |</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Update it with the file&apos;s values</source>
        <translation>Cập nhật bằng giá trị trong tệp</translation>
    </message>
    <message>
        <source>Add it as a new record</source>
        <translation>Thêm thành biểu ghi mới</translation>
    </message>
    <message>
        <source>Reference files (*.csv *.tsv *.txt *.xlsx *.ris *.bib *.json *.yml *.yaml *.zip);;All files (*)</source>
        <translation>Tệp tài liệu tham khảo (*.csv *.tsv *.txt *.xlsx *.ris *.bib *.json *.yml *.yaml *.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Tệp cần nhập</translation>
    </message>
    <message>
        <source>Preview of the records in the file</source>
        <translation>Xem trước các biểu ghi trong tệp</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Xem trước và cột</translation>
    </message>
    <message>
        <source>Reading list for the imported records</source>
        <translation>Danh sách đọc cho các biểu ghi nhập vào</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported as it is:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Không nhập được tệp này ở dạng hiện tại:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Detected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nhận biết được: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>encoding &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>bảng mã &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>delimiter &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>dấu phân cách &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>Tự nhận biết (thấy: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln biểu ghi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln cần cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to skip</source>
        <translation>
            <numerusform>%Ln bỏ qua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cannot be imported</source>
        <translation>
            <numerusform>%Ln không nhập được</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln xung đột</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 are shown)</source>
        <translation> (hiển thị %1 dòng đầu)</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln with problems</source>
        <translation>
            <numerusform>; %Ln có vấn đề</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another import to finish…</source>
        <translation>Đang chờ một lần nhập khác hoàn tất…</translation>
    </message>
    <message>
        <source>Another import or edit is writing to this catalogue; this import starts as soon as it has finished. Cancel stops waiting.</source>
        <translation>Một lần nhập hoặc chỉnh sửa khác đang ghi vào danh mục này; lần nhập này sẽ bắt đầu ngay khi việc đó xong. Hủy để thôi chờ.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <source>The catalogue was backed up first: %1</source>
        <translation>Danh mục đã được sao lưu trước: %1</translation>
    </message>
    <message>
        <source>Reading list: %1</source>
        <translation>Danh sách đọc: %1</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>Lưu các vấn đề</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Problems not saved</source>
        <translation>Chưa lưu được danh sách vấn đề</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Select a conflict in the list first.</source>
        <translation>Hãy chọn một xung đột trong danh sách trước.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>cannot read this entry ({why})</source>
        <translation>không đọc được mục này ({why})</translation>
    </message>
    <message>
        <source>{field} {key} points to no entry in the file</source>
        <translation>{field} {key} không trỏ tới mục nào trong tệp</translation>
    </message>
    <message>
        <source>unknown entry type @{kind}</source>
        <translation>loại mục @{kind} không xác định</translation>
    </message>
    <message>
        <source>the citation key {key} is used twice</source>
        <translation>khóa trích dẫn {key} được dùng hai lần</translation>
    </message>
    <message>
        <source>the entry has no citation key</source>
        <translation>mục này không có khóa trích dẫn</translation>
    </message>
    <message>
        <source>missing comma after the citation key</source>
        <translation>thiếu dấu phẩy sau khóa trích dẫn</translation>
    </message>
    <message>
        <source>the entry is not closed (a &apos;{close}&apos; is missing)</source>
        <translation>mục chưa được đóng (thiếu &apos;{close}&apos;)</translation>
    </message>
    <message>
        <source>a &apos;{close}&apos; too many after field &apos;{name}&apos; (the fields after it are kept)</source>
        <translation>thừa một &apos;{close}&apos; sau trường &apos;{name}&apos; (các trường sau đó vẫn được giữ)</translation>
    </message>
    <message>
        <source>cannot read {text} (skipped)</source>
        <translation>không đọc được {text} (đã bỏ qua)</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; appears twice (the first is kept)</source>
        <translation>trường &apos;{name}&apos; xuất hiện hai lần (giữ lần đầu)</translation>
    </message>
    <message>
        <source>missing comma after field &apos;{name}&apos; (both fields are kept)</source>
        <translation>thiếu dấu phẩy sau trường &apos;{name}&apos; (giữ cả hai trường)</translation>
    </message>
    <message>
        <source>unexpected text after field &apos;{name}&apos; ({text}, kept in the field)</source>
        <translation>có chữ không mong đợi sau trường &apos;{name}&apos; ({text}, được giữ trong trường)</translation>
    </message>
    <message>
        <source>unbalanced {mark} in field &apos;{name}&apos; (read to the end of its line)</source>
        <translation>{mark} không khớp cặp trong trường &apos;{name}&apos; (đã đọc đến cuối dòng)</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; has no value</source>
        <translation>trường &apos;{name}&apos; không có giá trị</translation>
    </message>
    <message>
        <source>cannot read a year in {value} (kept in the notes)</source>
        <translation>không đọc được năm trong {value} (giữ trong ghi chú)</translation>
    </message>
    <message>
        <source>unknown country {value} (kept in the notes)</source>
        <translation>quốc gia {value} không xác định (giữ trong ghi chú)</translation>
    </message>
    <message>
        <source>unknown language {value} (kept in the notes)</source>
        <translation>ngôn ngữ {value} không xác định (giữ trong ghi chú)</translation>
    </message>
    <message>
        <source>not a record: no title and no field this app knows (only {labels})</source>
        <translation>không phải biểu ghi: không có nhan đề và không có trường nào ứng dụng này biết (chỉ có {labels})</translation>
    </message>
    <message>
        <source>not a record: no title and no field this app knows</source>
        <translation>không phải biểu ghi: không có nhan đề và không có trường nào ứng dụng này biết</translation>
    </message>
    <message>
        <source>no title: stored as {title}</source>
        <translation>không có nhan đề: lưu thành {title}</translation>
    </message>
    <message>
        <source>not a CSL item (an object was expected)</source>
        <translation>không phải mục CSL (cần một đối tượng)</translation>
    </message>
    <message>
        <source>unusual year {year} (kept in the notes)</source>
        <translation>năm {year} bất thường (giữ trong ghi chú)</translation>
    </message>
    <message>
        <source>a quote opens on this line and is never closed: the line was read as it stands (quote included) and the {after} lines after it as rows of their own; check it</source>
        <translation>một dấu ngoặc kép mở ở dòng này nhưng không bao giờ được đóng: dòng này được đọc nguyên trạng (kể cả dấu ngoặc kép) và {after} dòng sau nó được đọc thành các dòng riêng; hãy kiểm tra</translation>
    </message>
    <message>
        <source>{cells} cells but {columns} columns: the extra cells are kept in the notes</source>
        <translation>{cells} ô nhưng chỉ có {columns} cột: các ô thừa được giữ trong ghi chú</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>dòng {line}: {problem}</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>có biểu ghi không phải đối tượng JSON</translation>
    </message>
    <message>
        <source>the record has no title</source>
        <translation>biểu ghi không có nhan đề</translation>
    </message>
    <message>
        <source>the record has no valid UUID ({uid})</source>
        <translation>biểu ghi không có UUID hợp lệ ({uid})</translation>
    </message>
    <message>
        <source>{name} must be a list</source>
        <translation>{name} phải là một danh sách</translation>
    </message>
    <message>
        <source>the record has no closing &apos;ER&apos; line</source>
        <translation>biểu ghi không có dòng &apos;ER&apos; kết thúc</translation>
    </message>
    <message>
        <source>the sheet is {wide} columns wide; only the first {limit} columns are read</source>
        <translation>trang tính rộng {wide} cột; chỉ đọc {limit} cột đầu</translation>
    </message>
    <message>
        <source>cell {cells} holds a formula with no saved result (the program that wrote the file did not calculate it): its formula text was read instead</source>
        <translation>ô {cells} chứa công thức không có kết quả đã lưu (chương trình tạo tệp đã không tính): văn bản của công thức được đọc thay thế</translation>
    </message>
    <message>
        <source>the same UUID</source>
        <translation>cùng UUID</translation>
    </message>
    <message>
        <source>the same DOI</source>
        <translation>cùng DOI</translation>
    </message>
    <message>
        <source>the same ISBN</source>
        <translation>cùng ISBN</translation>
    </message>
    <message>
        <source>the same URL</source>
        <translation>cùng URL</translation>
    </message>
    <message>
        <source>a near-identical title</source>
        <translation>nhan đề gần như giống hệt</translation>
    </message>
    <message>
        <source>repeats record {record} of the file; added again</source>
        <translation>trùng biểu ghi {record} của tệp; đã thêm lần nữa</translation>
    </message>
    <message>
        <source>repeats record {record} of this file ({why})</source>
        <translation>trùng biểu ghi {record} của tệp này ({why})</translation>
    </message>
    <message>
        <source>like an existing record ({why}); added as new</source>
        <translation>giống một biểu ghi đã có ({why}); đã thêm thành biểu ghi mới</translation>
    </message>
    <message>
        <source>already in the catalogue ({why})</source>
        <translation>đã có trong danh mục ({why})</translation>
    </message>
    <message>
        <source>updates the existing record ({why})</source>
        <translation>cập nhật biểu ghi đã có ({why})</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>đã là bản mới nhất</translation>
    </message>
    <message>
        <source>cannot back up the catalogue before importing: {error}</source>
        <translation>không sao lưu được danh mục trước khi nhập: {error}</translation>
    </message>
    <message>
        <source>{source}: the import failed and nothing was changed ({error})</source>
        <translation>{source}: nhập không thành công và không có gì thay đổi ({error})</translation>
    </message>
    <message>
        <source>{error}; nothing was imported</source>
        <translation>{error}; không có gì được nhập</translation>
    </message>
</context>
<context>
    <name>ImportWarning</name>
    <message>
        <source>{source}: read as {named} because of its name, though its content looks like {content}; choose the format {format} if that is what it is</source>
        <translation>{source}: được đọc như {named} theo tên tệp, dù nội dung trông giống {content}; nếu đúng là vậy, hãy chọn định dạng {format}</translation>
    </message>
    <message>
        <source>{source}: {rows} lines below the header but only {read} records: cells in quotes run over several lines; the longest start at line {lines}. Check the quotes there, or the delimiter and format</source>
        <translation>{source}: có {rows} dòng dưới dòng tiêu đề nhưng chỉ có {read} biểu ghi: các ô trong dấu ngoặc kép kéo dài qua nhiều dòng; các ô dài nhất bắt đầu ở dòng {lines}. Hãy kiểm tra dấu ngoặc kép ở đó, hoặc dấu phân cách và định dạng</translation>
    </message>
    <message>
        <source>{source}: {rows} lines below the header but only {read} records: cells in quotes run over several lines. Check the quotes there, or the delimiter and format</source>
        <translation>{source}: có {rows} dòng dưới dòng tiêu đề nhưng chỉ có {read} biểu ghi: các ô trong dấu ngoặc kép kéo dài qua nhiều dòng. Hãy kiểm tra dấu ngoặc kép ở đó, hoặc dấu phân cách và định dạng</translation>
    </message>
    <message>
        <source>{source}: {starts} lines start a record but only {read} records were read: check the lines that start or end the missing ones</source>
        <translation>{source}: có {starts} dòng bắt đầu một biểu ghi nhưng chỉ đọc được {read} biểu ghi: hãy kiểm tra các dòng bắt đầu hoặc kết thúc những biểu ghi bị thiếu</translation>
    </message>
</context>
<context>
    <name>IndexerStatus</name>
    <message>
        <source>Document reading progress</source>
        <translation>Tiến độ đọc văn bản</translation>
    </message>
    <message numerus="yes">
        <source>Reading documents paused: %n waiting</source>
        <translation>
            <numerusform>Đã tạm dừng đọc văn bản: %n đang chờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading documents: %n waiting</source>
        <translation>
            <numerusform>Đang đọc văn bản: %n đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last read: %1</source>
        <translation>Đọc gần nhất: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Go on reading the text of attached documents</source>
        <translation>Tiếp tục đọc nội dung các văn bản đính kèm</translation>
    </message>
    <message>
        <source>Stop reading documents for now (searching is not affected)</source>
        <translation>Tạm ngừng đọc văn bản (không ảnh hưởng đến tìm kiếm)</translation>
    </message>
</context>
<context>
    <name>KeywordBox</name>
    <message>
        <source>Words match anywhere (housing migrant). Filters: country:Thailand type:report theme:housing year:&gt;=2018 org:ILO has:doi no:summary; -word or -country:TH leaves out; a OR b, (groups); &quot;exact words&quot;. F1: full syntax.</source>
        <translation>Từ khớp ở bất kỳ đâu (housing migrant). Bộ lọc: country:Thailand type:report theme:housing year:&gt;=2018 org:ILO has:doi no:summary; -từ hoặc -country:TH để loại ra; a OR b, (nhóm); &quot;cụm từ chính xác&quot;. F1: toàn bộ cú pháp tìm kiếm.</translation>
    </message>
    <message>
        <source>Search, e.g. housing country:Thailand</source>
        <translation>Tìm, ví dụ housing country:Thái Lan</translation>
    </message>
    <message>
        <source>Keyword search</source>
        <translation>Tìm theo từ khóa</translation>
    </message>
    <message>
        <source>Search syntax (F1)</source>
        <translation>Cú pháp tìm kiếm (F1)</translation>
    </message>
    <message>
        <source>Search syntax help</source>
        <translation>Trợ giúp cú pháp tìm kiếm</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Tìm kiếm gần đây</translation>
    </message>
    <message numerus="yes">
        <source>The last %n searches</source>
        <translation>
            <numerusform>%n tìm kiếm gần nhất</numerusform>
        </translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Gợi ý hoàn thành</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Library places</source>
        <translation>Các mục trong thư viện</translation>
    </message>
    <message>
        <source>All resources, the trash and the quality lists; the table shows the selected one</source>
        <translation>Mọi tài liệu, thùng rác và các danh sách kiểm tra chất lượng; bảng hiển thị mục được chọn</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Đồng bộ lần cuối</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Mọi tài liệu</translation>
    </message>
    <message>
        <source>Every resource in the catalogue</source>
        <translation>Mọi tài liệu trong danh mục</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Deleted resources: restore them, or delete them for good</source>
        <translation>Tài liệu đã xóa: khôi phục, hoặc xóa vĩnh viễn</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>Records a librarian should complete; each list opens in the table</source>
        <translation>Các biểu ghi người thủ thư nên bổ sung; mỗi danh sách mở trong bảng</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Dọn sạch thùng rác…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Tìm biểu ghi trùng…</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>&amp;New reading list…</source>
        <translation>Danh sách đọc &amp;mới…</translation>
    </message>
    <message>
        <source>Create a reading list</source>
        <translation>Tạo danh sách đọc</translation>
    </message>
    <message>
        <source>&amp;Add to reading list</source>
        <translation>Thêm vào danh sách đọ&amp;c</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Thêm vào danh sách</translation>
    </message>
    <message>
        <source>Add the selected resources to a reading list (or drag them onto one)</source>
        <translation>Thêm tài liệu đã chọn vào một danh sách đọc (hoặc kéo thả vào danh sách)</translation>
    </message>
    <message>
        <source>Add to reading list</source>
        <translation>Thêm vào danh sách đọc</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>&amp;Gỡ khỏi danh sách này</translation>
    </message>
    <message>
        <source>Take the selected resources out of this reading list; the records stay</source>
        <translation>Gỡ tài liệu đã chọn khỏi danh sách đọc này; biểu ghi vẫn còn</translation>
    </message>
    <message>
        <source>Export &amp;bibliography…</source>
        <translation>Xuất thư mục tài &amp;liệu…</translation>
    </message>
    <message>
        <source>A formatted list (APA, Chicago, Harvard) of this reading list, the selection or the result, as DOCX, PDF, HTML, Markdown, text, RIS, BibTeX</source>
        <translation>Danh sách đã định dạng (APA, Chicago, Harvard) của danh sách đọc này, phần đã chọn hoặc kết quả, dạng DOCX, PDF, HTML, Markdown, văn bản, RIS, BibTeX</translation>
    </message>
    <message>
        <source>Bibliography of the &amp;selection…</source>
        <translation>Thư mục tài liệu của &amp;phần đã chọn…</translation>
    </message>
    <message>
        <source>A formatted list of the selected resources</source>
        <translation>Danh sách đã định dạng của các tài liệu đã chọn</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the formatted reading list (or the selection, or the result)</source>
        <translation>In danh sách đọc đã định dạng (hoặc phần đã chọn, hoặc kết quả)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Xem t&amp;rước khi in…</translation>
    </message>
    <message>
        <source>See the printed pages first</source>
        <translation>Xem trước các trang sẽ in</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Danh sách đọc</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <source>Could not read the resources: %1</source>
        <translation>Không đọc được các tài liệu: %1</translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>Thư mục tài liệu</translation>
    </message>
    <message>
        <source>There is nothing to format: the list is empty.</source>
        <translation>Không có gì để định dạng: danh sách trống.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
    </message>
</context>
<context>
    <name>ListItemsModel</name>
    <message>
        <source>  (in the trash)</source>
        <translation>  (trong thùng rác)</translation>
    </message>
    <message>
        <source>Double-click (or F2) to add a note, e.g. “read chapter 3 first”</source>
        <translation>Nhấp đúp (hoặc F2) để thêm ghi chú, ví dụ “đọc chương 3 trước”</translation>
    </message>
</context>
<context>
    <name>ListPropertiesDialog</name>
    <message>
        <source>e.g. Workshop February</source>
        <translation>ví dụ Hội thảo tháng Hai</translation>
    </message>
    <message>
        <source>What the list is for (optional)</source>
        <translation>Danh sách này để làm gì (không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Số kết quả</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Đồng bộ lần cuối</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Đang tìm</translation>
    </message>
    <message>
        <source>%1 – Resource Catalogue</source>
        <translation>%1 – Danh mục tài liệu</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Danh mục: %1</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>Không mở được danh mục</translation>
    </message>
</context>
<context>
    <name>MakeCopyDialog</name>
    <message>
        <source>Make offline copy</source>
        <translation>Tạo bản sao ngoại tuyến</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/catalogue</source>
        <translation>postgresql://user@host:5432/catalogue</translation>
    </message>
    <message>
        <source>The shared catalogue. Leave the password out: you will be asked for it, or it comes from ~/.pgpass or PGPASSWORD. It is never saved.</source>
        <translation>Danh mục dùng chung. Đừng ghi mật khẩu: bạn sẽ được hỏi, hoặc mật khẩu lấy từ ~/.pgpass hay PGPASSWORD. Mật khẩu không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Shared catalogue:</source>
        <translation>Danh mục dùng chung:</translation>
    </message>
    <message>
        <source>Save the copy as:</source>
        <translation>Lưu bản sao thành:</translation>
    </message>
    <message>
        <source>An offline copy holds every record, reading list and attachment of the shared catalogue, and is fully editable without a network. Sync it when you are back online: your changes are sent, everyone else&apos;s arrive. If the file is already a copy of this catalogue, it is synced instead.</source>
        <translation>Bản sao ngoại tuyến chứa mọi biểu ghi, danh sách đọc và tệp đính kèm của danh mục dùng chung, và sửa được đầy đủ khi không có mạng. Hãy đồng bộ khi có mạng trở lại: thay đổi của bạn được gửi đi, thay đổi của người khác được nhận về. Nếu tệp đã là bản sao của danh mục này, tệp sẽ được đồng bộ.</translation>
    </message>
    <message>
        <source>&amp;Make copy</source>
        <translation>&amp;Tạo bản sao</translation>
    </message>
    <message>
        <source>Save the offline copy as</source>
        <translation>Lưu bản sao ngoại tuyến thành</translation>
    </message>
    <message>
        <source>Catalogues (*.db)</source>
        <translation>Danh mục (*.db)</translation>
    </message>
    <message>
        <source>Give the shared catalogue&apos;s address, starting with postgresql://</source>
        <translation>Hãy nhập địa chỉ danh mục dùng chung, bắt đầu bằng postgresql://</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Chọn nơi lưu bản sao</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Đang sao chép…</translation>
    </message>
    <message>
        <source>Made the offline copy %1: %2.</source>
        <translation>Đã tạo bản sao ngoại tuyến %1: %2.</translation>
    </message>
    <message>
        <source>Refreshed the offline copy %1: %2.</source>
        <translation>Đã làm mới bản sao ngoại tuyến %1: %2.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Hợp nhất hai biểu ghi</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. Lists (authors, countries, themes, …) are combined. The other record goes to the trash; reading lists, attachments and both histories stay with the one kept.</source>
        <translation>Chọn giá trị cần giữ ở những chỗ hai biểu ghi khác nhau. Các danh sách (tác giả, quốc gia, chủ đề, …) được gộp lại. Biểu ghi kia vào thùng rác; danh sách đọc, tệp đính kèm và lịch sử của cả hai ở lại với biểu ghi được giữ.</translation>
    </message>
    <message>
        <source>Fields of the two records</source>
        <translation>Các trường của hai biểu ghi</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Hợp nhất</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you typed&lt;/b&gt;&lt;br&gt;not saved yet</source>
        <translation>&lt;b&gt;Nội dung bạn đã gõ&lt;/b&gt;&lt;br&gt;chưa lưu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep record %1&lt;/b&gt;&lt;br&gt;added %2 · version %3</source>
        <translation>&lt;b&gt;Giữ biểu ghi %1&lt;/b&gt;&lt;br&gt;thêm lúc %2 · phiên bản %3</translation>
    </message>
    <message>
        <source>Both records&apos; values, combined</source>
        <translation>Giá trị của cả hai biểu ghi, gộp lại</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>Type a name or acronym…</source>
        <translation>Gõ tên hoặc tên viết tắt…</translation>
    </message>
    <message>
        <source>Role of the organization you add next</source>
        <translation>Vai trò của tổ chức bạn thêm tiếp theo</translation>
    </message>
</context>
<context>
    <name>PackageMerge</name>
    <message>
        <source>put back as the package has it</source>
        <translation>khôi phục như trong gói</translation>
    </message>
    <message>
        <source>the same on both sides</source>
        <translation>giống nhau ở cả hai phía</translation>
    </message>
    <message>
        <source>changed in the package only</source>
        <translation>chỉ thay đổi trong gói</translation>
    </message>
    <message>
        <source>changed here only: this catalogue&apos;s version stays</source>
        <translation>chỉ thay đổi ở đây: giữ phiên bản của danh mục này</translation>
    </message>
    <message>
        <source>changed on both sides since they last met: choose which version to keep</source>
        <translation>đã thay đổi ở cả hai phía kể từ lần trao đổi gần nhất: hãy chọn phiên bản cần giữ</translation>
    </message>
    <message>
        <source>{count} records changed on both sides: they will be listed, not overwritten</source>
        <translation>{count} biểu ghi đã thay đổi ở cả hai phía: chúng sẽ được liệt kê, không bị ghi đè</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Danh sách đọc</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Mọi tài liệu</translation>
    </message>
    <message>
        <source>Restore the selected resources (Ctrl+R) or delete them for good (Del).</source>
        <translation>Khôi phục tài liệu đã chọn (Ctrl+R) hoặc xóa vĩnh viễn (Del).</translation>
    </message>
    <message>
        <source>In list order. Drag rows onto a list in the Library to add them; Alt+↑ / Alt+↓ in the list reorders.</source>
        <translation>Theo thứ tự trong danh sách. Kéo các dòng vào một danh sách trong Thư viện để thêm; Alt+↑ / Alt+↓ trong danh sách để sắp xếp lại.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>Deleted resources wait here until the trash is emptied.</source>
        <translation>Tài liệu đã xóa nằm ở đây cho đến khi thùng rác được dọn sạch.</translation>
    </message>
    <message>
        <source>This reading list is empty.</source>
        <translation>Danh sách đọc này trống.</translation>
    </message>
    <message>
        <source>Select resources under All resources, then drag them onto the list or use Add to list.</source>
        <translation>Chọn tài liệu trong Mọi tài liệu, rồi kéo vào danh sách hoặc dùng Thêm vào danh sách.</translation>
    </message>
    <message>
        <source>Nothing needs attention here.</source>
        <translation>Không có gì cần xử lý ở đây.</translation>
    </message>
    <message>
        <source>This catalogue has no resources yet.</source>
        <translation>Danh mục này chưa có tài liệu nào.</translation>
    </message>
    <message>
        <source>Use File › Import… to add resources from a file.</source>
        <translation>Dùng Tệp › Nhập… để thêm tài liệu từ một tệp.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation>Tên của bạn trong lịch sử</translation>
    </message>
    <message>
        <source>Shown as “who” in each record&apos;s history. Leave it blank to use this computer&apos;s user name (%1).</source>
        <translation>Hiển thị ở mục “người sửa” trong lịch sử từng biểu ghi. Để trống để dùng tên người dùng của máy tính này (%1).</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Ngôn ngữ của cửa sổ</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>A new language shows the next time the catalogue is opened.</source>
        <translation>Ngôn ngữ mới sẽ hiển thị ở lần mở danh mục sau.</translation>
    </message>
    <message>
        <source>Preferred languages of records, in order</source>
        <translation>Ngôn ngữ ưu tiên của biểu ghi, theo thứ tự</translation>
    </message>
    <message>
        <source>Language codes in order, such as “th, en”: with View › One row per work, each work shows in the first of these it has.</source>
        <translation>Mã ngôn ngữ theo thứ tự, ví dụ “th, en”: với Xem › Mỗi tác phẩm một hàng, mỗi tác phẩm hiện bằng ngôn ngữ đầu tiên mà nó có.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Preferred languages:</source>
        <translation>Ngôn ngữ &amp;ưu tiên:</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Export as web page</source>
        <translation>Xuất thành trang web</translation>
    </message>
    <message>
        <source>A folder with index.html that opens in any browser, with no network: from a USB stick, a shared drive or a plain web host. It has the keyword box and the criteria boxes, and works on phones.</source>
        <translation>Một thư mục có index.html mở được trong mọi trình duyệt, không cần mạng: từ USB, ổ đĩa dùng chung hay một máy chủ web thông thường. Trang có ô từ khóa và các ô tiêu chí, dùng được trên điện thoại.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <source>Reading list to publish</source>
        <translation>Danh sách đọc cần xuất bản</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Tiêu đề trang</translation>
    </message>
    <message>
        <source>Folder to write</source>
        <translation>Thư mục sẽ ghi vào</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Một thư mục mới hoặc trống</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Chọn thư mục…</translation>
    </message>
    <message>
        <source>Copy the attached &amp;files, so a click on one opens it</source>
        <translation>Sao chép các &amp;tệp đính kèm, để bấm vào là mở được</translation>
    </message>
    <message>
        <source>Include the internal &amp;notes</source>
        <translation>Kèm các &amp;ghi chú nội bộ</translation>
    </message>
    <message>
        <source>Notes are for the librarians; they stay out unless ticked</source>
        <translation>Ghi chú là để cho thủ thư; chúng không được đưa vào trừ khi được đánh dấu</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>What will be published</source>
        <translation>Nội dung sẽ xuất bản</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Xuất bản</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Mở trong trình duyệt</translation>
    </message>
    <message>
        <source>Resource Catalogue</source>
        <translation>Danh mục tài liệu</translation>
    </message>
    <message numerus="yes">
        <source>The whole catalogue (%Ln record(s))</source>
        <translation>
            <numerusform>Toàn bộ danh mục (%Ln biểu ghi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current result (%Ln record(s))</source>
        <translation>
            <numerusform>Kết quả hiện tại (%Ln biểu ghi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln record(s)&lt;/b&gt; will be published: titles, summaries, dates, types, organizations, authors, countries, regions, themes, languages, keywords and links</source>
        <translation>
            <numerusform>Sẽ xuất bản &lt;b&gt;%Ln biểu ghi&lt;/b&gt;: nhan đề, tóm tắt, ngày tháng, loại, tổ chức, tác giả, quốc gia, khu vực, chủ đề, ngôn ngữ, từ khóa và liên kết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) published to %1.</source>
        <translation>
            <numerusform>Đã xuất bản %Ln biểu ghi vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s) copied.</source>
        <translation>
            <numerusform>Đã sao chép %Ln tệp đính kèm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s) missing on this computer were left out.</source>
        <translation>
            <numerusform>Đã bỏ qua %Ln tệp đính kèm không có trên máy tính này.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current result</source>
        <translation>Kết quả hiện tại</translation>
    </message>
    <message>
        <source>A reading list:</source>
        <translation>Một danh sách đọc:</translation>
    </message>
    <message>
        <source>, with the attached files</source>
        <translation>, kèm các tệp đính kèm</translation>
    </message>
    <message>
        <source>, &lt;b&gt;and the internal notes&lt;/b&gt;. History and the trash stay out.</source>
        <translation>, &lt;b&gt;và các ghi chú nội bộ&lt;/b&gt;. Lịch sử và thùng rác không được đưa vào.</translation>
    </message>
    <message>
        <source>. Internal notes, history and the trash stay out.</source>
        <translation>. Ghi chú nội bộ, lịch sử và thùng rác không được đưa vào.</translation>
    </message>
    <message>
        <source>Publish into folder</source>
        <translation>Xuất bản vào thư mục</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Đang xuất bản…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Đã hủy; chưa ghi gì cả.</translation>
    </message>
    <message>
        <source>The page was not published: %1</source>
        <translation>Trang chưa được xuất bản: %1</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Banner Pages</source>
        <translation>Trang biểu ngữ</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Thông tin thanh toán:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Kết thúc:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Giữ vô thời hạn</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Độ ưu tiên lệnh in:</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Hẹn giờ in:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Thời điểm cụ thể</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Tìm t&amp;rong:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
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
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Nằm ngang</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Điểm (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Ngang đảo ngược</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Dọc đảo ngược</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được tệp %1.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không thể dùng cùng lúc tùy chọn &apos;Số trang mỗi tờ&apos; và &apos;Bộ trang&apos;.
Vui lòng tắt một trong hai tùy chọn.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Giá trị &apos;Từ&apos; không được lớn hơn giá trị &apos;Đến&apos;.</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Nằm ngang</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Hiện hai trang đối diện</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Hiện tổng quan mọi trang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Hiện từng trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Sắp theo bộ</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Cạnh dài</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Bộ trang:</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Trang từ</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Đảo ngược</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Vùng chọn</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Cạnh ngắn</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Tệp đầu ra:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Thuộc tính</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>No type</source>
        <translation>Không có loại</translation>
    </message>
    <message>
        <source>Set a type with Edit, or for many at once with Bulk edit.</source>
        <translation>Đặt loại bằng Sửa, hoặc nhiều biểu ghi cùng lúc bằng Sửa hàng loạt.</translation>
    </message>
    <message>
        <source>No year</source>
        <translation>Không có năm</translation>
    </message>
    <message>
        <source>Add the publication year in the editor.</source>
        <translation>Thêm năm xuất bản trong trình biên mục.</translation>
    </message>
    <message>
        <source>No country or region</source>
        <translation>Không có quốc gia hay khu vực</translation>
    </message>
    <message>
        <source>Add the countries or region the document covers.</source>
        <translation>Thêm các quốc gia hoặc khu vực mà tài liệu đề cập.</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Không có chủ đề</translation>
    </message>
    <message>
        <source>Add a theme, or several records at once with Bulk edit.</source>
        <translation>Thêm chủ đề, hoặc cho nhiều biểu ghi cùng lúc bằng Sửa hàng loạt.</translation>
    </message>
    <message>
        <source>No summary</source>
        <translation>Không có tóm tắt</translation>
    </message>
    <message>
        <source>Write a short summary in the editor.</source>
        <translation>Viết một tóm tắt ngắn trong trình biên mục.</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>Thiếu tệp đính kèm</translation>
    </message>
    <message>
        <source>The attached file is not in the attachments folder: attach it again or remove it.</source>
        <translation>Tệp đính kèm không có trong thư mục tệp đính kèm: hãy đính kèm lại hoặc gỡ bỏ.</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Có thể trùng</translation>
    </message>
    <message>
        <source>Open Find duplicates to merge or dismiss each pair.</source>
        <translation>Mở Tìm biểu ghi trùng để hợp nhất hoặc bỏ qua từng cặp.</translation>
    </message>
    <message>
        <source>No searchable text</source>
        <translation>Không có chữ tìm kiếm được</translation>
    </message>
    <message>
        <source>Scanned documents without a text layer: they are read by OCR (Tesseract) in the background.</source>
        <translation>Văn bản quét không có lớp chữ: chúng được đọc bằng OCR (Tesseract) ở chế độ nền.</translation>
    </message>
    <message>
        <source>Scanned documents without a text layer. Install Tesseract to read scans (on Debian or Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie), then restart.</source>
        <translation>Văn bản quét không có lớp chữ. Hãy cài Tesseract để đọc bản quét (trên Debian hoặc Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao tesseract-ocr-vie), rồi khởi động lại.</translation>
    </message>
    <message>
        <source>Unreadable documents</source>
        <translation>Văn bản không đọc được</translation>
    </message>
    <message>
        <source>Attached files that could not be read (encrypted, damaged, too big or of an unknown format); the reason is shown under Attachments. Attach a readable copy.</source>
        <translation>Tệp đính kèm không đọc được (bị mã hóa, hỏng, quá lớn hoặc định dạng không rõ); lý do hiện ở mục Tệp đính kèm. Hãy đính kèm một bản đọc được.</translation>
    </message>
</context>
<context>
    <name>ReadingListCommand</name>
    <message>
        <source>change reading list</source>
        <translation>thay đổi danh sách đọc</translation>
    </message>
    <message>
        <source>Cannot replay “%1”: %2</source>
        <translation>Không thực hiện lại được “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ReadingListMenu</name>
    <message>
        <source>New reading list with the selection</source>
        <translation>Danh sách đọc mới từ phần đã chọn</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Danh sách đọc</translation>
    </message>
    <message>
        <source>New list with the selection…</source>
        <translation>Danh sách mới từ phần đã chọn…</translation>
    </message>
</context>
<context>
    <name>ReadingListPanel</name>
    <message>
        <source>Reading lists</source>
        <translation>Danh sách đọc</translation>
    </message>
    <message>
        <source>Select a list to see its resources; drop resources on a list to add them</source>
        <translation>Chọn một danh sách để xem tài liệu; thả tài liệu lên danh sách để thêm</translation>
    </message>
    <message>
        <source>New reading list…</source>
        <translation>Danh sách đọc mới…</translation>
    </message>
    <message>
        <source>Rename or describe the list…</source>
        <translation>Đổi tên hoặc mô tả danh sách…</translation>
    </message>
    <message>
        <source>Duplicate the list</source>
        <translation>Nhân bản danh sách</translation>
    </message>
    <message>
        <source>Delete the list (its resources stay in the catalogue)</source>
        <translation>Xóa danh sách (các tài liệu vẫn ở trong danh mục)</translation>
    </message>
    <message>
        <source>No reading lists yet. Click + to create one, then drag resources onto it.</source>
        <translation>Chưa có danh sách đọc nào. Nhấn + để tạo, rồi kéo tài liệu vào.</translation>
    </message>
    <message>
        <source>Resources in the reading list</source>
        <translation>Tài liệu trong danh sách đọc</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected resources; Delete removes them from the list; F2 edits the note</source>
        <translation>Alt+Up và Alt+Down di chuyển tài liệu đã chọn; Delete gỡ khỏi danh sách; F2 sửa ghi chú</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Lên (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Xuống (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove from the list (Delete); the record stays</source>
        <translation>Gỡ khỏi danh sách (Delete); biểu ghi vẫn còn</translation>
    </message>
    <message>
        <source>Select a list to see its resources.</source>
        <translation>Chọn một danh sách để xem tài liệu.</translation>
    </message>
    <message>
        <source>Empty: drag resources here or onto the list&apos;s name.</source>
        <translation>Trống: kéo tài liệu vào đây hoặc vào tên danh sách.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>Danh sách đọc mới</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Danh sách đọc</translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation>Xóa danh sách đọc</translation>
    </message>
    <message numerus="yes">
        <source>Delete the reading list “%1”? Its %Ln resource(s) stay in the catalogue.</source>
        <translation>
            <numerusform>Xóa danh sách đọc “%1”? %Ln tài liệu của nó vẫn ở trong danh mục.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Fields of the record</source>
        <translation>Các trường của biểu ghi</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Lưu và đóng (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Đóng không lưu (Esc)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>chưa có nhan đề</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Tài liệu mới</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Version %1 · added %2 · changed %3</source>
        <translation>Phiên bản %1 · thêm lúc %2 · sửa lúc %3</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}. What you typed is still here; save again when the catalogue is free.</source>
        <translation>Chưa lưu gì: {0}. Những gì bạn đã gõ vẫn còn đây; hãy lưu lại khi danh mục rảnh.</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Mở biểu ghi đã có</translation>
    </message>
    <message>
        <source>Close this editor without saving what you typed, and open the existing record?</source>
        <translation>Đóng trình biên mục này mà không lưu nội dung đã gõ, và mở biểu ghi đã có?</translation>
    </message>
    <message>
        <source>one of the records changed meanwhile</source>
        <translation>một trong hai biểu ghi vừa bị thay đổi</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Chưa hợp nhất</translation>
    </message>
    <message>
        <source>Nothing was merged: %1.</source>
        <translation>Chưa hợp nhất: %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Lưu các thay đổi cho “%1”?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(không có loại)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>(month)</source>
        <translation>(tháng)</translation>
    </message>
    <message>
        <source>(day)</source>
        <translation>(ngày)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Family, Given — Enter to add</source>
        <translation>Họ, Tên — Enter để thêm</translation>
    </message>
    <message>
        <source>Type a country name or code…</source>
        <translation>Gõ tên hoặc mã quốc gia…</translation>
    </message>
    <message>
        <source>Type a region…</source>
        <translation>Gõ khu vực…</translation>
    </message>
    <message>
        <source>Type a theme…</source>
        <translation>Gõ chủ đề…</translation>
    </message>
    <message>
        <source>Type a language or code…</source>
        <translation>Gõ tên hoặc mã ngôn ngữ…</translation>
    </message>
    <message>
        <source>Free keywords — Enter to add</source>
        <translation>Từ khóa tự do — Enter để thêm</translation>
    </message>
    <message>
        <source>Journal, book or series</source>
        <translation>Tạp chí, sách hoặc tùng thư</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Tập</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Nhan đề</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>L&amp;oại</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>N&amp;gày</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>&amp;Tác giả</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>Tổ &amp;chức</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Quốc gia</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Khu vực</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>C&amp;hủ đề</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Ngôn ngữ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>Từ khó&amp;a</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Tóm tắt (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Published in</source>
        <translation>Đăng t&amp;rong</translation>
    </message>
    <message>
        <source>Publisher&apos;s r&amp;ef.</source>
        <translation>Số hiệu NX&amp;B</translation>
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
        <translation>Ghi ch&amp;ú</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <source>Part of the series</source>
        <translation>Thuộc tùng thư</translation>
    </message>
    <message>
        <source>Language version of</source>
        <translation>Bản ngôn ngữ của</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Được thay thế bởi</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <source>Has as a part</source>
        <translation>Có phần là</translation>
    </message>
    <message>
        <source>Type words of the other record&apos;s title…</source>
        <translation>Gõ từ trong nhan đề của biểu ghi kia…</translation>
    </message>
    <message>
        <source>Record to link</source>
        <translation>Biểu ghi cần liên kết</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Save the record first to link it to others (series, language versions, editions).</source>
        <translation>Hãy lưu biểu ghi trước để liên kết nó với biểu ghi khác (tùng thư, bản ngôn ngữ, lần xuất bản).</translation>
    </message>
    <message>
        <source>Links to other records</source>
        <translation>Liên kết tới biểu ghi khác</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message>
        <source>Move part up</source>
        <translation>Đưa phần lên</translation>
    </message>
    <message>
        <source>Move part down</source>
        <translation>Đưa phần xuống</translation>
    </message>
    <message>
        <source>Set the number</source>
        <translation>Đặt số</translation>
    </message>
    <message>
        <source>Give the selected part the number typed below</source>
        <translation>Gán cho phần đã chọn số gõ bên dưới</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Loại liên kết</translation>
    </message>
    <message>
        <source>No. (3, 2022 Q1)</source>
        <translation>Số (3, 2022 Q1)</translation>
    </message>
    <message>
        <source>Number in the series</source>
        <translation>Số trong tùng thư</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Thêm liên kết</translation>
    </message>
    <message>
        <source>Likely language versions (link only those that are):</source>
        <translation>Các bản ngôn ngữ có thể có (chỉ liên kết những bản đúng):</translation>
    </message>
    <message>
        <source>Likely language versions</source>
        <translation>Các bản ngôn ngữ có thể có</translation>
    </message>
    <message>
        <source>Link as a language version</source>
        <translation>Liên kết như một bản ngôn ngữ</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Thuộc: %1</translation>
    </message>
    <message>
        <source>Part: %1</source>
        <translation>Phần: %1</translation>
    </message>
    <message>
        <source>Language version: %1</source>
        <translation>Bản ngôn ngữ: %1</translation>
    </message>
    <message>
        <source>Replaces: %1</source>
        <translation>Thay thế: %1</translation>
    </message>
    <message>
        <source>Replaced by: %1</source>
        <translation>Được thay thế bởi: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Liên quan: %1</translation>
    </message>
    <message>
        <source>same web address but the language</source>
        <translation>cùng địa chỉ web, chỉ khác ngôn ngữ</translation>
    </message>
    <message>
        <source>same identifier but the language</source>
        <translation>cùng mã định danh, chỉ khác ngôn ngữ</translation>
    </message>
    <message>
        <source>same organization and year, another script</source>
        <translation>cùng tổ chức và năm, khác chữ viết</translation>
    </message>
    <message>
        <source>Cannot link</source>
        <translation>Không thể liên kết</translation>
    </message>
</context>
<context>
    <name>RelationsFeature</name>
    <message>
        <source>One row per &amp;work</source>
        <translation>Mỗi tác phẩm &amp;một hàng</translation>
    </message>
    <message>
        <source>Show the language versions of a work as one row, in your preferred language (Preferences); the counts then count works</source>
        <translation>Hiện các bản ngôn ngữ của một tác phẩm thành một hàng, bằng ngôn ngữ bạn ưu tiên (Tùy chọn); số đếm khi đó đếm tác phẩm</translation>
    </message>
</context>
<context>
    <name>RelationsSection</name>
    <message>
        <source>Show “%1”</source>
        <translation>Hiện “%1”</translation>
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation>%1 (trong thùng rác)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Được thay thế bởi</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>Cũng có bằng:</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>trước</translation>
    </message>
    <message>
        <source>next</source>
        <translation>sau</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Thuộc:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>và %1 mục nữa</translation>
    </message>
    <message>
        <source>Parts of this series (%1)</source>
        <translation>Các phần của tùng thư này (%1)</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Thay thế:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Liên quan:</translation>
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
            <numerusform>thêm %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>cập nhật %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>bỏ qua %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>lỗi %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>xung đột %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>links between records: %Ln added</source>
        <translation>
            <numerusform>liên kết giữa các biểu ghi: thêm %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>xóa %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) read from %1</source>
        <translation>
            <numerusform>đã đọc %Ln biểu ghi từ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was written: %1</source>
        <translation>Chạy thử, không ghi gì: %1</translation>
    </message>
    <message>
        <source>Cancelled, nothing was changed: %1</source>
        <translation>Đã hủy, không có gì thay đổi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %Ln biểu ghi vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received</source>
        <translation>
            <numerusform>nhận %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>gửi %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed for good</source>
        <translation>
            <numerusform>xóa vĩnh viễn %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln tệp đính kèm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading list(s)</source>
        <translation>
            <numerusform>%Ln danh sách đọc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln liên kết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln vocabulary change(s)</source>
        <translation>
            <numerusform>%Ln thay đổi từ vựng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln xung đột cần giải quyết</numerusform>
        </translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>không có xung đột</translation>
    </message>
</context>
<context>
    <name>ResourceTable</name>
    <message>
        <source>Resources</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>The resources that match the criteria; select one to read it below.</source>
        <translation>Các tài liệu khớp tiêu chí; chọn một tài liệu để đọc ở bên dưới.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>(also %1)</source>
        <translation>(cũng có %1)</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Sắp xếp theo %1</translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1 (không sắp xếp được)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>author</source>
        <translation>tác giả</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>nhà xuất bản</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>biên tập</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>nhà tài trợ</translation>
    </message>
</context>
<context>
    <name>SavedSearchesBox</name>
    <message>
        <source>Saved searches</source>
        <translation>Tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>Enter or a click applies the saved search</source>
        <translation>Enter hoặc nhấp chuột để áp dụng tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>Save the current criteria to come back to them with one click.</source>
        <translation>Lưu các tiêu chí hiện tại để quay lại chỉ bằng một cú nhấp.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <source>Save the current criteria under a name</source>
        <translation>Lưu các tiêu chí hiện tại với một tên</translation>
    </message>
    <message>
        <source>Save the current criteria</source>
        <translation>Lưu các tiêu chí hiện tại</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Rename the selected saved search</source>
        <translation>Đổi tên tìm kiếm đã lưu đang chọn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation>Xóa tìm kiếm đã lưu đang chọn</translation>
    </message>
    <message>
        <source>(all resources)</source>
        <translation>(mọi tài liệu)</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Mọi tài liệu</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Lưu tìm kiếm</translation>
    </message>
    <message>
        <source>Name for these criteria:</source>
        <translation>Tên cho các tiêu chí này:</translation>
    </message>
    <message>
        <source>A saved search called “%1” exists. Replace its criteria?</source>
        <translation>Đã có tìm kiếm đã lưu tên “%1”. Thay thế tiêu chí của nó?</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Đổi tên tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Xóa tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>Xóa tìm kiếm đã lưu “%1”?</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Tìm kiếm không thành công: %1</translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation>Đếm không thành công: %1</translation>
    </message>
</context>
<context>
    <name>StackAction</name>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Open shared catalogue</source>
        <translation>Mở danh mục dùng chung</translation>
    </message>
    <message>
        <source>Address of the shared catalogue (postgresql://user@host:5432/name):</source>
        <translation>Địa chỉ danh mục dùng chung (postgresql://user@host:5432/name):</translation>
    </message>
    <message>
        <source>The address must start with postgresql://</source>
        <translation>Địa chỉ phải bắt đầu bằng postgresql://</translation>
    </message>
    <message>
        <source>Offline copy made</source>
        <translation>Đã tạo bản sao ngoại tuyến</translation>
    </message>
    <message>
        <source>Open the offline copy %1 now?</source>
        <translation>Mở bản sao ngoại tuyến %1 ngay bây giờ?</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>%1.
Password:</source>
        <translation>%1.
Mật khẩu:</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>đồng bộ lần cuối %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>bị gián đoạn</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source> (last attempt %1)</source>
        <translation> (lần thử gần nhất: %1)</translation>
    </message>
    <message>
        <source>Offline copy of %1 · %2</source>
        <translation>Bản sao ngoại tuyến của %1 · %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>This catalogue is not an offline copy.</source>
        <translation>Danh mục này không phải bản sao ngoại tuyến.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>Keep &amp;this copy&apos;s</source>
        <translation>Giữ bản của bản sao &amp;này</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s</source>
        <translation>Lấy bản của &amp;máy chủ</translation>
    </message>
    <message>
        <source>&amp;Merge field by field…</source>
        <translation>&amp;Hợp nhất từng trường…</translation>
    </message>
    <message>
        <source>Changed on both sides since the last sync (nothing was overwritten):</source>
        <translation>Bị thay đổi ở cả hai phía từ lần đồng bộ trước (không có gì bị ghi đè):</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Pulled only: %1.</source>
        <translation>Chỉ nhận về: %1.</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Đã đồng bộ: %1.</translation>
    </message>
    <message>
        <source>%1  —  this copy: version %2, server: version %3</source>
        <translation>%1  —  bản sao này: phiên bản %2, máy chủ: phiên bản %3</translation>
    </message>
    <message>
        <source>Resolved: the choice is sent at the next sync.</source>
        <translation>Đã giải quyết: lựa chọn sẽ được gửi ở lần đồng bộ sau.</translation>
    </message>
</context>
<context>
    <name>SyntaxHelp</name>
    <message>
        <source>resource type (type:report)</source>
        <translation>loại tài liệu (type:report)</translation>
    </message>
    <message>
        <source>theme (theme:housing)</source>
        <translation>chủ đề (theme:housing)</translation>
    </message>
    <message>
        <source>region, including its member countries (region:ASEAN)</source>
        <translation>khu vực, kể cả các quốc gia thành viên (region:ASEAN)</translation>
    </message>
    <message>
        <source>country by name or ISO code (country:Thailand, country:TH)</source>
        <translation>quốc gia theo tên hoặc mã ISO (country:Thái Lan, country:TH)</translation>
    </message>
    <message>
        <source>language by name or ISO code (language:Thai, lang:th)</source>
        <translation>ngôn ngữ theo tên hoặc mã ISO (language:Tiếng Thái, lang:th)</translation>
    </message>
    <message>
        <source>organization by name or acronym (org:ILO)</source>
        <translation>tổ chức theo tên hoặc tên viết tắt (org:ILO)</translation>
    </message>
    <message>
        <source>free keyword (keyword:&quot;wage arrears&quot;, kw:...)</source>
        <translation>từ khóa tự do (keyword:&quot;wage arrears&quot;, kw:...)</translation>
    </message>
    <message>
        <source>publication year (year:2020, year:2020..2022, year:&gt;=2018, year:&lt;2000, year:none)</source>
        <translation>năm xuất bản (year:2020, year:2020..2022, year:&gt;=2018, year:&lt;2000, year:none)</translation>
    </message>
    <message>
        <source>when the record was added (added:&gt;=2026-01-01, added:&lt;30d, added:2026-03, added:today)</source>
        <translation>khi biểu ghi được thêm (added:&gt;=2026-01-01, added:&lt;30d, added:2026-03, added:today)</translation>
    </message>
    <message>
        <source>when the record was last changed (updated:today, updated:&lt;7d)</source>
        <translation>lần sửa biểu ghi gần nhất (updated:today, updated:&lt;7d)</translation>
    </message>
    <message>
        <source>records with an attachment, summary, DOI, document text, year, country... (has:attachment, has:doi, has:text)</source>
        <translation>biểu ghi có tệp đính kèm, tóm tắt, DOI, văn bản tài liệu, năm, quốc gia... (has:attachment, has:doi, has:text)</translation>
    </message>
    <message>
        <source>records without one, as the quality lists (no:year, no:country, no:summary)</source>
        <translation>biểu ghi thiếu mục đó, như các danh sách cần xử lý (no:year, no:country, no:summary)</translation>
    </message>
    <message>
        <source>records in the trash or likely duplicates (is:trash, is:duplicate)</source>
        <translation>biểu ghi trong thùng rác hoặc có thể trùng (is:trash, is:duplicate)</translation>
    </message>
    <message>
        <source>records on a reading list (in:&quot;Workshop list&quot;)</source>
        <translation>biểu ghi trong một danh sách đọc (in:&quot;Workshop list&quot;)</translation>
    </message>
    <message>
        <source>the parts of a series, by words of its title (series:&quot;TRIANGLE in ASEAN&quot;)</source>
        <translation>các phần của một tùng thư, theo từ trong nhan đề (series:&quot;TRIANGLE in ASEAN&quot;)</translation>
    </message>
    <message>
        <source>words in the attached documents only (text:fees, text:&quot;recruitment fees&quot;, -text:draft)</source>
        <translation>từ chỉ trong các văn bản đính kèm (text:fees, text:&quot;recruitment fees&quot;, -text:draft)</translation>
    </message>
    <message>
        <source>records containing words starting with &quot;housing&quot; and &quot;migrant&quot;</source>
        <translation>biểu ghi chứa các từ bắt đầu bằng &quot;housing&quot; và &quot;migrant&quot;</translation>
    </message>
    <message>
        <source>the exact words in this order</source>
        <translation>đúng các từ theo thứ tự này</translation>
    </message>
    <message>
        <source>leave out records that mention covid</source>
        <translation>loại trừ biểu ghi có nhắc đến covid</translation>
    </message>
    <message>
        <source>a field filter; several values of one field mean OR: country:TH,MY</source>
        <translation>bộ lọc theo trường; nhiều giá trị của một trường nghĩa là HOẶC: country:TH,MY</translation>
    </message>
    <message>
        <source>leave out records with these values</source>
        <translation>loại ra các biểu ghi có các giá trị này</translation>
    </message>
    <message>
        <source>either term; terms side by side must all match (AND)</source>
        <translation>một trong hai điều kiện; các điều kiện đặt cạnh nhau phải khớp tất cả (AND)</translation>
    </message>
    <message>
        <source>leave out what matches a term or a group</source>
        <translation>loại ra những gì khớp một điều kiện hay một nhóm</translation>
    </message>
    <message>
        <source>parentheses group terms of any fields</source>
        <translation>ngoặc nhóm các điều kiện của bất kỳ trường nào</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Cú pháp tìm kiếm</translation>
    </message>
    <message>
        <source>Field names and values ignore case; countries and languages also match ISO codes and their names in Thai, Vietnamese and Arabic.</source>
        <translation>Tên trường và giá trị không phân biệt hoa thường; quốc gia và ngôn ngữ còn khớp mã ISO và tên tiếng Thái, tiếng Việt và tiếng Ả Rập.</translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation>Ví dụ: {example}</translation>
    </message>
</context>
<context>
    <name>SyntaxHelpDialog</name>
    <message>
        <source>Type words to find resources that contain them, and add field filters to narrow the results. Ticking a value under Criteria writes the same filter into the search box; Ctrl-click a value to leave it out.</source>
        <translation>Gõ từ để tìm tài liệu chứa chúng, và thêm bộ lọc theo trường để thu hẹp kết quả. Đánh dấu một giá trị trong Tiêu chí sẽ ghi cùng bộ lọc vào ô tìm kiếm; Ctrl-nhấp một giá trị để loại nó ra.</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Cú pháp tìm kiếm</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Cannot undo</source>
        <translation>Không hoàn tác được</translation>
    </message>
    <message>
        <source>A record in this step was removed for good, so the step cannot be undone or redone.</source>
        <translation>Một biểu ghi trong bước này đã bị xóa vĩnh viễn, nên không thể hoàn tác hay làm lại bước này.</translation>
    </message>
    <message>
        <source>A record changed after this step (in another window or program), so the step was not undone or redone, to keep that change. Its history still has every version.</source>
        <translation>Một biểu ghi đã thay đổi sau bước này (trong cửa sổ hoặc chương trình khác), nên bước này không được hoàn tác hay làm lại, để giữ thay đổi đó. Lịch sử vẫn giữ mọi phiên bản.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An ISBN-10 has nine digits and a final digit or X.</source>
        <translation>ISBN-10 gồm chín chữ số và một chữ số hoặc X ở cuối.</translation>
    </message>
    <message>
        <source>This ISBN-10 has a wrong check digit: please check for a typo.</source>
        <translation>ISBN-10 này sai chữ số kiểm tra: hãy kiểm tra lỗi gõ.</translation>
    </message>
    <message>
        <source>An ISBN-13 has digits only.</source>
        <translation>ISBN-13 chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>An ISBN-13 starts with 978 or 979.</source>
        <translation>ISBN-13 bắt đầu bằng 978 hoặc 979.</translation>
    </message>
    <message>
        <source>This ISBN-13 has a wrong check digit: please check for a typo.</source>
        <translation>ISBN-13 này sai chữ số kiểm tra: hãy kiểm tra lỗi gõ.</translation>
    </message>
    <message>
        <source>An ISBN has 10 or 13 digits; this one has {count}.</source>
        <translation>ISBN có 10 hoặc 13 chữ số; số này có {count}.</translation>
    </message>
    <message>
        <source>A DOI looks like 10.1234/abc-567 (a doi.org link is accepted too).</source>
        <translation>DOI có dạng 10.1234/abc-567 (cũng nhận liên kết doi.org).</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>Địa chỉ web không được chứa dấu cách.</translation>
    </message>
    <message>
        <source>This web address cannot be read.</source>
        <translation>Không đọc được địa chỉ web này.</translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://.</source>
        <translation>Địa chỉ web bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>This web address has no valid site name (e.g. www.ilo.org).</source>
        <translation>Địa chỉ web này không có tên trang hợp lệ (ví dụ www.ilo.org).</translation>
    </message>
    <message>
        <source>The year must be between {first} and {last}.</source>
        <translation>Năm phải từ {first} đến {last}.</translation>
    </message>
    <message>
        <source>A month needs a year.</source>
        <translation>Phải có năm thì mới ghi tháng.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>Tháng phải từ 1 đến 12.</translation>
    </message>
    <message>
        <source>A day needs a valid month.</source>
        <translation>Phải có tháng hợp lệ thì mới ghi ngày.</translation>
    </message>
    <message>
        <source>{month_name} {year} has days 1 to {days}.</source>
        <translation>Tháng {month}/{year} có các ngày từ 1 đến {days}.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Cần có nhan đề.</translation>
    </message>
    <message>
        <source>An organization needs a name.</source>
        <translation>Tổ chức cần có tên.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos; for {name}.</source>
        <translation>Vai trò &apos;{role}&apos; không hợp lệ cho {name}.</translation>
    </message>
</context>
<context>
    <name>ValuePicker</name>
    <message>
        <source>&apos;%1&apos; is not in the list: choose a suggestion or clear the text.</source>
        <translation>&apos;%1&apos; không có trong danh sách: hãy chọn một gợi ý hoặc xóa chữ.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Bỏ %1</translation>
    </message>
</context>
<context>
    <name>VersionConflictDialog</name>
    <message>
        <source>This record changed while you were editing it</source>
        <translation>Biểu ghi này đã thay đổi trong lúc bạn sửa</translation>
    </message>
    <message>
        <source>The record was removed for good while you were editing it. You can save what you typed as a new record.</source>
        <translation>Biểu ghi đã bị xóa vĩnh viễn trong lúc bạn sửa. Bạn có thể lưu nội dung đã gõ thành một biểu ghi mới.</translation>
    </message>
    <message>
        <source>You opened version %1; version %2 was saved since (in another window or program). Nothing has been overwritten. Choose which version to keep; history keeps the other.</source>
        <translation>Bạn đã mở phiên bản %1; phiên bản %2 đã được lưu sau đó (trong cửa sổ hoặc chương trình khác). Chưa có gì bị ghi đè. Hãy chọn phiên bản cần giữ; lịch sử giữ phiên bản kia.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Giữ bản của &amp;tôi</translation>
    </message>
    <message>
        <source>Use the &amp;saved version</source>
        <translation>Dùng bản đã &amp;lưu</translation>
    </message>
    <message>
        <source>Save as &amp;new record</source>
        <translation>Lưu thành biểu ghi &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Quay lại sửa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Của bạn (chưa lưu)</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Đã lưu trong lúc đó</translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Resource types</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Tổ chức</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Vocabularies</source>
        <translation>Từ vựng có kiểm soát</translation>
    </message>
    <message>
        <source>Filter the values</source>
        <translation>Lọc các giá trị</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Lọc…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Short form</source>
        <translation>Dạng ngắn</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Số biểu ghi dùng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Values of the vocabulary</source>
        <translation>Các giá trị của bộ từ vựng</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi tê&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Hợp nhất vào…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Ngừng &amp;dùng</translation>
    </message>
    <message>
        <source>Retired values stay on their records but are no longer offered in the editor.</source>
        <translation>Giá trị ngừng dùng vẫn ở trên các biểu ghi nhưng không còn được gợi ý trong trình biên mục.</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ngừng dùng</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>Dùng &amp;lại</translation>
    </message>
    <message>
        <source>Add to the list: %1</source>
        <translation>Thêm vào danh sách: %1</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Đổi tên “%1”</translation>
    </message>
    <message>
        <source>choose the value to merge into from the suggestions</source>
        <translation>hãy chọn giá trị đích để hợp nhất trong gợi ý</translation>
    </message>
</context>
<context>
    <name>WaitForWriterDialog</name>
    <message>
        <source>Waiting for another import to finish…</source>
        <translation>Đang chờ một lần nhập khác hoàn tất…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Catalogue busy</source>
        <translation>Danh mục đang bận</translation>
    </message>
    <message>
        <source>Waiting for another import to finish</source>
        <translation>Đang chờ một lần nhập khác hoàn tất</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New catalogue…</source>
        <translation>D&amp;anh mục mới…</translation>
    </message>
    <message>
        <source>Create a catalogue in a new file</source>
        <translation>Tạo danh mục trong một tệp mới</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Mở danh mục…</translation>
    </message>
    <message>
        <source>Open another catalogue file</source>
        <translation>Mở một tệp danh mục khác</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open &amp;shared catalogue…</source>
        <translation>Mở danh mục &amp;dùng chung…</translation>
    </message>
    <message>
        <source>Open a catalogue on a PostgreSQL server</source>
        <translation>Mở danh mục trên máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>Make offline &amp;copy…</source>
        <translation>Tạo bản sao ngoại &amp;tuyến…</translation>
    </message>
    <message>
        <source>Copy a shared catalogue to this computer, to work without a network</source>
        <translation>Sao chép danh mục dùng chung vào máy tính này, để làm việc không cần mạng</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>Send this copy&apos;s changes to the shared catalogue and take everyone else&apos;s</source>
        <translation>Gửi thay đổi của bản sao này lên danh mục dùng chung và nhận thay đổi của người khác</translation>
    </message>
    <message>
        <source>Sync (pu&amp;ll only)</source>
        <translation>Đồng bộ (&amp;chỉ nhận về)</translation>
    </message>
    <message>
        <source>Take the shared catalogue&apos;s changes without sending this copy&apos;s</source>
        <translation>Nhận thay đổi của danh mục dùng chung mà không gửi thay đổi của bản sao này</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>Add resources from a file (CSV, RIS, BibTeX, JSON, Excel)</source>
        <translation>Thêm tài liệu từ một tệp (CSV, RIS, BibTeX, JSON, Excel)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Save the shown or selected resources to a file</source>
        <translation>Lưu các tài liệu đang hiển thị hoặc đã chọn ra tệp</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Export as &amp;web page…</source>
        <translation>Xuất thành trang &amp;web…</translation>
    </message>
    <message>
        <source>Publish the catalogue, the result or a reading list as a page that opens in any browser, offline</source>
        <translation>Xuất bản danh mục, kết quả hoặc một danh sách đọc thành trang mở được trong mọi trình duyệt, không cần mạng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Export &amp;selection…</source>
        <translation>Xuất &amp;phần đã chọn…</translation>
    </message>
    <message>
        <source>Save the selected resources to a file (CSV, RIS, BibTeX, JSON, Excel)</source>
        <translation>Lưu các tài liệu đã chọn ra tệp (CSV, RIS, BibTeX, JSON, Excel)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>Go to the search box (Ctrl+F)</source>
        <translation>Đến ô tìm kiếm (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear all criteria</source>
        <translation>Xóa mọi t&amp;iêu chí</translation>
    </message>
    <message>
        <source>Remove every criterion and show all resources</source>
        <translation>Bỏ mọi tiêu chí và hiển thị tất cả tài liệu</translation>
    </message>
    <message>
        <source>Clear criteria</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Tiêu chí</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Show or hide the criteria (Ctrl+Shift+C)</source>
        <translation>Hiện hoặc ẩn tiêu chí (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Thư &amp;viện</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Show or hide the library: all resources, reading lists, trash (Ctrl+Shift+L)</source>
        <translation>Hiện hoặc ẩn thư viện: mọi tài liệu, danh sách đọc, thùng rác (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Go to the library</source>
        <translation>Đế&amp;n thư viện</translation>
    </message>
    <message>
        <source>Put the keyboard in the library&apos;s places (Ctrl+L)</source>
        <translation>Đưa bàn phím vào các mục của thư viện (Ctrl+L)</translation>
    </message>
    <message>
        <source>Go to the &amp;results</source>
        <translation>Đến &amp;kết quả</translation>
    </message>
    <message>
        <source>Put the keyboard in the table of resources (Ctrl+T)</source>
        <translation>Đưa bàn phím vào bảng tài liệu (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation>Ô c&amp;hi tiết</translation>
    </message>
    <message>
        <source>Search &amp;syntax</source>
        <translation>Cú pháp tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>How to write a search (F1)</source>
        <translation>Cách viết câu tìm kiếm (F1)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;About Resource Catalogue</source>
        <translation>&amp;Giới thiệu Danh mục tài liệu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Recent catalogues</source>
        <translation>Danh mục &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Cột</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>WindowFeatures</name>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Đang tìm các biểu ghi có thể trùng…</translation>
    </message>
    <message>
        <source>Could not compare the records: %1</source>
        <translation>Không so sánh được các biểu ghi: %1</translation>
    </message>
</context>
<context>
    <name>WriteFailures</name>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện</translation>
    </message>
</context>
<context>
    <name>YearBox</name>
    <message>
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Only resources without a year</source>
        <translation>Chỉ tài liệu không có năm</translation>
    </message>
    <message>
        <source>Years in these results: %1–%2</source>
        <translation>Các năm trong kết quả này: %1–%2</translation>
    </message>
    <message>
        <source>Year in these results: %1</source>
        <translation>Năm trong kết quả này: %1</translation>
    </message>
    <message>
        <source>No dated resources in these results</source>
        <translation>Không có tài liệu nào có năm trong kết quả này</translation>
    </message>
    <message>
        <source>Only resources without a year (%1)</source>
        <translation>Chỉ tài liệu không có năm (%1)</translation>
    </message>
</context>
<context>
    <name>_Choice</name>
    <message>
        <source>Keep: %1</source>
        <translation>Giữ: %1</translation>
    </message>
</context>
<context>
    <name>_ListTexts</name>
    <message numerus="yes">
        <source>Reading %Ln resource(s)…</source>
        <translation>
            <numerusform>Đang đọc %Ln tài liệu…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MergeTargetDialog</name>
    <message>
        <source>Merge into…</source>
        <translation>Hợp nhất vào…</translation>
    </message>
    <message numerus="yes">
        <source>Every record using “%1” (%Ln resource(s)) will use the value you choose instead, and “%1” leaves the list. This can be undone.</source>
        <translation>
            <numerusform>Mọi biểu ghi dùng “%1” (%Ln tài liệu) sẽ dùng giá trị bạn chọn thay thế, và “%1” bị bỏ khỏi danh sách. Có thể hoàn tác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find the value to keep…</source>
        <translation>Gõ để tìm giá trị cần giữ…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Hợp nhất</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
</context>
<context>
    <name>_RunningDialog</name>
    <message>
        <source>Not done: %1</source>
        <translation>Chưa thực hiện: %1</translation>
    </message>
</context>
<context>
    <name>_StatusText</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s)</source>
        <translation>
            <numerusform>Hiển thị %1 trong %Ln tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) in the trash</source>
        <translation>
            <numerusform>Hiển thị %1 trong %Ln tài liệu trong thùng rác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) in the reading list “%2”</source>
        <translation>
            <numerusform>Hiển thị %1 trong %Ln tài liệu trong danh sách đọc “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln resource(s) on the list “%2”</source>
        <translation>
            <numerusform>Hiển thị %1 trong %Ln tài liệu trong danh sách “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncTexts</name>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln xung đột</numerusform>
        </translation>
    </message>
</context>
</TS>
