package dev.opsdojo.app;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The sidebar's sections, in order; Ctrl+1..5 select them. */
public enum Section {
    LESSONS("nav.lessons", Feather.BOOK_OPEN),
    FLASHCARDS("nav.flashcards", Feather.LAYERS),
    SIMULATORS("nav.simulators", Feather.ACTIVITY),
    CALCULATORS("nav.calculators", Feather.PERCENT),
    PROGRESS("nav.progress", Feather.BAR_CHART_2);

    final String labelKey;
    final Ikon icon;

    Section(String labelKey, Ikon icon) {
        this.labelKey = labelKey;
        this.icon = icon;
    }

    static Section parse(String name) {
        for (Section section : values()) {
            if (section.name().equalsIgnoreCase(name)) {
                return section;
            }
        }
        return LESSONS;
    }
}
