package org.gongxue.people.model;

/** What a named group is; the bundles name each under {@code group.kind.<NAME>}. */
public enum GroupKind {
    TRAINING_CLASS,
    EXPERT_COMMITTEE,
    SPACE,
    OTHER
}
