package dev.opsdojo.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.storage.JsonStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the learner has done with lessons, and how it survives a restart. */
class LessonProgressTest {

    @Nested
    class Progress {

        @Test
        void nothingIsReadAtFirst() {
            LessonProgress empty = LessonProgress.empty();

            assertThat(empty.isRead("a")).isFalse();
            assertThat(empty.lastLessonId()).isNull();
            assertThat(empty.scrollOf("a")).isZero();
        }

        @Test
        void markingALessonReadAndUnread() {
            LessonProgress read = LessonProgress.empty().withRead("a", true);

            assertThat(read.isRead("a")).isTrue();
            assertThat(read.isRead("b")).isFalse();
            assertThat(read.withRead("a", false).isRead("a")).isFalse();
        }

        @Test
        void markingReadTwiceChangesNothing() {
            LessonProgress once = LessonProgress.empty().withRead("a", true);

            assertThat(once.withRead("a", true)).isEqualTo(once);
        }

        @Test
        void changesReturnANewValueAndLeaveTheOldOneAlone() {
            LessonProgress before = LessonProgress.empty();

            before.withRead("a", true).withOpened("a").withScroll("a", 0.5);

            assertThat(before).isEqualTo(LessonProgress.empty());
        }

        @Test
        void openingALessonRemembersItAsTheLastOne() {
            LessonProgress progress = LessonProgress.empty().withOpened("a").withOpened("b");

            assertThat(progress.lastLessonId()).isEqualTo("b");
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "0.0, 0.0",
                "0.25, 0.25",
                "1.0, 1.0",
                "-0.5, 0.0",
                "1.5, 1.0",
                "NaN, 0.0",
                "Infinity, 1.0",
                "-Infinity, 0.0"})
        void scrollPositionsAreClampedToZeroToOne(double given, double kept) {
            assertThat(LessonProgress.empty().withScroll("a", given).scrollOf("a")).isEqualTo(kept);
        }

        @Test
        void scrollPositionsAreKeptPerLesson() {
            LessonProgress progress = LessonProgress.empty().withScroll("a", 0.3).withScroll("b", 0.7).withScroll("a", 0.4);

            assertThat(progress.scrollOf("a")).isEqualTo(0.4);
            assertThat(progress.scrollOf("b")).isEqualTo(0.7);
        }

        @Test
        void readAmongCountsOnlyTheGivenLessonsThatAreRead() {
            LessonProgress progress = LessonProgress.empty().withRead("a", true).withRead("b", true).withRead("elsewhere", true);

            assertThat(progress.readAmong(List.of("a", "b", "c"))).isEqualTo(2);
            assertThat(progress.readAmong(List.of("c"))).isZero();
            assertThat(progress.readAmong(List.of())).isZero();
        }

        @Test
        void missingFieldsOfASavedFileMeanNothingDone() {
            LessonProgress fromOldFile = new LessonProgress(null, null, null);

            assertThat(fromOldFile).isEqualTo(LessonProgress.empty());
        }
    }

    @Nested
    class Store {
        @TempDir
        Path dir;

        private final Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

        private LessonProgressStore open() {
            return new LessonProgressStore(new JsonStore(dir, clock));
        }

        @Test
        void withoutAFileProgressStartsEmptyWithoutAProblem() {
            LessonProgressStore store = open();

            assertThat(store.get()).isEqualTo(LessonProgress.empty());
            assertThat(store.loadProblem()).isEmpty();
        }

        @Test
        void progressSurvivesARestart() {
            open().update(p -> p.withRead("a", true).withRead("b", true).withOpened("b").withScroll("b", 0.625));

            LessonProgressStore reopened = open();

            assertThat(reopened.loadProblem()).isEmpty();
            assertThat(reopened.get().readLessons()).isEqualTo(Set.of("a", "b"));
            assertThat(reopened.get().lastLessonId()).isEqualTo("b");
            assertThat(reopened.get().scrollPositions()).isEqualTo(Map.of("b", 0.625));
        }

        @Test
        void everyChangeIsWrittenAtOnce() {
            LessonProgressStore store = open();

            store.update(p -> p.withRead("a", true));

            assertThat(Files.exists(dir.resolve(LessonProgress.FILE))).isTrue();
            assertThat(open().get().isRead("a")).isTrue();
        }

        @Test
        void anUpdateThatChangesNothingWritesNothing() {
            LessonProgressStore store = open();

            store.update(p -> p);

            assertThat(Files.exists(dir.resolve(LessonProgress.FILE))).isFalse();
        }

        @Test
        void aCorruptFileIsMovedAsideAndProgressStartsEmpty() throws IOException {
            Files.writeString(dir.resolve(LessonProgress.FILE), "{\"readLessons\": [\"a\", ");

            LessonProgressStore store = open();

            assertThat(store.get()).isEqualTo(LessonProgress.empty());
            assertThat(store.loadProblem()).hasValueSatisfying(problem -> assertThat(problem).contains(LessonProgress.FILE));
            assertThat(Files.exists(dir.resolve(LessonProgress.FILE))).isFalse();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .containsExactly("lesson-progress.json.corrupt-20250304T050607");
            }
        }

        @Test
        void afterACorruptFileTheNextChangeIsSavedNormally() throws IOException {
            Files.writeString(dir.resolve(LessonProgress.FILE), "garbage");
            open().update(p -> p.withRead("a", true));

            LessonProgressStore reopened = open();

            assertThat(reopened.loadProblem()).isEmpty();
            assertThat(reopened.get().isRead("a")).isTrue();
        }
    }
}
