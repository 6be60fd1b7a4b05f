/**
 * OpsDojo: lessons, flashcards and simulators for backend/DevOps interviews.
 * The engines (content, lesson, calc, storage) are pure Java; app and *.ui hold the JavaFX views.
 */
module opsdojo {
    requires javafx.controls;
    requires javafx.graphics;
    requires atlantafx.base;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires info.picocli;
    requires java.management;
    requires java.desktop;

    exports dev.opsdojo.app to javafx.graphics;
    opens dev.opsdojo.app to com.fasterxml.jackson.databind;
    opens dev.opsdojo.content to com.fasterxml.jackson.databind;
    opens dev.opsdojo.lesson to com.fasterxml.jackson.databind;
    opens dev.opsdojo.cli to info.picocli;
    opens dev.opsdojo.srs to com.fasterxml.jackson.databind;
    opens dev.opsdojo.srs.io to com.fasterxml.jackson.databind;
    opens dev.opsdojo.srs.store to com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.annotation;
}
