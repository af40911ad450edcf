package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The inputs of this session, for {@code history_request}: tail, range and glob search. */
final class History {
    /** This kernel keeps one session, numbered as IPython numbers the current one. */
    static final int SESSION = 1;
    /**
     * The most of a value's text kept for history_request (characters). History is for finding a
     * cell again; a big value's whole text (a long array, a table) would otherwise stay in the
     * kernel's heap for every cell that showed one.
     */
    static final int OUTPUT_CHARS = 1_000;

    private final List<String> inputs = new ArrayList<>();
    private final Map<Integer, String> outputs = new java.util.HashMap<>();

    synchronized void add(int executionCount, String code) {
        while (inputs.size() < executionCount - 1) {
            inputs.add("");
        }
        inputs.add(code);
    }

    /** Records the text of a cell's value, its first {@link #OUTPUT_CHARS} characters, for requests that ask for output. */
    synchronized void output(int executionCount, String text) {
        outputs.put(executionCount, text.length() <= OUTPUT_CHARS ? text : text.substring(0, OUTPUT_CHARS) + "...");
    }

    /** @return the text of a cell's value, or null */
    synchronized String output(int executionCount) {
        return outputs.get(executionCount);
    }

    synchronized List<HistoryEntry> tail(int n) {
        int from = Math.max(0, inputs.size() - Math.max(0, n));
        return entries(from, inputs.size());
    }

    /** Lines {@code start} (from 1) up to but not including {@code stop}; 0 or less counts from the end. */
    synchronized List<HistoryEntry> range(int start, int stop) {
        int size = inputs.size();
        int from = start <= 0 ? Math.max(0, size + start) : start - 1;
        int to = stop <= 0 ? size + stop : Math.min(size, stop - 1);
        if (stop == 0) {
            to = size;
        }
        return entries(Math.max(0, from), Math.max(from, to));
    }

    /** Entries whose input matches the glob {@code pattern} (* and ?), the last {@code n} of them. */
    synchronized List<HistoryEntry> search(String pattern, int n, boolean unique) {
        Pattern regex = glob(pattern == null || pattern.isEmpty() ? "*" : pattern);
        Map<String, HistoryEntry> found = new LinkedHashMap<>();
        List<HistoryEntry> all = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (regex.matcher(inputs.get(i)).matches()) {
                HistoryEntry e = new HistoryEntry(SESSION, i + 1, inputs.get(i));
                if (unique) {
                    found.remove(inputs.get(i));
                    found.put(inputs.get(i), e);
                } else {
                    all.add(e);
                }
            }
        }
        List<HistoryEntry> result = unique ? new ArrayList<>(found.values()) : all;
        return n > 0 && result.size() > n ? result.subList(result.size() - n, result.size()) : result;
    }

    private List<HistoryEntry> entries(int from, int to) {
        List<HistoryEntry> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(new HistoryEntry(SESSION, i + 1, inputs.get(i)));
        }
        return out;
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
