package dev.opsdojo.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KeyPointMatcherTest {

    @ParameterizedTest(name = "\"{0}\" covers \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "You add more machines behind a load balancer | more machines behind a load balancer | true",
            "Scaling out adds servers; LB spreads requests | more machines behind a load balancer | false",
            "a single point of failure remains | single point of failure | true",
            "single points of failure | single point of failure | true",
            "singel point of failure | single point of failure | true",
            "Sessions live in Redis, so instances are stateless | state moved out of the app (stateless) | true",
            "세션은 Redis 같은 외부 저장소에 둡니다 | 세션을 외부 저장소로 | true",
            "서버를 더 크게 만드는 것이 스케일 업입니다 | 스케일 업 = 더 큰 서버 | true",
            "상태를 밖으로 빼면 확장하기 쉽습니다 | 상태를 외부 저장소로 (stateless) | false",
            "앱은 stateless 하게 만듭니다 | 상태를 외부 저장소로 (stateless) | true",
            "가용성은 요청 성공 비율로도 잽니다 | 성공한 요청의 비율 | true",
            "nothing relevant here | 오류 예산 | false",
            "SLA는 SLO보다 느슨하게 잡습니다 | SLA가 SLO보다 느슨함 | true",
            "HPA와 VPA를 같은 지표에 쓰지 않습니다 | HPA VPA 같은 지표 금지 | true",
    })
    void keyPointsAreFoundTolerantly(String answer, String keyPoint, boolean expected) {
        assertThat(KeyPointMatcher.match(List.of(keyPoint), answer).covered()).containsExactly(expected);
    }

    @Test
    void theShareCountsCoveredPoints() {
        var result = KeyPointMatcher.match(List.of("bigger machine", "more machines", "error budget", "ceiling"),
                "Scale up means a bigger machine, and it has a ceiling.");
        assertThat(result.covered()).containsExactly(true, false, false, true);
        assertThat(result.share()).isEqualTo(0.5);
    }

    @Test
    void anEmptyAnswerCoversNothing() {
        assertThat(KeyPointMatcher.match(List.of("anything"), "").share()).isZero();
        assertThat(KeyPointMatcher.match(List.of("anything"), null).coveredCount()).isZero();
    }

    @ParameterizedTest(name = "share {0}, time used {1} → {2}")
    @CsvSource({"0.0, 1, AGAIN", "0.39, 0.2, AGAIN", "0.4, 1, HARD", "0.69, 0.1, HARD", "0.7, 1, GOOD", "0.99, 0.1, GOOD",
            "1.0, 0.9, GOOD", "1.0, 0.5, EASY", "1.0, 0.2, EASY"})
    void theSuggestedRatingFollowsTheCoveredShare(double share, double timeUsed, Rating expected) {
        assertThat(KeyPointMatcher.suggest(share, timeUsed)).isEqualTo(expected);
    }
}
