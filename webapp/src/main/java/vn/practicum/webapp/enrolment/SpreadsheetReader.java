package vn.practicum.webapp.enrolment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Reads the rows of an enrolment file, CSV or XLSX, into trimmed, Unicode NFC cells. Never throws on what a user
 * can upload: a file it cannot read comes back with problems that say why.
 *
 * <ul>
 *   <li>CSV: UTF-8 with or without byte order mark; separated by {@code ,} or {@code ;} (whichever the header row
 *       uses more of, outside quotes); fields may be quoted with {@code "}. A UTF-16 file (Excel's "Unicode text")
 *       or a file in a legacy code page is refused with a hint to save it as "CSV UTF-8".</li>
 *   <li>XLSX: the first sheet, read as a stream (no workbook in memory). Dates typed as dates read as
 *       {@code yyyy-MM-dd}, numbers without a trailing {@code .0}, formulas as their last computed value. The
 *       container may inflate to at most {@link #MAX_INFLATED_BYTES}.</li>
 * </ul>
 * Diacritics typed as combining marks (NFD, as macOS and some Vietnamese keyboards write them) are composed (NFC),
 * so that {@code "Nguyễn"} is the same name however it was typed.
 */
final class SpreadsheetReader {

    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 50;
    static final int MAX_CELL_LENGTH = 1_000;
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

    private static final Pattern EDGE_SPACES = Pattern.compile("^[\\s\\p{Z}\\u200b\\ufeff]+|[\\s\\p{Z}\\u200b\\ufeff]+$");
    private static final Pattern DATE_1904 = Pattern.compile("<(?:\\w+:)?workbookPr\\b[^>]*\\bdate1904\\s*=\\s*[\"'](?:1|true)[\"']");

    private SpreadsheetReader() {
    }

    /**
     * The rows, or the problems that kept the file from being read.
     *
     * @param rows     every row that has a value, the header first; empty when unreadable
     * @param problems why the file could not be read, each for the file as a whole (row 0) or for a row
     */
    record Sheet(List<SheetRow> rows, List<RowProblem> problems) {

        Sheet {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        static Sheet unreadable(String vi, String en) {
            return new Sheet(List.of(), List.of(RowProblem.ofFile(vi, en)));
        }
    }

    static Sheet read(byte[] content, FileKind kind) {
        try {
            return switch (kind) {
                case CSV -> readCsv(content);
                case XLSX -> readXlsx(content);
                case UNSUPPORTED -> Sheet.unreadable("Chỉ nhận tệp CSV hoặc XLSX", "only CSV or XLSX files are accepted");
            };
        } catch (TooManyRowsException e) {
            return tooManyRows();
        } catch (RuntimeException | StackOverflowError e) {
            return Sheet.unreadable("Không đọc được tệp", "the file could not be read");
        }
    }

    // ---------------------------------------------------------------- CSV

    static Sheet readCsv(byte[] content) {
        if (startsWith(content, 0xfe, 0xff) || startsWith(content, 0xff, 0xfe)) {
            return Sheet.unreadable("Tệp mã hóa UTF-16; hãy lưu dưới dạng \"CSV UTF-8\"",
                    "the file is UTF-16; save it as \"CSV UTF-8\"");
        }
        int start = startsWith(content, 0xef, 0xbb, 0xbf) ? 3 : 0;
        String text;
        try {
            text = decode(content, start);
        } catch (MalformedInputException e) {
            return Sheet.unreadable("Tệp không phải UTF-8 (có thể là Windows-1258); hãy lưu dưới dạng \"CSV UTF-8\"",
                    "the file is not UTF-8 (perhaps Windows-1258); save it as \"CSV UTF-8\"");
        } catch (CharacterCodingException e) {
            return Sheet.unreadable("Tệp không phải văn bản UTF-8", "the file is not UTF-8 text");
        }
        if (text.indexOf('\0') >= 0) {
            return Sheet.unreadable("Tệp không phải văn bản CSV", "the file is not CSV text");
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        char delimiter = delimiterOf(text);
        // blank lines are kept as records so that row numbers are the spreadsheet's; blank rows are dropped below
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(false).get();
        List<SheetRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (RuntimeException e) {
                    int row = (int) parser.getRecordNumber() + 1;
                    problems.add(new RowProblem(row, null, null, LocalizedText.of(
                            "Không đọc được dòng (dấu \" chưa đóng?)", "the row cannot be read (an unclosed \"?)")));
                    break;
                }
                int number = (int) record.getRecordNumber();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                addRow(rows, problems, number, cells);
            }
        } catch (IOException e) {
            return Sheet.unreadable("Không đọc được tệp CSV", "the CSV file could not be read");
        }
        return new Sheet(rows, problems);
    }

    private static String decode(byte[] content, int start) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(content, start, content.length - start));
        return chars.toString();
    }

    /** {@code ;} if the header row holds more of them than {@code ,} outside quotes, else {@code ,}. */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean sawContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (sawContent) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
            if (!Character.isWhitespace(c)) {
                sawContent = true;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    // ---------------------------------------------------------------- XLSX

    static Sheet readXlsx(byte[] content) {
        String inflation = checkInflation(content);
        if (inflation != null) {
            return Sheet.unreadable("Tệp XLSX không hợp lệ hoặc quá lớn khi giải nén", "the XLSX file is invalid or "
                    + "too large once unpacked (" + inflation + ")");
        }
        List<SheetRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(content));
            XSSFReader reader = new XSSFReader(workbook);
            boolean date1904;
            try (InputStream data = reader.getWorkbookData()) {
                date1904 = DATE_1904.matcher(new String(data.readNBytes(1_000_000), StandardCharsets.UTF_8)).find();
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return Sheet.unreadable("Tệp XLSX không có trang tính nào", "the XLSX file has no sheet");
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(workbook), new RowCollector(rows, problems),
                    new PlainFormatter(date1904), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (TooManyRowsException e) {
            return tooManyRows();
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            if (e.getCause() instanceof TooManyRowsException || e instanceof SAXException s && s.getException() instanceof TooManyRowsException) {
                return tooManyRows();
            }
            return Sheet.unreadable("Không đọc được tệp XLSX; hãy mở bằng Excel và lưu lại dạng .xlsx hoặc CSV UTF-8",
                    "the XLSX file could not be read; open it in Excel and save it again as .xlsx or CSV UTF-8");
        } finally {
            if (workbook != null) {
                workbook.revert(); // read only: close without writing anything back
            }
        }
        return new Sheet(rows, problems);
    }

    /** Null if the ZIP container inflates to at most {@link #MAX_INFLATED_BYTES} in all, else why not. */
    private static String checkInflation(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > 10_000) {
                    return "too many entries";
                }
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_INFLATED_BYTES) {
                        return "more than " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB";
                    }
                }
            }
            return entries == 0 ? "no entries" : null;
        } catch (IOException | RuntimeException e) {
            return "not a ZIP container";
        }
    }

    /** Collects the sheet's rows as the SAX handler reports them. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<SheetRow> rows;
        private final List<RowProblem> problems;
        private List<String> cells;

        RowCollector(List<SheetRow> rows, List<RowProblem> problems) {
            this.rows = rows;
            this.problems = problems;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS * 4) {
                column = MAX_COLUMNS * 4; // far out of range: reported as too many columns, never a huge list
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            addRow(rows, problems, rowNum + 1, cells);
        }
    }

    /** Numbers as plain decimals, dates as {@code yyyy-MM-dd}: never the locale's or the cell's display format. */
    private static final class PlainFormatter extends DataFormatter {

        private final boolean date1904;

        PlainFormatter(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                java.time.LocalDateTime date = DateUtil.getLocalDateTime(value, date1904);
                return date == null ? BigDecimal.valueOf(value).toPlainString() : date.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
        }
    }

    // ---------------------------------------------------------------- both

    private static void addRow(List<SheetRow> rows, List<RowProblem> problems, int number, List<String> raw) {
        List<String> cells = new ArrayList<>(raw.size());
        for (String cell : raw) {
            cells.add(clean(cell));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.isEmpty()) {
            return; // a blank row
        }
        if (rows.size() > MAX_ROWS) {
            throw new TooManyRowsException();
        }
        if (cells.size() > MAX_COLUMNS) {
            problems.add(new RowProblem(number, null, null, LocalizedText.of(
                    "Quá nhiều cột (tối đa " + MAX_COLUMNS + ")", "too many columns (at most " + MAX_COLUMNS + ")")));
            cells = new ArrayList<>(cells.subList(0, MAX_COLUMNS));
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).length() > MAX_CELL_LENGTH) {
                problems.add(new RowProblem(number, null, null, LocalizedText.of(
                        "Ô ở cột thứ " + (i + 1) + " dài quá " + MAX_CELL_LENGTH + " ký tự",
                        "the cell in column " + (i + 1) + " is longer than " + MAX_CELL_LENGTH + " characters")));
                cells.set(i, cells.get(i).substring(0, MAX_CELL_LENGTH));
            }
        }
        rows.add(new SheetRow(number, cells));
    }

    /** NFC, trimmed of spaces including no-break spaces that spreadsheets leave behind. */
    static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String composed = Normalizer.isNormalized(cell, Normalizer.Form.NFC) ? cell : Normalizer.normalize(cell, Normalizer.Form.NFC);
        return EDGE_SPACES.matcher(composed).replaceAll("");
    }

    private static Sheet tooManyRows() {
        return Sheet.unreadable("Tệp có quá " + MAX_ROWS + " sinh viên; hãy chia thành nhiều tệp",
                "the file has more than " + MAX_ROWS + " students; split it into several files");
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static final class TooManyRowsException extends RuntimeException {
        TooManyRowsException() {
            super(null, null, false, false);
        }
    }
}
