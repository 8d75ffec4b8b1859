package org.gongxue.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.gongxue.search.extraction.ExtractedDocument;
import org.gongxue.search.extraction.ExtractionSettings;
import org.gongxue.search.extraction.TextExtractor;
import org.gongxue.search.index.SearchDocument;

/**
 * TextExtractor (Tika in a forked child JVM, the platform's safety choice) against Tika's
 * AutoDetectParser in this JVM on the same bytes: the price of isolation per document. The
 * first call of each is reported on its own, because the child's start is paid then.
 */
final class ExtractionBench {

    private static final int POEMS_PER_DOCUMENT = 40;
    private static final int WARM_UP_DOCUMENTS = 30;
    private static final int DOCUMENTS_PER_ROUND = 50;
    private static final int ROUNDS = 3;

    private final BenchConfig config;
    private final List<SearchDocument> poems;

    ExtractionBench(BenchConfig config, List<SearchDocument> poems) {
        this.config = config;
        this.poems = poems.subList(0, Math.min(POEMS_PER_DOCUMENT, poems.size()));
    }

    List<Comparison> run() throws Exception {
        List<Comparison> rows = new ArrayList<>();
        ExtractionSettings settings = ExtractionSettings.builder(config.tikaBin()).build();
        // A line from the middle of the document: if it is missing, the parse was not real work.
        String expected = poems.get(poems.size() / 2).body().split("\n")[0];
        List<Input> inputs = List.of(
                new Input("DOCX", "poems.docx", BenchDocuments.docx(poems)),
                new Input("HTML", "poems.html", BenchDocuments.html(poems)));
        try (TextExtractor extractor = new TextExtractor(settings);
             InProcessTika tika = new InProcessTika(config.tikaBin())) {
            for (Input input : inputs) {
                rows.addAll(compare(input, extractor, tika, settings.writeLimit(), expected, rows.isEmpty()));
            }
        }
        return rows;
    }

    private List<Comparison> compare(Input input, TextExtractor extractor, InProcessTika tika, int writeLimit,
                                     String expected, boolean first) throws Exception {
        String name = "extract " + input.label() + " (" + input.bytes().length / 1024 + " KiB, "
                + poems.size() + " poems)";
        List<Comparison> rows = new ArrayList<>();
        if (first) {
            // Only the very first call of each starts cold: the child JVM, Tika's class loading.
            long platformCold = time(() -> platform(extractor, input, expected));
            long baselineCold = time(() -> inProcess(tika, input, writeLimit, expected));
            rows.add(new Comparison("extract, first document after start", "latency",
                    Samples.millis(platformCold), Samples.millis(baselineCold), "ms", false,
                    "platform: child JVM start + parse; baseline: parser class loading + parse"));
        }
        for (int i = 0; i < WARM_UP_DOCUMENTS; i++) {
            platform(extractor, input, expected);
            inProcess(tika, input, writeLimit, expected);
        }
        Samples platform = new Samples();
        Samples baseline = new Samples();
        for (int round = 0; round < ROUNDS; round++) {
            boolean platformFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean isPlatform = (turn == 0) == platformFirst;
                for (int i = 0; i < DOCUMENTS_PER_ROUND; i++) {
                    (isPlatform ? platform : baseline).add(isPlatform
                            ? time(() -> platform(extractor, input, expected))
                            : time(() -> inProcess(tika, input, writeLimit, expected)));
                }
            }
        }
        rows.add(new Comparison(name, "latency p50", Samples.millis(platform.median()),
                Samples.millis(baseline.median()), "ms", false,
                "baseline: AutoDetectParser in-process, same jars; " + platform.count() + " documents each"));
        rows.add(new Comparison(name, "latency p95", Samples.millis(platform.percentile(95)),
                Samples.millis(baseline.percentile(95)), "ms", false, ""));
        return rows;
    }

    private static void platform(TextExtractor extractor, Input input, String expected) throws Exception {
        ExtractedDocument document = extractor.extract(new ByteArrayInputStream(input.bytes()), input.fileName());
        requireText(document.text(), expected, "TextExtractor", input);
    }

    private static void inProcess(InProcessTika tika, Input input, int writeLimit, String expected) throws Exception {
        String text = tika.extract(new ByteArrayInputStream(input.bytes()), input.fileName(), writeLimit);
        requireText(text, expected, "in-process Tika", input);
    }

    private static void requireText(String text, String expected, String who, Input input) {
        if (!text.contains(expected)) {
            throw new IllegalStateException(who + " did not extract '" + expected + "' from " + input.fileName());
        }
    }

    private static long time(Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private record Input(String label, String fileName, byte[] bytes) {
    }
}
