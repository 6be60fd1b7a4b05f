package dev.opsdojo.srs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the CSV writer and reader, for any text, including quotes, separators, line breaks and Korean. */
class CsvProperties {

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars("\"',;\t\r\n=+-@# ")
                .withCharRange('a', 'c')
                .withCharRange('가', '각')
                .ofMaxLength(12);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, tricky),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(20)));
    }

    @Provide
    Arbitrary<List<String>> rows() {
        return cells().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Character> separators() {
        return Arbitraries.of('\t', ',', ';');
    }

    @Property
    void writingThenReadingARowGivesItBack(@ForAll("rows") List<String> row, @ForAll("separators") char separator) {
        String csv = new Csv.Writer(separator).row(row).toString();

        List<Csv.Record> records = Csv.read(csv, separator);

        assertThat(records).hasSize(1);
        assertThat(records.get(0).fields().stream().map(FormulaEscape::unescape).toList()).isEqualTo(row);
    }

    @Property
    void eachRecordStartsOnTheLineAfterThePreviousOneEnds(@ForAll("rows") List<String> first,
                                                          @ForAll("rows") List<String> second,
                                                          @ForAll("separators") char separator) {
        String csv = new Csv.Writer(separator).row(first).row(second).toString();

        List<Csv.Record> records = Csv.read(csv, separator);

        assertThat(records).hasSize(2);
        assertThat(records.get(1).line()).isEqualTo(records.get(0).lastLine() + 1)
                .isEqualTo(1 + first.stream().mapToInt(CsvProperties::lineBreaks).sum() + 1);
    }

    @Property
    void unescapeUndoesEscape(@ForAll("cells") String text) {
        assertThat(FormulaEscape.unescape(FormulaEscape.escape(text))).isEqualTo(text);
    }

    @Property
    void anEscapedCellNeverStartsWithAFormulaCharacter(@ForAll("cells") String text) {
        String escaped = FormulaEscape.escape(text);

        assertThat(escaped.isEmpty() || FormulaEscape.TRIGGERS.indexOf(escaped.charAt(0)) < 0).isTrue();
    }

    private static int lineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length - 1;
    }
}
