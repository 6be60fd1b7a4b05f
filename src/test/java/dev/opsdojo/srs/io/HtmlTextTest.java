package dev.opsdojo.srs.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Anki's HTML fields become plain text: line breaks kept, tags and script/style content dropped, entities decoded. */
class HtmlTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            line 1<br>line 2                          | line 1\\nline 2
            a<br/>b<BR />c                            | a\\nb\\nc
            first<div>second</div><div>third</div>    | first\\nsecond\\nthird
            x<div><br></div><div>y</div>              | x\\n\\ny
            <p>one</p><p>two</p>                      | one\\ntwo
            <ul><li>pods</li><li>nodes</li></ul>      | - pods\\n- nodes
            <b>bold</b> and <i>italic</i>             | bold and italic
            <a href="x>y">link</a>                    | link
            <span style="color:red">red</span>        | red
            a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; | a & b <c> "d" 'e'
            no&nbsp;break                             | no break
            &#54620;&#xAE00;                          | 한글
            <script>alert(1)</script>safe            | safe
            <SCRIPT type="x">evil()</Script>ok        | ok
            <style>p { color: red }</style>text       | text
            <script>never closed                      | ``
            &lt;script&gt;alert(1)&lt;/script&gt;     | <script>alert(1)</script>
            1 < 2 and 3 > 2                           | 1 < 2 and 3 > 2
            <!-- hidden -->shown                      | shown
            &unknown; & stays                         | &unknown; & stays
            """)
    void htmlBecomesPlainText(String html, String text) {
        assertThat(HtmlText.toPlainText(html).strip()).isEqualTo(Text.unescape(text));
    }
}
