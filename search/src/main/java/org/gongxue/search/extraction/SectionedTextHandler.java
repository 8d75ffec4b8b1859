package org.gongxue.search.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of a parse up to a limit, and which part of it each page, slide or sheet
 * holds.
 *
 * <p>Tika's XHTML marks those parts with a {@code div} of a class (checked on Tika 3.3 with
 * documents written by PDFBox and POI): {@code page} for each PDF page and each sheet of an
 * .xls, {@code slide-content} for each slide of a .pptx or .ppt (the slide's notes and master
 * text follow in other divs and stay outside), {@code sheet} for each sheet of an .xlsx. The
 * parts of an embedded document (inside a {@code package-entry} or {@code embedded} div) are not
 * the container's pages and are not counted.
 *
 * <p>Tika's own WriteOutContentHandler signals the limit by throwing, but ForkParser swallows
 * exceptions thrown by the caller's handler (ContentHandlerResource returns them, and nobody
 * reads the return value), so the limit must be a state, not an exception. The child keeps
 * parsing to the end; the time limit bounds that.
 */
final class SectionedTextHandler extends DefaultHandler {

    /** More than any real document has; beyond it, text counts as outside any section. */
    static final int MAX_SECTIONS = 5_000;
    private static final Set<String> SECTION_CLASSES = Set.of("page", "slide-content", "sheet");
    private static final Set<String> EMBEDDED_CLASSES = Set.of("package-entry", "embedded");
    private static final int NONE = -1;

    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private boolean truncated;

    private final List<Section> sections = new ArrayList<>();
    /** Where each kept section's text starts and ends in {@link #text}, in pairs. */
    private final List<Integer> sectionBounds = new ArrayList<>();
    private int depth;
    private int sectionDepth = NONE;
    private int embeddedDepth = NONE;
    private int sectionsSeen;
    private int sectionStart;

    SectionedTextHandler(int limit) {
        this.limit = limit;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        depth++;
        String kind = attributes.getValue("class");
        if (!"div".equals(localName) || kind == null || sectionDepth != NONE || embeddedDepth != NONE) {
            return;
        }
        if (EMBEDDED_CLASSES.contains(kind)) {
            embeddedDepth = depth;
        } else if (SECTION_CLASSES.contains(kind) && sectionsSeen < MAX_SECTIONS) {
            sectionsSeen++;
            sectionDepth = depth;
            sectionStart = text.length();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (depth == sectionDepth) {
            String sectionText = text.substring(sectionStart).strip();
            if (!sectionText.isEmpty()) {
                sections.add(new Section(sectionsSeen, sectionText));
                sectionBounds.add(sectionStart);
                sectionBounds.add(text.length());
            }
            sectionDepth = NONE;
        } else if (depth == embeddedDepth) {
            embeddedDepth = NONE;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (truncated) {
            return;
        }
        int room = limit - text.length();
        if (length > room) {
            truncated = true;
        }
        int kept = Math.min(length, room);
        // Never split a surrogate pair: half a character is not text.
        if (truncated && kept > 0 && Character.isHighSurrogate(ch[start + kept - 1])) {
            kept--;
        }
        text.append(ch, start, kept);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    String text() {
        return text.toString();
    }

    boolean truncated() {
        return truncated;
    }

    List<Section> sections() {
        return sections;
    }

    /** The text that is in no section: all of it for a document without pages or slides. */
    String textOutsideSections() {
        if (sectionBounds.isEmpty()) {
            return text.toString();
        }
        StringBuilder outside = new StringBuilder();
        int from = 0;
        for (int i = 0; i < sectionBounds.size(); i += 2) {
            outside.append(text, from, sectionBounds.get(i)).append('\n');
            from = sectionBounds.get(i + 1);
        }
        return outside.append(text, from, text.length()).toString();
    }
}
