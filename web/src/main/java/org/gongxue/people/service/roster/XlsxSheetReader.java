package org.gongxue.people.service.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx workbook with POI's event API: the sheet is parsed as a SAX
 * stream, row by row, so no object model of the workbook is built, and a sink that has seen
 * enough rows stops the parse.
 */
final class XlsxSheetReader implements SheetReader {

    private final long maxUnpackedBytes;

    XlsxSheetReader(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    @Override
    public void read(byte[] content, Consumer<SheetRow> sink) {
        ZipExpansionGuard.check(content, maxUnpackedBytes);
        OPCPackage workbook = open(content);
        try {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RosterFileException(RosterProblemKind.FILE_UNSUPPORTED_TYPE);
            }
            // Cells show as Excel shows them: a phone typed as a number reads 13812345678.
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), reader.getSharedStringsTable(),
                    new RowCollector(sink), new DataFormatter(Locale.ROOT), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (SAXException e) {
            if (e.getException() instanceof RosterFileException sinkStop) {
                throw sinkStop;
            }
            throw new RosterFileException(e, RosterProblemKind.FILE_UNREADABLE);
        } catch (RosterFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // POI reports damaged parts with assorted runtime exceptions (POIXMLException and others).
            throw new RosterFileException(e, RosterProblemKind.FILE_UNREADABLE);
        } finally {
            // Opened from memory: revert, because close() would try to save the package.
            workbook.revert();
        }
    }

    private static OPCPackage open(byte[] content) {
        try {
            return OPCPackage.open(new ByteArrayInputStream(content));
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            // The zip itself is whole (the guard unpacked it), so this is another kind of archive.
            throw new RosterFileException(e, RosterProblemKind.FILE_UNSUPPORTED_TYPE);
        }
    }

    /** Turns POI's cell callbacks into rows; POI skips empty cells, so columns come from the references. */
    private static final class RowCollector implements SheetContentsHandler {

        private final Consumer<SheetRow> sink;
        private final List<String> cells = new ArrayList<>();

        RowCollector(Consumer<SheetRow> sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowIndex) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowIndex) {
            sink.accept(new SheetRow(rowIndex + 1, cells));
        }
    }
}
