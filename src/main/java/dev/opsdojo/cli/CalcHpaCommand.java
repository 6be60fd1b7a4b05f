package dev.opsdojo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the calculator lands in this commit series. */
@Command(name = "hpa", mixinStandardHelpOptions = true)
public final class CalcHpaCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
