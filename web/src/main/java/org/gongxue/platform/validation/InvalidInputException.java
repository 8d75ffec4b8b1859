package org.gongxue.platform.validation;

import java.util.List;

/** Input that breaks a rule; nothing was changed. Carries every problem found, not just the first. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super("Invalid input: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(List.of(Problem.of(field, messageKey)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
