package dev.opsdojo.srs;

/** The four answers of a review, with FSRS's grade numbers (Again=1 … Easy=4). */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    public final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public static Rating ofGrade(int grade) {
        for (Rating r : values()) {
            if (r.grade == grade) {
                return r;
            }
        }
        throw new IllegalArgumentException("rating must be 1..4 (Again, Hard, Good, Easy), was " + grade);
    }

    /** "Again", "Hard", "Good", "Easy". */
    public String display() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
