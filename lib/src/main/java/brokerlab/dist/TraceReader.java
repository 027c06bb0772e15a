package brokerlab.dist;

import brokerlab.util.Check;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one numeric column of a CSV trace (RFC 4180 via commons-csv: quoted fields, doubled quotes, a header row)
 * in one streaming pass, in memory that does not grow with the file: UTF-8 with or without a byte-order mark,
 * plain or gzip-compressed (recognised by its magic bytes, whatever the name), blank lines skipped.
 *
 * <p>Up to {@link #MAX_VALUES} observations are kept exactly. A longer trace is reduced to a uniform random
 * subsample of exactly {@link #MAX_VALUES} of its observations (reservoir sampling, Vitter's Algorithm R,
 * ACM TOMS 11(1), 1985) with a fixed seed, so the same file always gives the same subsample; the count of all
 * observations is kept. The subsample's quantile at level p is within about 2 sqrt(p (1 - p) / 2^20), i.e. at most
 * 0.001 in probability, of the whole trace's (95% DKW band: sqrt(ln(2/0.05) / (2 * 2^20)) = 0.0013 uniformly).
 * Memory: 8 MB of values plus one record, at most {@link #MAX_RECORD_CHARS} characters (a longer record is refused:
 * no trace has megabyte lines, a mistaken binary file may).
 *
 * <p>Messages name the file, the line and the column, and never repeat the file's content beyond a short
 * number-like cell or column names that look like names: a trace path can point anywhere.
 */
final class TraceReader {
    private TraceReader() {}

    /** Observations kept exactly; a longer trace is subsampled to this size (8 MB of doubles). */
    static final int MAX_VALUES = 1 << 20;
    /** Longest record (line, or lines of one quoted record) accepted, in characters. */
    static final int MAX_RECORD_CHARS = 1 << 20;
    private static final long RESERVOIR_SEED = 0x7261636545L;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9 _.%()/\\[\\]#-]{1,64}");
    private static final Pattern PLAIN_CELL = Pattern.compile("[A-Za-z0-9 _.+%-]{1,32}");

    /** The values read (sorted ascending), and how many the trace holds (more than {@code values.length} if subsampled). */
    record Trace(double[] values, long observations) {
        boolean subsampled() { return observations > values.length; }
    }

    static Trace read(Path path, String column) {
        Check.notNull("file", path);
        Check.notNull("column", column);
        if (!Files.isRegularFile(path))
            throw Check.fail("file", path, "no such file (looked for " + path.toAbsolutePath() + ")",
                    "check the path; relative paths start from the working directory " + Path.of("").toAbsolutePath());
        String wanted = column.trim();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        long[] line = {0};   // the last line read, for a parse error's message
        try (InputStream in = open(path);
             BoundedReader reader = new BoundedReader(withoutBom(utf8(in)));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) throw Check.fail("file", path, "it is empty", "pass a CSV file with a header row");
            List<String> header = records.next().toList();
            reader.recordEnded();
            int col = header.indexOf(wanted);
            if (col < 0) {
                throw Check.fail("column", "'" + printable(column) + "'", "no such column in " + path, describe(header));
            }
            double[] kept = new double[1024];
            long n = 0;
            SplittableRandom rng = new SplittableRandom(RESERVOIR_SEED);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                reader.recordEnded();
                line[0] = parser.getCurrentLineNumber();
                double v = value(record, col, path + " line " + parser.getCurrentLineNumber() + ", column '" + wanted + "'");
                if (n < MAX_VALUES) {
                    if (n == kept.length) kept = Arrays.copyOf(kept, (int) Math.min(MAX_VALUES, 2L * kept.length));
                    kept[(int) n] = v;
                } else {
                    long slot = rng.nextLong(n + 1);       // Algorithm R: keep the (n+1)-th with probability MAX/(n+1)
                    if (slot < MAX_VALUES) kept[(int) slot] = v;
                }
                n++;
            }
            if (n == 0) throw Check.fail("column", "'" + wanted + "'", "it has no values in " + path, "add data rows below the header");
            double[] values = Arrays.copyOf(kept, (int) Math.min(n, MAX_VALUES));
            Arrays.sort(values);
            return new Trace(values, n);
        } catch (UncheckedIOException e) {
            throw unreadable(path, e.getCause(), line[0]);
        } catch (IOException e) {
            throw unreadable(path, e, line[0]);
        }
    }

    private static double value(CSVRecord record, int col, String where) {
        String cell = col < record.size() ? record.get(col).trim() : "";
        if (cell.isEmpty()) throw Check.fail(where, "''", "the cell is empty", "fill it or delete the row");
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw Check.fail(where, quoteCell(cell), "it is not a number", "write a plain decimal number such as 0.25");
        }
        if (!(v >= 0) || Double.isInfinite(v))
            throw Check.fail(where, quoteCell(cell), "observations must be finite and >= 0", "correct or delete the row");
        return v;
    }

    private static IllegalArgumentException unreadable(Path path, Throwable e, long lastGoodLine) {
        String why = e instanceof CharacterCodingException ? "it is not UTF-8 text"
                : e instanceof ZipException || e instanceof java.io.EOFException ? "it starts like gzip but is not valid (or whole) gzip data"
                : e instanceof RecordTooLong ? e.getMessage()
                : e instanceof CSVException ? "it is not valid CSV after line " + lastGoodLine + " (a quoted field is not closed, "
                        + "or text follows a closing quote)"
                : "it cannot be read (" + e.getClass().getSimpleName() + ")";
        return Check.fail("file", path, why, e instanceof RecordTooLong ? "check that it is a CSV trace"
                : "pass a UTF-8 CSV file (optionally gzip-compressed) you can read");
    }

    /** The column names if they look like names, else only their count: the header is the file's content. */
    private static String describe(List<String> header) {
        boolean plain = header.size() <= 50 && header.stream().allMatch(h -> PLAIN_NAME.matcher(h).matches());
        return plain ? "the columns are " + String.join(", ", header)
                : "its header has " + header.size() + " field(s), not listed here as they do not look like column names";
    }

    /** A cell as {@code 'abc'} if short and number- or word-like, else only its length. */
    static String quoteCell(String cell) {
        return PLAIN_CELL.matcher(cell).matches() ? "'" + cell + "'" : "(a " + cell.length() + "-character text)";
    }

    private static String printable(String s) {
        return s.length() <= 64 && s.chars().noneMatch(Character::isISOControl) ? s : "(" + s.length() + " characters)";
    }

    /** The file's bytes, gunzipped when they start with the gzip magic 1f 8b (RFC 1952). */
    private static InputStream open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Drops a leading U+FEFF (the UTF-8 byte-order mark some spreadsheets write), which would join the first column name. */
    private static Reader withoutBom(Reader r) throws IOException {
        PushbackReader p = new PushbackReader(r, 1);
        int first = p.read();
        if (first != -1 && first != '\uFEFF') p.unread(first);
        return p;
    }

    private static final class RecordTooLong extends IOException {
        RecordTooLong(String message) { super(message); }
    }

    /**
     * Counts the characters handed to the parser since the last record ended and refuses to go past
     * {@link #MAX_RECORD_CHARS}, so a file with no line breaks (or one endless quoted field) cannot make the parser
     * buffer all of it. The parser reads ahead by at most a buffer (8 K characters), far below the limit.
     */
    private static final class BoundedReader extends FilterReader {
        private long delivered, recordStart;

        BoundedReader(Reader in) { super(in); }

        void recordEnded() { recordStart = delivered; }

        @Override public int read() throws IOException {
            int c = super.read();
            if (c >= 0) count(1);
            return c;
        }

        @Override public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws IOException {
            delivered += n;
            if (delivered - recordStart > MAX_RECORD_CHARS + 65_536L) {
                throw new RecordTooLong("it has a record (line) longer than " + MAX_RECORD_CHARS + " characters");
            }
        }
    }
}
