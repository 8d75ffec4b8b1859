package org.gongxue.search.index;

/**
 * A rebuild was asked for while another one runs, or while an interrupted one still holds its
 * half-filled index ({@link ContentIndex#cancelRebuild()} removes that).
 */
public class RebuildRunningException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public RebuildRunningException(String index) {
        super("a rebuild is filling " + index + " already; if its server stopped, cancel it and start again");
    }
}
