package org.gongxue.people.service.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV as Excel writes it (RFC 4180, comma-separated), in UTF-8 or GBK. */
final class CsvSheetReader implements SheetReader {

    /** Empty lines are kept as records so that row numbers match the lines Excel shows. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    @Override
    public void read(byte[] content, Consumer<SheetRow> sink) {
        String text = CsvText.decode(content);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                sink.accept(new SheetRow(Math.toIntExact(record.getRecordNumber()), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a broken quote as an IOException wrapped in an unchecked one.
            throw new RosterFileException(e, RosterProblemKind.FILE_UNREADABLE);
        }
    }
}
