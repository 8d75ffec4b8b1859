package org.gongxue.search.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

/** The section rules on SAX events as Tika's XHTML sends them; real files are in TextExtractorTest. */
class SectionedTextHandlerTest {

    private final SectionedTextHandler handler = new SectionedTextHandler(1_000);

    @Test
    void pagesOfAnEmbeddedDocumentAreNotPagesOfTheContainer() {
        page("第一页");
        open("package-entry");
        page("附件的一页");
        close();
        page("第二页");

        assertThat(handler.sections()).containsExactly(new Section(1, "第一页"), new Section(2, "第二页"));
        assertThat(handler.textOutsideSections()).contains("附件的一页").doesNotContain("第一页", "第二页");
    }

    @Test
    void markupInsideAPageBelongsToThePage() {
        open("page");
        open("annotation");
        text("批注");
        close();
        text("正文");
        close();

        assertThat(handler.sections()).containsExactly(new Section(1, "批注正文"));
    }

    @Test
    void pagesPastTheLimitCountAsTextOutsideSections() {
        for (int i = 0; i < SectionedTextHandler.MAX_SECTIONS + 2; i++) {
            page(i % 1000 == 0 ? "第" + i + "页" : "");
        }

        assertThat(handler.sections()).hasSize(SectionedTextHandler.MAX_SECTIONS / 1000);
        assertThat(handler.textOutsideSections()).contains("第" + SectionedTextHandler.MAX_SECTIONS + "页");
    }

    private void page(String text) {
        open("page");
        text(text);
        close();
    }

    private void open(String divClass) {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute("", "class", "class", "CDATA", divClass);
        handler.startElement("http://www.w3.org/1999/xhtml", "div", "div", attributes);
    }

    private void close() {
        handler.endElement("http://www.w3.org/1999/xhtml", "div", "div");
    }

    private void text(String text) {
        handler.characters(text.toCharArray(), 0, text.length());
    }
}
