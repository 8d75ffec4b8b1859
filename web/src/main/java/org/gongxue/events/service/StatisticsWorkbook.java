package org.gongxue.events.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongxue.platform.i18n.Messages;

/**
 * The events' statistics as an Excel workbook (.xlsx, Apache POI): one sheet per series, one per
 * locality, headings in the reader's language, numbers as numbers so that offices can sum and
 * chart them further.
 */
public final class StatisticsWorkbook {

    private static final String[] HEADINGS = {"events.statistics.events", "events.statistics.registrations",
            "events.statistics.attended", "events.statistics.rate", "events.recording.watched"};

    /** Column widths in 1/256 of a character. */
    private static final int NAME_WIDTH = 30 * 256;
    private static final int NUMBER_WIDTH = 14 * 256;

    private StatisticsWorkbook() {
    }

    public static void write(int year, List<StatisticsRow> perSeries, List<StatisticsRow> perLocality, Locale locale,
                             OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(workbook.createSheet(Messages.text(locale, "events.statistics.perSeries") + " " + year),
                    "events.statistics.series", perSeries, locale, bold);
            sheet(workbook.createSheet(Messages.text(locale, "events.statistics.perLocality") + " " + year),
                    "events.statistics.locality", perLocality, locale, bold);
            workbook.write(out);
        }
    }

    private static void sheet(Sheet sheet, String firstHeading, List<StatisticsRow> rows, Locale locale,
                              CellStyle bold) {
        Row heading = sheet.createRow(0);
        text(heading, 0, Messages.text(locale, firstHeading)).setCellStyle(bold);
        for (int column = 0; column < HEADINGS.length; column++) {
            text(heading, column + 1, Messages.text(locale, HEADINGS[column])).setCellStyle(bold);
        }
        for (int i = 0; i < rows.size(); i++) {
            StatisticsRow figures = rows.get(i);
            Row row = sheet.createRow(i + 1);
            text(row, 0, figures.getNameKey() == null ? figures.getTitle() : Messages.text(locale, figures.getNameKey()));
            row.createCell(1).setCellValue(figures.getEvents());
            row.createCell(2).setCellValue(figures.getRegistrations());
            row.createCell(3).setCellValue(figures.getAttended());
            if (figures.getAttendanceRate() != null) {
                row.createCell(4).setCellValue(figures.getAttendanceRate());
            }
            row.createCell(5).setCellValue(figures.getRecordingsWatched());
        }
        // Fixed widths: measuring text (autoSizeColumn) needs the server's fonts, which a server may lack.
        sheet.setColumnWidth(0, NAME_WIDTH);
        for (int column = 1; column <= HEADINGS.length; column++) {
            sheet.setColumnWidth(column, NUMBER_WIDTH);
        }
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }
}
