package org.gongxue.people.service.roster;

/**
 * The localities a person can belong to (the codes of the {@code locality} table).
 *
 * <p>Stand-in until {@code org.gongxue.people.model} publishes its own: when it does, delete this
 * file and import that one — the import needs nothing beyond the four constants.
 */
public enum Locality {
    QINGPU,
    WUJIANG,
    JIASHAN,
    /** The zone as a whole, for the bodies the three localities share. */
    ZONE
}
