package org.gongxue.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongxue.search.index.SearchDocument;

/**
 * Small office documents for the extraction benchmark, written here from the poems so that the
 * bench needs no binary fixtures: a minimal DOCX (the three parts Word and Tika need) and a
 * UTF-8 HTML page.
 */
final class BenchDocuments {

    private BenchDocuments() {
    }

    static byte[] docx(List<SearchDocument> poems) throws IOException {
        StringBuilder body = new StringBuilder();
        for (SearchDocument poem : poems) {
            paragraph(body, poem.title());
            paragraph(body, poem.summary());
            for (String line : poem.body().split("\n")) {
                paragraph(body, line);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""
                    + body + "</w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    static byte[] html(List<SearchDocument> poems) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"UTF-8\">"
                + "<title>唐诗选</title></head><body>\n");
        for (SearchDocument poem : poems) {
            html.append("<h2>").append(escape(poem.title())).append("</h2>\n<p class=\"author\">")
                    .append(escape(poem.summary())).append("</p>\n");
            for (String line : poem.body().split("\n")) {
                html.append("<p>").append(escape(line)).append("</p>\n");
            }
        }
        return html.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void paragraph(StringBuilder body, String text) {
        body.append("<w:p><w:r><w:t>").append(escape(text)).append("</w:t></w:r></w:p>");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
