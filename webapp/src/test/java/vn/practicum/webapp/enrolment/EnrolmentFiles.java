package vn.practicum.webapp.enrolment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Enrolment files for tests, as schools make them: CSV with or without BOM, `,` or `;`, NFC or NFD, XLSX. */
public final class EnrolmentFiles {

    public static final String HEADER = "studentCode,fullName,email,fieldKey,creditsEarned,prerequisitesPassed,"
            + "placementStart,placementEnd,supervisorId,priority";

    private EnrolmentFiles() {
    }

    /** One valid row; the year is next year's so that dates are in the future. */
    public static String row(String code, String name) {
        int year = LocalDate.now().getYear() + 1;
        return code + "," + name + "," + code.toLowerCase() + "@truong.edu.vn,information-technology,120,true,"
                + "01/02/" + year + "," + year + "-04-30,gv-sup,false";
    }

    public static String csv(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        out.writeBytes(utf8(text));
        return out.toByteArray();
    }

    public static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /** The same CSV with {@code ;} between fields (Excel in a Vietnamese or European locale). */
    public static String semicolons(String csv) {
        return csv.replace(',', ';');
    }

    /**
     * An XLSX workbook with one sheet: the header, then rows of cells. A {@link LocalDate} becomes a date cell,
     * an {@link Integer} a number, a {@link Boolean} a boolean, anything else text.
     */
    public static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sinh viên");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Integer number) {
                        cell.setCellValue(number);
                    } else if (value instanceof Boolean bool) {
                        cell.setCellValue(bool);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> headerColumns() {
        return List.of(HEADER.split(","));
    }
}
