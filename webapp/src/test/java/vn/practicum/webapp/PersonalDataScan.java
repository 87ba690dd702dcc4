package vn.practicum.webapp;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Looks for personal data (names, e-mail addresses, national id numbers) in every text and binary column of the
 * tables whose names start with the given prefixes: a plain scan of the database, not of any API, so it finds what
 * a backup or a database administrator would see. Binary values (variables' byte arrays, serialized values) are read
 * as UTF-8, ISO-8859-1 and UTF-16 text.
 */
final class PersonalDataScan {

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    private PersonalDataScan() {
    }

    /** Where any of the values occurs: "TABLE.COLUMN: value". Empty when none does. */
    static List<String> find(DataSource dataSource, Collection<String> values, String... tablePrefixes) {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    String lower = table.toLowerCase(Locale.ROOT);
                    for (String prefix : tablePrefixes) {
                        if (lower.startsWith(prefix.toLowerCase(Locale.ROOT))) {
                            tables.add(table);
                        }
                    }
                }
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                List<Boolean> binary = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(null, null, table, "%")) {
                    while (rs.next()) {
                        int type = rs.getInt("DATA_TYPE");
                        if (TEXT.contains(type) || BINARY.contains(type)) {
                            columns.add(rs.getString("COLUMN_NAME"));
                            binary.add(BINARY.contains(type));
                        }
                    }
                }
                if (columns.isEmpty()) {
                    continue;
                }
                String select = "select " + String.join(", ", columns.stream().map(c -> '"' + c + '"').toList())
                        + " from \"" + table + '"';
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(select)) {
                    while (rs.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            String text = binary.get(i) ? asText(rs.getBytes(i + 1)) : rs.getString(i + 1);
                            if (text == null) {
                                continue;
                            }
                            for (String value : values) {
                                if (text.contains(value)) {
                                    found.add(table + "." + columns.get(i) + ": " + value);
                                }
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not scan the database", e);
        }
        return found;
    }

    private static String asText(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        return new String(bytes, StandardCharsets.UTF_8) + "\n" + new String(bytes, StandardCharsets.ISO_8859_1) + "\n"
                + new String(bytes, StandardCharsets.UTF_16BE) + "\n" + new String(bytes, StandardCharsets.UTF_16LE);
    }
}
