package dev.opsdojo.srs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The RFC 4180 reader and writer under the importer and the exporter. */
class CsvTest {

    private static List<String> onlyRecord(String csv, char separator) {
        List<Csv.Record> records = Csv.read(csv, separator);
        assertThat(records).hasSize(1);
        return records.get(0).fields();
    }

    @Test
    void aQuotedFieldKeepsSeparatorsQuotesAndLineBreaks() {
        assertThat(onlyRecord("\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"", ','))
                .containsExactly("a, b", "say \"hi\"", "two\nlines");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() {
        assertThat(onlyRecord("5\" floppy,disk", ',')).containsExactly("5\" floppy", "disk");
    }

    @Test
    void emptyFieldsAreKept() {
        assertThat(onlyRecord("a,,c,", ',')).containsExactly("a", "", "c", "");
    }

    @ParameterizedTest(name = "line break {index}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void recordsAreNumberedByTheLineTheyStartOnWhateverTheLineBreaks(String br) {
        String csv = "a,\"one" + br + "two" + br + "three\"" + br + br + "#comment" + br + "b,c";

        List<Csv.Record> records = Csv.read(csv, ',');

        assertThat(records).extracting(Csv.Record::line).containsExactly(1, 6);
        assertThat(records.get(0).lastLine()).isEqualTo(3);
    }

    @Test
    void blankLinesAndCommentLinesAreSkipped() {
        assertThat(Csv.read("\n#note\na,b\n\n", ',')).extracting(Csv.Record::fields)
                .containsExactly(List.of("a", "b"));
    }

    @Test
    void aQuoteThatNeverClosesIsReported() {
        List<Csv.Record> records = Csv.read("a,\"open\nb,c\n", ',');

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.unclosedQuote()).isTrue();
            assertThat(r.line()).isEqualTo(1);
        });
    }

    @Test
    void aLoneEmptyCellIsWrittenQuotedSoItIsNotABlankLine() {
        String csv = new Csv.Writer(',').text("").endRow().toString();

        assertThat(csv).isEqualTo("\"\"\r\n");
        assertThat(Csv.read(csv, ',')).extracting(Csv.Record::fields).containsExactly(List.of(""));
    }

    @Test
    void aFirstCellStartingWithHashIsQuotedSoItIsNotAComment() {
        String csv = new Csv.Writer(',').text("#include").text("x").endRow().toString();

        assertThat(csv).isEqualTo("\"#include\",x\r\n");
    }

    @Test
    void rowsEndWithCrLf() {
        assertThat(new Csv.Writer('\t').row(List.of("a", "b")).row(List.of("c", "d")).toString())
                .isEqualTo("a\tb\r\nc\td\r\n");
    }
}
