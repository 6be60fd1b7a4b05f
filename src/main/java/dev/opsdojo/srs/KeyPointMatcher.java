package dev.opsdojo.srs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which key points a typed interview answer covers, tolerantly: case, punctuation, word order, English
 * plurals and small typos do not matter, and Korean words are found with or without their particles
 * ("상태를" covers "상태"). A key point written as "Korean (English)" is covered by either form.
 * A key point counts as covered when at least {@link #COVERED_SHARE} of its meaningful words are found.
 */
public final class KeyPointMatcher {
    public static final double COVERED_SHARE = 0.6;

    private static final Set<String> ENGLISH_STOPWORDS = Set.of("a", "an", "the", "of", "to", "is", "are", "and", "or",
            "for", "in", "on", "with", "by", "it", "its", "be", "as", "at", "that", "this", "from", "into", "vs");
    /** Common particles and endings, longest first, stripped from the end of a Korean word. */
    private static final List<String> KOREAN_SUFFIXES = List.of("으로부터", "에서부터", "이라는", "에서는", "에게서", "으로는",
            "입니다", "합니다", "됩니다", "이다", "한다", "된다", "하는", "되는", "으로", "에서", "에게", "까지", "부터", "처럼",
            "보다", "라는", "이나", "에는", "와의", "과의", "하고", "하면", "해서", "은", "는", "이", "가", "을", "를", "에", "의",
            "로", "와", "과", "도", "만", "나", "랑");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

    public record Result(List<Boolean> covered, double share) {
        public int coveredCount() {
            return (int) covered.stream().filter(b -> b).count();
        }
    }

    private KeyPointMatcher() {
    }

    public static Result match(List<String> keyPoints, String answer) {
        Words words = Words.of(answer == null ? "" : answer);
        List<Boolean> covered = new ArrayList<>();
        for (String point : keyPoints) {
            covered.add(covers(words, point));
        }
        double share = keyPoints.isEmpty() ? 0 : covered.stream().filter(b -> b).count() / (double) keyPoints.size();
        return new Result(List.copyOf(covered), share);
    }

    /**
     * The rating a covered share suggests: under 40% Again, under 70% Hard, otherwise Good; Easy when every key
     * point is covered within half the time allowed ({@code timeUsedShare} ≤ 0.5; pass 1 when untimed).
     */
    public static Rating suggest(double share, double timeUsedShare) {
        if (share < 0.4) {
            return Rating.AGAIN;
        }
        if (share < 0.7) {
            return Rating.HARD;
        }
        if (share >= 0.999 && timeUsedShare <= 0.5) {
            return Rating.EASY;
        }
        return Rating.GOOD;
    }

    static boolean covers(Words answer, String keyPoint) {
        List<String> alternatives = new ArrayList<>();
        Matcher inParentheses = PARENTHESES.matcher(keyPoint);
        while (inParentheses.find()) {
            alternatives.add(inParentheses.group(1));
        }
        alternatives.add(0, PARENTHESES.matcher(keyPoint).replaceAll(" "));
        if (alternatives.size() > 1) {
            alternatives.add(keyPoint);
        }
        for (String alternative : alternatives) {
            List<String> tokens = contentWords(alternative);
            if (tokens.isEmpty()) {
                continue;
            }
            long found = tokens.stream().filter(answer::contains).count();
            if (found >= Math.max(1, Math.ceil(tokens.size() * COVERED_SHARE - 1e-9))) {
                return true;
            }
        }
        return false;
    }

    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        for (String word : normalize(text).split(" ")) {
            if (word.isEmpty() || ENGLISH_STOPWORDS.contains(word)) {
                continue;
            }
            out.add(isHangul(word) ? stripParticle(word) : word);
        }
        return out;
    }

    static boolean isHangul(String word) {
        return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    static String stripParticle(String word) {
        for (String suffix : KOREAN_SUFFIXES) {
            if (word.length() > suffix.length() + 0 && word.endsWith(suffix) && word.length() - suffix.length() >= 1) {
                String stem = word.substring(0, word.length() - suffix.length());
                if (stem.length() >= 1) {
                    return stem;
                }
            }
        }
        return word;
    }

    private static final Pattern LATIN_RUN = Pattern.compile("[\\p{IsLatin}\\p{N}]+");

    /** The typed answer, prepared for lookups. */
    static final class Words {
        private final Set<String> latin = new HashSet<>();
        private final String hangulRun;

        private Words(String normalized) {
            StringBuilder hangul = new StringBuilder();
            for (String word : normalized.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (isHangul(word)) {
                    hangul.append(word).append(' ');
                    // "SLA는", "HPA와": an English term with a Korean particle still counts as the English term.
                    java.util.regex.Matcher latinRun = LATIN_RUN.matcher(word);
                    while (latinRun.find()) {
                        latin.add(latinRun.group());
                    }
                } else {
                    latin.add(word);
                }
            }
            hangulRun = hangul.toString();
        }

        static Words of(String answer) {
            return new Words(normalize(answer));
        }

        boolean contains(String token) {
            if (isHangul(token)) {
                // Korean: substring of the answer's Hangul (particles attach to words; compounds split or join).
                return hangulRun.contains(token) || hangulRun.replace(" ", "").contains(token);
            }
            if (latin.contains(token)) {
                return true;
            }
            for (String word : latin) {
                if (sameStem(word, token) || (token.length() >= 5 && withinOneEdit(word, token))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean sameStem(String a, String b) {
            int common = 0;
            int max = Math.min(a.length(), b.length());
            while (common < max && a.charAt(common) == b.charAt(common)) {
                common++;
            }
            int longer = Math.max(a.length(), b.length());
            return common >= 4 && common >= longer - 3;
        }

        private static boolean withinOneEdit(String a, String b) {
            if (Math.abs(a.length() - b.length()) > 1) {
                return false;
            }
            int i = 0;
            int j = 0;
            int edits = 0;
            while (i < a.length() && j < b.length()) {
                if (a.charAt(i) == b.charAt(j)) {
                    i++;
                    j++;
                    continue;
                }
                if (++edits > 1) {
                    return false;
                }
                if (a.length() > b.length()) {
                    i++;
                } else if (a.length() < b.length()) {
                    j++;
                } else {
                    i++;
                    j++;
                }
            }
            return edits + (a.length() - i) + (b.length() - j) <= 1;
        }
    }
}
