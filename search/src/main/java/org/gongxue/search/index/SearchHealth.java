package org.gongxue.search.index;

/**
 * The search cluster as a readiness check sees it.
 *
 * @param usable whether searches and writes can be served (green or yellow)
 * @param status green, yellow or red as the cluster reports it; "unreachable" when it did not answer
 * @param detail what went wrong, or the cluster's name when it answered
 */
public record SearchHealth(boolean usable, String status, String detail) {}
