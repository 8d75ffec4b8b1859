package org.gongxue.search.extraction;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the test documents at test time with POI and PDFBox, so that the fixtures are
 * reproducible from this source and need no binary files in the repository.
 */
final class ChineseDocuments {

    static final String TEXT = "长三角生态绿色一体化发展示范区干部教育培训";
    static final String TITLE = "示范区大课堂";
    static final String AUTHOR = "青浦区委党校";
    /** Speaker notes of the last slide of {@link #pptx(String...)}. */
    static final String NOTES = "讲者备注：请结合本地案例";

    /** Font collections with Chinese glyphs: Debian's fonts-wqy-zenhei, Noto CJK; or -Dgongxue.test.cjk-font. */
    private static final List<String> CJK_FONT_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc");

    private ChineseDocuments() {
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.getProperties().getCoreProperties().setTitle(TITLE);
            document.getProperties().getCoreProperties().setCreator(AUTHOR);
            document.createParagraph().createRun().setText(TEXT);
            return write(document::write);
        }
    }

    static byte[] pptx() throws IOException {
        return pptx(TEXT);
    }

    /** A presentation with one slide per text given; the last slide has speaker notes. */
    static byte[] pptx(String... slideTexts) throws IOException {
        try (XMLSlideShow slides = new XMLSlideShow()) {
            slides.getProperties().getCoreProperties().setTitle(TITLE);
            XSLFSlide slide = null;
            for (String slideText : slideTexts) {
                slide = slides.createSlide();
                XSLFTextBox box = slide.createTextBox();
                box.setAnchor(new Rectangle(50, 50, 600, 100));
                box.setText(slideText);
            }
            for (XSLFTextShape placeholder : slides.getNotesSlide(slide).getPlaceholders()) {
                if (placeholder.getTextType() == Placeholder.BODY) {
                    placeholder.setText(NOTES);
                }
            }
            return write(slides::write);
        }
    }

    static byte[] xlsx() throws IOException {
        return xlsx(TEXT);
    }

    /** A workbook with one sheet per text given, the text in its first cell. */
    static byte[] xlsx(String... sheetTexts) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (int i = 0; i < sheetTexts.length; i++) {
                workbook.createSheet(i == 0 ? "培训" : "培训" + (i + 1)).createRow(0).createCell(0).setCellValue(sheetTexts[i]);
            }
            return write(workbook::write);
        }
    }

    static byte[] html() {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + TITLE + "</title></head>"
                + "<body><p>" + TEXT + "</p></body></html>").getBytes(UTF_8);
    }

    /** Plain text; a few sentences, so that charset detection has something to go on. */
    static byte[] text(Charset charset) {
        return ("第一课：" + TEXT + "。\n"
                + "青浦、吴江、嘉善两区一县共同举办培训班，学员在现场教学基地学习。\n"
                + "课程评价与学时登记由各地组织部负责。\n").getBytes(charset);
    }

    /** A PDF with the glyphs of a Chinese font (a .ttc collection) embedded, as office software writes it. */
    static byte[] pdfWithEmbeddedFont(Path cjkFontCollection) throws IOException {
        try (PDDocument document = new PDDocument();
             TrueTypeCollection collection = new TrueTypeCollection(cjkFontCollection.toFile())) {
            TrueTypeFont font = firstFont(collection);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(PDType0Font.load(document, font, true), 18);
                content.newLineAtOffset(50, 700);
                content.showText(TEXT);
                content.endText();
            }
            document.getDocumentInformation().setTitle(TITLE);
            return write(document::save);
        }
    }

    /**
     * A PDF that names the Adobe standard Chinese font STSong-Light with the predefined
     * UniGB-UCS2-H CMap and embeds nothing, as older Acrobat versions wrote Chinese PDFs.
     * It needs no font file, so the PDF case is tested on every machine; the text is
     * recovered through the CMaps that PDFBox ships.
     */
    static byte[] pdfWithStandardChineseFont() throws IOException {
        return pdfWithStandardChineseFont(TEXT);
    }

    /** The same, with one page per text given. */
    static byte[] pdfWithStandardChineseFont(String... pageTexts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            COSDictionary cidSystemInfo = new COSDictionary();
            cidSystemInfo.setString(COSName.REGISTRY, "Adobe");
            cidSystemInfo.setString(COSName.ORDERING, "GB1");
            cidSystemInfo.setItem(COSName.SUPPLEMENT, COSInteger.get(2));
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "STSong-Light");
            descriptor.setInt(COSName.FLAGS, 6);
            descriptor.setItem(COSName.FONT_BBOX, COSArray.ofCOSIntegers(List.of(0, -143, 1000, 857)));
            descriptor.setInt(COSName.ITALIC_ANGLE, 0);
            descriptor.setInt(COSName.ASCENT, 857);
            descriptor.setInt(COSName.DESCENT, -143);
            descriptor.setInt(COSName.CAP_HEIGHT, 857);
            descriptor.setInt(COSName.STEM_V, 91);
            COSDictionary cidFont = new COSDictionary();
            cidFont.setItem(COSName.TYPE, COSName.FONT);
            cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
            cidFont.setName(COSName.BASE_FONT, "STSong-Light");
            cidFont.setItem(COSName.CIDSYSTEMINFO, cidSystemInfo);
            cidFont.setItem(COSName.FONT_DESC, descriptor);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE0);
            font.setName(COSName.BASE_FONT, "STSong-Light");
            font.setName(COSName.ENCODING, "UniGB-UCS2-H");
            COSArray descendants = new COSArray();
            descendants.add(cidFont);
            font.setItem(COSName.DESCENDANT_FONTS, descendants);

            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.FONT, fonts);

            for (String pageText : pageTexts) {
                PDPage page = new PDPage();
                document.addPage(page);
                page.setResources(resources);
                // With UniGB-UCS2-H every character is its UTF-16BE code unit.
                String hex = new COSString(pageText.getBytes(UTF_16BE)).toHexString();
                PDStream content = new PDStream(document);
                try (var out = content.createOutputStream()) {
                    out.write(("BT /F1 18 Tf 50 700 Td <" + hex + "> Tj ET").getBytes(US_ASCII));
                }
                page.setContents(content);
            }
            return write(document::save);
        }
    }

    /** A font file with Chinese glyphs on this machine, if there is one. */
    static Optional<Path> cjkFontFile() {
        return Stream.concat(Stream.ofNullable(System.getProperty("gongxue.test.cjk-font")), CJK_FONT_CANDIDATES.stream())
                .map(Path::of)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    private static TrueTypeFont firstFont(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return first[0];
    }

    private interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writer.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
