package vn.congvan.application.exchange;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, line breaks and doubled quotes. */
final class Csv {

    private Csv() {
    }

    /** A record and the line it starts on (a quoted certificate spans several lines). */
    record Row(int line, List<String> cells) {
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        int start = 1;
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(new Row(start, row));
                row = new ArrayList<>();
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + line + ": a quoted field is not closed");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(new Row(start, row));
        }
        return rows;
    }
}
