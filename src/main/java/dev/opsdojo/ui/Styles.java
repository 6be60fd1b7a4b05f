package dev.opsdojo.ui;

/** Style-class names used by the views; the rules live in app.css. */
public final class Styles {
    public static final String SIDEBAR = "sidebar";
    public static final String NAV_BUTTON = "nav-button";
    public static final String TOP_BAR = "top-bar";
    public static final String BRAND = "brand";
    public static final String PAGE = "page";
    public static final String PAGE_TITLE = "page-title";
    public static final String MUTED = "muted";
    public static final String CARD = "card-box";
    public static final String MESSAGE_BAR = "message-bar";
    public static final String COMING_BADGE = "coming-badge";

    public static final String LESSON_BODY = "lesson-body";
    public static final String LESSON_HEADER = "lesson-header";
    public static final String H1 = "md-h1";
    public static final String H2 = "md-h2";
    public static final String H3 = "md-h3";
    public static final String H4 = "md-h4";
    public static final String PARAGRAPH = "md-paragraph";
    public static final String STRONG = "md-strong";
    public static final String EMPHASIS = "md-emphasis";
    public static final String STRONG_EMPHASIS = "md-strong-emphasis";
    public static final String INLINE_CODE = "md-inline-code";
    public static final String TEXT = "md-text";
    public static final String LINK = "md-link";
    public static final String CODE_BLOCK = "md-code-block";
    public static final String CODE_HEADER = "md-code-header";
    public static final String CODE_TEXT = "md-code-text";
    public static final String LIST = "md-list";
    public static final String LIST_ITEM = "md-list-item";
    public static final String LIST_MARKER = "md-list-marker";
    public static final String BLOCK_QUOTE = "md-blockquote";
    public static final String CALLOUT = "md-callout";
    public static final String CALLOUT_TITLE = "md-callout-title";
    public static final String TABLE = "md-table";
    public static final String TABLE_HEAD = "md-table-head";
    public static final String TABLE_CELL = "md-table-cell";
    public static final String RULE = "md-rule";
    public static final String IMAGE = "md-image";
    public static final String ERROR_BOX = "md-error";
    public static final String WIDGET = "md-widget";
    public static final String SEARCH_TARGET = "search-target";
    public static final String SEARCH_HIT = "search-hit";
    public static final String SEARCH_MATCH = "search-match";
    public static final String BROWSER = "lesson-browser";
    public static final String BROWSER_TOPIC = "browser-topic";
    public static final String BROWSER_LESSON = "browser-lesson";
    public static final String BROWSER_ERROR = "browser-error";

    private Styles() {
    }
}
