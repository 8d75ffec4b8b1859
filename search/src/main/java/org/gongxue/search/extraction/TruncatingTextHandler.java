package org.gongxue.search.extraction;

import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the characters of a parse up to a limit and remembers whether more came.
 *
 * <p>Tika's own WriteOutContentHandler signals the limit by throwing, but ForkParser swallows
 * exceptions thrown by the caller's handler (ContentHandlerResource returns them, and nobody
 * reads the return value), so the limit must be a state, not an exception. The child keeps
 * parsing to the end; the time limit bounds that.
 */
final class TruncatingTextHandler extends DefaultHandler {

    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private boolean truncated;

    TruncatingTextHandler(int limit) {
        this.limit = limit;
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
}
