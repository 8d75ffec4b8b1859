package org.gongxue.people.service.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Roster files made at test time, as Excel and Chinese Windows write them. */
final class RosterFiles {

    static final List<String> HEADER = List.of("姓名", "登录名", "手机号", "邮箱", "区县", "单位", "职务", "角色");

    private RosterFiles() {
    }

    /** A workbook with one sheet; Numbers become numeric cells, everything else text. */
    static byte[] xlsx(List<List<?>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名单");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<?> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(Charset charset, boolean byteOrderMark, List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, charset);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
