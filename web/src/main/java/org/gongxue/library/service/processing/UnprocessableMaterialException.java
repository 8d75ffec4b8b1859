package org.gongxue.library.service.processing;

/** The material itself is the problem: processing it again would fail again. */
public class UnprocessableMaterialException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ProcessingProblem problem;

    /** @param detail what exactly went wrong, for the server log */
    public UnprocessableMaterialException(ProcessingProblem problem, String detail, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.problem = problem;
    }

    public ProcessingProblem problem() {
        return problem;
    }
}
