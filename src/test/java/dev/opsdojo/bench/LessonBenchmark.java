package dev.opsdojo.bench;

import dev.opsdojo.content.BuiltInContent;
import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.ContentLoader;
import dev.opsdojo.content.Lesson;
import dev.opsdojo.lesson.LessonSearch;
import dev.opsdojo.lesson.SearchIndex;
import dev.opsdojo.lesson.ui.MarkdownRenderer;
import dev.opsdojo.lesson.ui.WidgetRegistry;
import dev.opsdojo.calc.ui.NinesWidget;
import dev.opsdojo.ui.Fonts;
import dev.opsdojo.ui.I18n;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * On-demand benchmark (not a test): opening a lesson (parse + build nodes, then CSS and layout in a scene)
 * and search per keystroke over all content. Prints medians; run with bench/lessons.sh.
 */
public final class LessonBenchmark {
    private static final int WARMUP = 30;
    private static final int RUNS = 101;

    public static void main(String[] args) throws Exception {
        ContentLibrary library = new ContentLoader().load(List.of(BuiltInContent.asRoot()));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                Fonts.load();
                renderLessons(library);
                searchKeystrokes(library);
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void renderLessons(ContentLibrary library) {
        WidgetRegistry widgets = new WidgetRegistry().register("nines", NinesWidget::create);
        ScrollPane viewport = new ScrollPane();
        viewport.setFitToWidth(true);
        Scene scene = new Scene(viewport, 1000, 800);
        scene.getStylesheets().add(LessonBenchmark.class.getResource("/dev/opsdojo/css/app.css").toExternalForm());
        for (String lang : new String[] {"en", "ko"}) {
            I18n i18n = new I18n(lang);
            for (String id : library.lessonIdsInCourseOrder()) {
                Lesson lesson = library.lesson(id, lang).orElseThrow().lesson();
                MarkdownRenderer renderer = new MarkdownRenderer(i18n, href -> { }, widgets, lesson.file());
                double[] build = new double[RUNS];
                double[] buildAndLayout = new double[RUNS];
                for (int i = -WARMUP; i < RUNS; i++) {
                    long t0 = System.nanoTime();
                    var rendered = renderer.render(lesson.body());
                    long t1 = System.nanoTime();
                    viewport.setContent(rendered.root());
                    viewport.applyCss();
                    viewport.layout();
                    long t2 = System.nanoTime();
                    if (i >= 0) {
                        build[i] = (t1 - t0) / 1e6;
                        buildAndLayout[i] = (t2 - t0) / 1e6;
                    }
                }
                System.out.printf(Locale.ROOT, "open lesson %-20s %s: parse+nodes median %.2f ms, +css+layout median %.2f ms (p90 %.2f ms)%n",
                        id, lang, median(build), median(buildAndLayout), percentile(buildAndLayout, 0.9));
            }
        }
    }

    private static void searchKeystrokes(ContentLibrary library) {
        for (String lang : new String[] {"en", "ko"}) {
            SearchIndex real = LessonSearch.forLanguage(library, lang);
            // The full curriculum will be ~20 lessons per language; 25 copies of what ships is a safe upper bound.
            SearchIndex large = scaled(library, lang, 25);
            String query = lang.equals("en") ? "error budget" : "오류 예산";
            for (SearchIndex index : new SearchIndex[] {real, large}) {
                List<Double> times = new ArrayList<>();
                for (int rep = -WARMUP; rep < RUNS; rep++) {
                    for (int k = 1; k <= query.length(); k++) {
                        long t0 = System.nanoTime();
                        index.search(query.substring(0, k));
                        long t1 = System.nanoTime();
                        if (rep >= 0) {
                            times.add((t1 - t0) / 1e6);
                        }
                    }
                }
                double[] all = times.stream().mapToDouble(Double::doubleValue).toArray();
                System.out.printf(Locale.ROOT, "search per keystroke (%s, %d documents, typing \"%s\"): median %.3f ms, p99 %.3f ms%n",
                        lang, index.size(), query, median(all), percentile(all, 0.99));
            }
        }
    }

    private static SearchIndex scaled(ContentLibrary library, String lang, int copies) {
        List<SearchIndex.Document> documents = new ArrayList<>();
        SearchIndex base = LessonSearch.forLanguage(library, lang);
        for (String id : library.lessonIdsInCourseOrder()) {
            Lesson lesson = library.lesson(id, lang).orElseThrow().lesson();
            List<String> blocks = dev.opsdojo.lesson.PlainText.topLevelBlocks(dev.opsdojo.content.Markdown.parse(lesson.body()));
            for (int c = 0; c < copies; c++) {
                documents.add(new SearchIndex.Document("lesson", id + "-" + c, lesson.meta().title(), lesson.meta().topic(), blocks));
            }
        }
        return base.size() > 0 ? new SearchIndex(documents) : base;
    }

    static double median(double[] values) {
        return percentile(values, 0.5);
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private LessonBenchmark() {
    }
}
