package dev.opsdojo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class I18nTest {

    private static Properties read(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/dev/opsdojo/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyUiStringExistsInBothLanguages() throws Exception {
        var english = new TreeSet<>(read("messages.properties").stringPropertyNames());
        var korean = new TreeSet<>(read("messages_ko.properties").stringPropertyNames());
        assertThat(korean).containsExactlyElementsOf(english);
    }

    @Test
    void koreanStringsAreKorean() {
        I18n korean = new I18n("ko");
        assertThat(korean.get("nav.lessons")).isEqualTo("강의");
        assertThat(korean.format("browser.summary", 1, 2)).isEqualTo("강의 2개 중 1개 읽음");
    }

    @Test
    void englishIsChosenEvenWhenTheMachineSpeaksKorean() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.KOREA);
            assertThat(new I18n("en").get("nav.lessons")).isEqualTo("Lessons");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertThat(new I18n("en").get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
