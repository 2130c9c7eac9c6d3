#!/usr/bin/env bash
# Builds the DOCX, PDF and HTML fixtures in fixtures/binary/ from letters of the shared corpus,
# with pandoc (Markdown/HTML → DOCX, HTML) and LibreOffice (DOCX → PDF). Run once; the outputs are
# committed, so tests never need soffice or pandoc. Usage: scripts/make-binary-fixtures.sh [SHARED_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:-$here/../shared}"
letters="$shared/corpus/letters"
out="$here/fixtures/binary"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# Letter labels (a), đ), II.) stay typed text (no fancy_lists: pandoc would renumber đ) e) g) as e) f) g));
# "1." items become Word automatic numbering, whose printed labels the DOCX reader rebuilds.
# A text letter keeps one printed line per line; in Markdown consecutive lines would merge into
# one paragraph, so every line that is not a table row becomes its own paragraph.
paragraphs() {
  awk '{ if ($0 ~ /^\|/) { if (!t) print ""; print; t = 1 } else { if (t) print ""; t = 0; print; print "" } }' "$1"
}

# 1. A plan whose tasks sit in a PHỤ LỤC table (a five-column Word table).
name=011-btnmt-kh09-ke-hoach-trien-khai-ct13
paragraphs "$letters/$name.md" > "$work/$name.md"
pandoc -f markdown-smart-fancy_lists -t docx "$work/$name.md" -o "$out/$name.docx"

# 2. A công văn whose letterhead is a two-column Word table (issuer, number and subject on the
#    left; national name, motto and date on the right), as most Word letters are drafted.
name=quang-ngai-1468-ubnd-ktth-2024
cat > "$work/$name.html" <<'HTML'
<table><colgroup><col width="42%"><col width="58%"></colgroup>
<tr><td><p><strong>ỦY BAN NHÂN DÂN</strong></p><p><strong>TỈNH QUẢNG NGÃI</strong></p></td>
<td><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p><p><strong>Độc lập - Tự do - Hạnh phúc</strong></p></td></tr>
<tr><td><p>Số: 1468/UBND-KTTH</p><p>V/v triển khai thực hiện nội dung Kết luận của Ban Thường vụ Tỉnh ủy tại buổi làm việc với Ban cán sự đảng UBND tỉnh</p></td>
<td><p><em>Quảng Ngãi, ngày 22 tháng 3 năm 2024</em></p></td></tr>
</table>
HTML
# The body: everything from "Kính gửi" on, one paragraph per printed line.
sed -n '/^Kính gửi/,$p' "$letters/$name.md" > "$work/body.md"
paragraphs "$work/body.md" | pandoc -f markdown-smart-fancy_lists -t html >> "$work/$name.html"
pandoc -f html -t docx "$work/$name.html" -o "$out/$name.docx"

# 3. A short notice, as DOCX and as a page saved from a portal (menus, breadcrumb, footer around it).
name=102-hanoi-tb453-ubnd-treo-co
paragraphs "$letters/$name.md" > "$work/$name.md"
pandoc -f markdown-smart-fancy_lists -t docx "$work/$name.md" -o "$out/$name.docx"
{
  cat <<'HTML'
<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo treo cờ - Cổng thông tin điện tử</title>
<script>window.dataLayer = [];</script><style>.menu{display:flex}</style></head><body>
<header class="site-header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ</div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/van-ban">Văn bản</a> / Thông báo</div>
<div class="container"><div class="sidebar"><h3>Văn bản mới</h3><ul><li>Quyết định số 12/QĐ-UBND ngày 02/01/2026</li><li>Kế hoạch số 5/KH-UBND ngày 03/01/2026</li></ul></div>
<div class="content"><div class="doc-body">
HTML
  paragraphs "$letters/$name.md" | pandoc -f markdown-smart-fancy_lists -t html
  cat <<'HTML'
</div><div class="share">Chia sẻ: Facebook | Zalo | In trang</div></div></div>
<footer><p>Bản quyền thuộc Ủy ban nhân dân Thành phố. Địa chỉ: 79 Đinh Tiên Hoàng, Hoàn Kiếm.</p></footer></body></html>
HTML
} > "$out/$name.html"

# PDFs of the two Word letters, through LibreOffice.
for name in 011-btnmt-kh09-ke-hoach-trien-khai-ct13 quang-ngai-1468-ubnd-ktth-2024; do
  soffice --headless --convert-to pdf --outdir "$work" "$out/$name.docx" > /dev/null
  cp "$work/$name.pdf" "$out/$name.pdf"
done

# Bad files, each refused with its own reason: an old Word .doc saved under a .docx name, and a
# password-protected PDF (password "secret").
soffice --headless --convert-to doc --outdir "$work" "$out/102-hanoi-tb453-ubnd-treo-co.docx" > /dev/null
cp "$work/102-hanoi-tb453-ubnd-treo-co.doc" "$out/bad-renamed-doc.docx"
mkdir -p "$work/enc"
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  --outdir "$work/enc" "$out/102-hanoi-tb453-ubnd-treo-co.docx" > /dev/null
cp "$work/enc/102-hanoi-tb453-ubnd-treo-co.pdf" "$out/bad-password.pdf"

# Real files as their issuers published them (public; see ../shared/corpus/binary/README.md).
cp "$shared/corpus/binary/hvktmm-cv659-hvm-hc-signed.pdf" "$shared/corpus/binary/phieu-trinh-van-ban-di-form.docx" "$out/"
chmod u+w "$out"/*
ls -l "$out"
