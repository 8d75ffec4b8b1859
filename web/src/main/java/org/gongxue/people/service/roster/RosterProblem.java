package org.gongxue.people.service.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a roster file or row: a message key with its arguments, so that the page
 * shows it in the visitor's language ({@code h:outputFormat} or {@code MessageFormat}).
 * A class with getters, not a record: Jakarta EL 5 cannot read records.
 */
public final class RosterProblem {

    private final RosterProblemKind kind;
    private final List<String> arguments;

    RosterProblem(RosterProblemKind kind, Object... arguments) {
        this.kind = Objects.requireNonNull(kind);
        // Strings, so that MessageFormat shows 5000 and 13812345678 as written, not as 5,000.
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public RosterProblemKind getKind() {
        return kind;
    }

    public String getKey() {
        return kind.getKey();
    }

    public List<String> getArguments() {
        return arguments;
    }

    @Override
    public String toString() {
        return kind + arguments.toString();
    }
}
