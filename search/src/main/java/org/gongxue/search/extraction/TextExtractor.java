package org.gongxue.search.extraction;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.fork.ParserFactoryFactory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParserFactory;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text and metadata from documents with Apache Tika, in child JVMs.
 *
 * <p>Parsers of untrusted files loop, exhaust memory or crash; Tika advises to run them out of
 * the server's process. {@link ForkParser} in its "tikaBin" mode starts a pool of child JVMs
 * from a directory of jars (tika-core plus the standard parser package): the parsers live only
 * there, the server needs tika-core alone. A child with a bounded heap that dies takes only its
 * own document with it; the next call starts a fresh one.
 *
 * <p>Thread-safe and meant to be shared: calls beyond the pool size wait for a free child.
 * {@link #close()} stops the children.
 */
public final class TextExtractor implements Closeable {

    private final ExtractionSettings settings;
    private final ForkParser parser;
    private volatile boolean closed;

    public TextExtractor(ExtractionSettings settings) {
        this.settings = settings;
        // A mutable map: AutoDetectParserFactory removes the arguments it reads.
        this.parser = new ForkParser(settings.tikaBin(),
                new ParserFactoryFactory(AutoDetectParserFactory.class.getName(), new HashMap<>()));
        parser.setJavaCommand(childJavaCommand(settings));
        parser.setPoolSize(settings.poolSize());
        long timeoutMillis = settings.timeout().toMillis();
        parser.setServerParseTimeoutMillis(timeoutMillis);
        // The child's watchdog looks at the clock once per pulse: a parse overruns the limit by
        // at most one pulse.
        parser.setServerPulseMillis(Math.max(50, Math.min(1000, timeoutMillis / 10)));
    }

    /**
     * Detects the type and extracts text, the text of each page or slide, and metadata of one
     * document. The write limit counts all the text once.
     *
     * @param content  the document; read to the end (or until the parser gives up), not closed
     * @param fileName the document's file name, or null. It is a hint for detection, and the
     *                 only way plain text in a legacy encoding such as GBK is recognized.
     * @throws ExtractionTimeoutException if the parse ran past the time limit
     * @throws ExtractionException        if the document could not be parsed or its child died
     */
    public ExtractedDocument extract(InputStream content, String fileName) throws ExtractionException {
        // A closed ForkParser has a pool of size 0, and a call would wait forever for a child.
        if (closed) {
            throw new IllegalStateException("The text extractor is closed");
        }
        String documentName = fileName == null ? "a document without a name" : "'" + fileName + "'";
        PushbackInputStream stream = new PushbackInputStream(content, 1);
        try {
            // Tika rejects an empty stream with a ZeroByteFileException, which costs a child
            // process (see ForkFailures). Empty means no text: say so without asking Tika.
            int firstByte = stream.read();
            if (firstByte == -1) {
                return new ExtractedDocument(MediaType.EMPTY.toString(), "", false, Map.of());
            }
            stream.unread(firstByte);
            return parse(stream, fileName, documentName);
        } catch (IOException | SAXException e) {
            // Reading the caller's stream failed, a child could not start, or the child's parser
            // threw an exception of the JDK's.
            throw new ExtractionException("Tika could not parse " + documentName + ": " + e.getMessage(), e);
        }
    }

    private ExtractedDocument parse(InputStream stream, String fileName, String documentName)
            throws IOException, SAXException, ExtractionException {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        SectionedTextHandler text = new SectionedTextHandler(settings.writeLimit());
        long start = System.nanoTime();
        try {
            parser.parse(stream, new BodyContentHandler(text), metadata, new ParseContext());
        } catch (TikaException e) {
            throw ForkFailures.toExtractionException(e, documentName, settings,
                    System.nanoTime() - start >= settings.timeout().toNanos());
        }
        String wholeText = text.text().strip();
        // Without sections the text outside them is the whole text: the same string, not a copy.
        String outside = text.sections().isEmpty() ? wholeText : text.textOutsideSections().strip();
        return new ExtractedDocument(mediaType(metadata), wholeText, text.truncated(),
                MetadataName.summarize(metadata), text.sections(), outside);
    }

    /** Stops the child JVMs; calls after this fail with an IllegalStateException. */
    @Override
    public void close() {
        closed = true;
        parser.close();
    }

    private static String mediaType(Metadata metadata) {
        // The child reports its detection as Content-Type (with parameters such as charset).
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        return type == null ? MediaType.OCTET_STREAM.toString() : type.getBaseType().toString();
    }

    private static List<String> childJavaCommand(ExtractionSettings settings) {
        return List.of(
                settings.javaExecutable().toString(),
                "-Xmx" + settings.childHeap(),
                // Die at the first OutOfMemoryError instead of parsing on in a broken state: the
                // parent sees the death and starts a new child.
                "-XX:+ExitOnOutOfMemoryError",
                // The child's stdout is ForkParser's protocol channel. HotSpot prints its own
                // messages there ("Terminating due to java.lang.OutOfMemoryError"), and the
                // parent reads their first byte as "parse done": an out-of-memory child would
                // pass for an empty document.
                "-XX:+DisplayVMOutputToStderr",
                // One parse at a time per child: a single GC thread keeps its footprint small.
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true");
    }
}
