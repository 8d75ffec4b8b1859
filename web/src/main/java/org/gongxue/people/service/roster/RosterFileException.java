package org.gongxue.people.service.roster;

/**
 * Ends the reading of a file that cannot become a roster. Unchecked because it is thrown from
 * inside the row callbacks of POI's and Commons CSV's parsers; it never leaves this package.
 */
final class RosterFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RosterProblem problem;

    RosterFileException(RosterProblemKind kind, Object... arguments) {
        this(null, kind, arguments);
    }

    RosterFileException(Throwable cause, RosterProblemKind kind, Object... arguments) {
        super(kind.name(), cause);
        this.problem = new RosterProblem(kind, arguments);
    }

    RosterProblem problem() {
        return problem;
    }
}
