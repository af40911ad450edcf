package io.github.neuronkernel.kernel.sweep;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader for the tests: records of fields, quotes undone; null for an empty unquoted field. */
final class CsvReader {
    private CsvReader() {}

    static List<List<String>> read(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n') {
                record.add(field.length() == 0 && !wasQuoted ? null : field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (c == '\n') {
                    records.add(record);
                    record = new ArrayList<>();
                }
            } else {
                field.append(c);
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("the CSV does not end with a line break");
        }
        return records;
    }
}
