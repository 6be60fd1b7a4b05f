package dev.opsdojo.calc.iam;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/** One sentence of the checker: what it says and the values filled in. {@link #english()} renders it. */
public record Message(IamMessage kind, List<String> args) {
    public Message {
        args = List.copyOf(args);
    }

    public static Message of(IamMessage kind, String... args) {
        return new Message(kind, List.of(args));
    }

    public String english() {
        return new MessageFormat(kind.englishPattern(), Locale.ROOT).format(args.toArray());
    }
}
