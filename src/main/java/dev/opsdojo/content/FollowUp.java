package dev.opsdojo.content;

/** An interviewer's follow-up question ("꼬리 질문"): another card by id, or a question in plain text. */
public record FollowUp(String card, String text) {
    public boolean isCard() {
        return card != null && !card.isBlank();
    }
}
