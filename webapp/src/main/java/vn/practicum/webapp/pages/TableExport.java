package vn.practicum.webapp.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.practicum.webapp.enrolment.SpreadsheetSafeCsv;

/**
 * A {@link Table} as a file: CSV through the enrolment's formula-safe writer (UTF-8 with BOM), or XLSX with Apache
 * POI, where whole numbers are numbers and everything else a text cell (never a formula).
 */
final class TableExport {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,15}");

    private TableExport() {
    }

    static byte[] csv(Table table) {
        return SpreadsheetSafeCsv.write(table.header(), table.rows());
    }

    static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(table.name()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int column = 0; column < table.header().size(); column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(table.header().get(column));
                cell.setCellStyle(bold);
            }
            int rowNumber = 1;
            for (List<String> cells : table.rows()) {
                Row row = sheet.createRow(rowNumber++);
                for (int column = 0; column < cells.size(); column++) {
                    String value = cells.get(column) == null ? "" : cells.get(column);
                    Cell cell = row.createCell(column);
                    if (WHOLE_NUMBER.matcher(value).matches()) {
                        cell.setCellValue(Long.parseLong(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            for (int column = 0; column < table.header().size(); column++) {
                sheet.setColumnWidth(column, 20 * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", "-");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }
}
