package dev.opsdojo.calc.cicd.ui;

import dev.opsdojo.calc.cicd.CicdTexts;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Git SHA, semantic version, date-build and latest side by side, and what IMMUTABLE tags mean. */
final class TagStrategiesPane {
    private TagStrategiesPane() {
    }

    static Node create(I18n i18n) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("cicd-tag-grid");
        grid.setId("cicdTagGrid");
        String[] heads = {"cicd.tags.strategy", "cicd.tags.pros", "cicd.tags.cons", "cicd.tags.immutable"};
        for (int c = 0; c < heads.length; c++) {
            Label head = CicdLab.wrapped(i18n.get(heads[c]), "md-strong");
            grid.add(head, c, 0);
        }
        int row = 1;
        for (CicdTexts.TagStrategyText t : CicdTexts.tagStrategies(i18n.language())) {
            VBox name = new VBox(2, CicdLab.wrapped(t.name(), "md-strong"), CicdLab.wrapped(t.example(), "cicd-mono",
                    Styles.MUTED));
            grid.add(name, 0, row);
            grid.add(CicdLab.wrapped(t.pros()), 1, row);
            grid.add(CicdLab.wrapped(t.cons()), 2, row);
            Label ok = new Label(t.immutableFriendly() ? "✓" : "✗");
            ok.getStyleClass().add(t.immutableFriendly() ? CicdLab.PASS : CicdLab.FAIL);
            grid.add(ok, 3, row);
            row++;
        }
        double[] widths = {23, 31, 32, 14};
        for (double w : widths) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(w);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        grid.getChildren().forEach(n -> GridPane.setValignment(n, VPos.TOP));
        Label immutabilityTitle = CicdLab.wrapped(i18n.get("cicd.tags.immutabilityTitle"), "md-h4");
        Label immutability = CicdLab.wrapped(CicdTexts.immutability(i18n.language()));
        return new VBox(12, grid, immutabilityTitle, immutability);
    }
}
