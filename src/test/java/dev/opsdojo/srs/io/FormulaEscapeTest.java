package dev.opsdojo.srs.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells a spreadsheet would run as formulas are written as quoted text with a leading apostrophe (OWASP). */
class FormulaEscapeTest {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =1+1          | "'=1+1"
            +SUM(A1)      | "'+SUM(A1)"
            -2+3          | "'-2+3"
            @cmd          | "'@cmd"
            \\t=x         | "'\\t=x"
            \\r=x         | "'\\r=x"
            '=x           | "''=x"
            hello         | hello
            'hello        | 'hello
            a=b           | a=b
            """)
    void aFormulaCellIsEscapedAndQuoted(String value, String written) {
        String csv = new Csv.Writer(',').text(Text.unescape(value)).endRow().toString();

        assertThat(csv).isEqualTo(Text.unescape(written) + "\r\n");
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            '=1+1         | =1+1
            '+SUM(A1)     | +SUM(A1)
            '-2+3         | -2+3
            '@cmd         | @cmd
            ''=x          | '=x
            'hello        | 'hello
            it's          | it's
            '             | '
            ''            | ''
            """)
    void importRemovesALeadingApostropheOnlyBeforeAFormulaCharacter(String cell, String read) {
        assertThat(FormulaEscape.unescape(cell)).isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource({"1.5", "0.0001", "2025-03-04T05:06:07Z", "REVIEW"})
    void plainCellsTheExporterWritesItselfAreNotTouched(String value) {
        String csv = new Csv.Writer(',').plain(value).endRow().toString();

        assertThat(csv).isEqualTo(value + "\r\n");
    }
}
