package dev.opsdojo.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.opsdojo.content.BuiltInContent;
import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.ContentLoader;
import dev.opsdojo.calc.hpa.HpaSpec;
import dev.opsdojo.calc.hpa.ReplicaCalculator;
import dev.opsdojo.calc.queue.CapacityPlanner;
import dev.opsdojo.calc.queue.ClosedPool;
import dev.opsdojo.calc.queue.MMc;
import dev.opsdojo.calc.queue.RandomBalancedQueues;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers the lessons state are the numbers the calculators give. Each check finds the phrase in the shipped lesson
 * (so a rewrite that drops or changes it fails here) and recomputes it with the calculator the app uses.
 */
class LessonNumbersTest {
    private static ContentLibrary library;

    @BeforeAll
    static void load() {
        library = new ContentLoader().load(List.of(BuiltInContent.asRoot()));
    }

    static String body(String lessonId, String lang) {
        return library.lesson(lessonId, lang).orElseThrow().lesson().body();
    }

    private static final Pattern NINES_ROW = Pattern.compile("(?m)^\\| (\\d+(?:\\.\\d+)?)%[^|]*\\|([^|]+)\\|([^|]+)\\|([^|]+)\\|([^|]+)\\|\\s*$");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(d|h|m|s|일|시간|분|초)");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theNinesTableOfTheAvailabilityLessonIsTheNinesCalculatorsBudget(String lang) {
        Matcher row = NINES_ROW.matcher(body("availability-nines", lang));
        int rows = 0;
        while (row.find()) {
            Nines.Budget budget = Nines.fromPercent(Double.parseDouble(row.group(1)));
            Nines.Period[] periods = Nines.Period.values();
            for (int i = 0; i < periods.length; i++) {
                assertThat(seconds(row.group(i + 2))).as("%s%% per %s", row.group(1), periods[i])
                        .isCloseTo(budget.seconds(periods[i]), within(0.005));
            }
            rows++;
        }
        assertThat(rows).as("rows of the nines table").isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theRedundancyLessonsChainAndItsStandbyDatabaseAreWhatTheCalculatorSays(String lang) {
        String body = body("redundancy-and-dr", lang);
        assertThat(body).contains("99.94%").contains("5.3").contains("99.99%").contains("53").contains("52.56");

        Redundancy.Result chain = Redundancy.evaluate(groups("99.99", "99.9x2", "99.95"));
        assertThat(chain.availability() * 100).isCloseTo(99.94, within(0.005));
        assertThat(chain.downtimeSeconds(Nines.Period.YEAR) / 3600).isCloseTo(5.3, within(0.05));
        assertThat(chain.groups().get(chain.dominantGroup()).group().toString()).as("the single database dominates").isEqualTo("99.95");

        Redundancy.Result standby = Redundancy.evaluate(groups("99.99", "99.9x2", "99.95x2"));
        assertThat(standby.availability() * 100).isCloseTo(99.99, within(0.005));
        assertThat(standby.downtimeSeconds(Nines.Period.YEAR) / 60).isCloseTo(53, within(0.5));
        assertThat(standby.groups().get(standby.dominantGroup()).group().toString()).as("now the load balancer").isEqualTo("99.99");
        assertThat(Redundancy.evaluate(groups("99.99")).downtimeSeconds(Nines.Period.YEAR) / 60).isCloseTo(52.56, within(0.005));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theAutoscalingLessonsHpaExamplesAreTheReplicaCalculators(String lang) {
        String body = body("autoscaling", lang);
        assertThat(body).contains("`ceil(4 × 90 / 50) = ceil(7.2) = 8`").contains("54%").contains("55%").contains("`ceil(4.48) = 5`");
        HpaSpec target50 = HpaSpec.target(50);
        assertThat(ReplicaCalculator.fromAverage(target50, 4, 90).desiredReplicas()).isEqualTo(8);
        assertThat(ReplicaCalculator.fromAverage(target50, 4, 54).desiredReplicas()).isEqualTo(4);
        assertThat(ReplicaCalculator.fromAverage(target50, 4, 55).desiredReplicas()).as("1.10 is inside the band").isEqualTo(4);
        assertThat(ReplicaCalculator.fromAverage(target50, 4, 56).desiredReplicas()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theLoadLessonsSharedQueueAndRandomBalancerTimesAreTheQueueCalculators(String lang) {
        assertThat(body("load-and-symptoms", lang)).contains("1.88").contains("10");
        assertThat(MMc.of(7.2, 1, 8).meanResponseSeconds()).isCloseTo(1.88, within(0.005));
        assertThat(RandomBalancedQueues.of(7.2, 1, 8).meanResponseSeconds()).isCloseTo(10, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theHundredThousandUsersWalkthroughIsTheCapacityCalculators(String lang) {
        String body = body("designing-for-100k-users", lang);
        assertThat(body).contains("9,950").contains("497.5").contains("**123").contains("9,840").contains("273").contains("**178")
                .contains("150");
        CapacityPlanner.Inputs course = new CapacityPlanner.Inputs(100_000, 10, 0.05, 4, 0.3);
        CapacityPlanner.Met met = (CapacityPlanner.Met) CapacityPlanner.plan(course);
        assertThat(met.pods()).isEqualTo(123);
        assertThat(met.answer().throughputPerSecond()).isCloseTo(9_840, within(5.0));
        assertThat(met.answer().p95Seconds()).isCloseTo(0.273, within(0.0005));
        assertThat(CapacityPlanner.podsAtUtilization(course, 0.7).pods()).isEqualTo(178);
        // 9,950 and 497.5 are the offered load before queueing (R ≈ S): N / (Z + S) and that times S.
        assertThat(ClosedPool.of(100_000, 10, 0.05, 178 * 4).throughputPerSecond()).isCloseTo(100_000 / 10.05, within(10.0));
        assertThat(course.serviceOnlyP95Seconds()).isCloseTo(0.150, within(0.0005));
    }

    private static List<Redundancy.Group> groups(String... texts) {
        return java.util.Arrays.stream(texts).map(Redundancy::parse).toList();
    }

    /** "3d 15h 36m", "1m 0.48s", "3일 15시간 36분" → seconds. */
    static double seconds(String text) {
        Matcher part = DURATION_PART.matcher(text);
        double total = 0;
        while (part.find()) {
            double value = Double.parseDouble(part.group(1));
            total += value * switch (part.group(2)) {
                case "d", "일" -> 86_400;
                case "h", "시간" -> 3_600;
                case "m", "분" -> 60;
                default -> 1;
            };
        }
        return total;
    }
}
