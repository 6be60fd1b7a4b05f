package dev.opsdojo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the calculator lands in this commit series. */
@Command(name = "iam-ecr", mixinStandardHelpOptions = true)
public final class CalcIamEcrCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
