package dev.opsdojo.srs.io;

/**
 * Keeps spreadsheet programs from running a CSV cell as a formula (OWASP "CSV injection").
 *
 * <p>The rule: a cell whose first character, after any leading apostrophes, is {@code = + - @}, a tab or a
 * carriage return gets one more apostrophe {@code '} in front when written, and the writer quotes it. Spreadsheets
 * show a leading apostrophe as "this is text" and do not evaluate the cell.
 *
 * <p>Import undoes exactly that: it removes one leading apostrophe only when what follows it (again after any
 * further apostrophes) starts with {@code = + - @}, a tab or a carriage return. Counting the apostrophes makes the
 * escape recognisable and reversible: {@code '=x} is written as {@code ''=x} and read back as {@code '=x}, while
 * {@code 'hello} is never touched either way. So {@code unescape(escape(s)).equals(s)} for every string.
 */
final class FormulaEscape {
    /** The characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula. */
    static final String TRIGGERS = "=+-@\t\r";

    private FormulaEscape() {
    }

    /** True if a spreadsheet could run {@code text} as a formula, looking past leading apostrophes. */
    static boolean needsEscape(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
    }

    static String escape(String text) {
        return needsEscape(text) ? "'" + text : text;
    }

    static String unescape(String cell) {
        return cell.startsWith("'") && needsEscape(cell.substring(1)) ? cell.substring(1) : cell;
    }
}
