package org.gongxue.people.service.roster;

import java.util.function.Consumer;

/** Reads the rows of one file format, handing each to the sink as soon as it is read. */
interface SheetReader {

    /**
     * @throws RosterFileException when the file cannot be read; the sink may throw it too, to
     *                             stop the reading early
     */
    void read(byte[] content, Consumer<SheetRow> sink);
}
