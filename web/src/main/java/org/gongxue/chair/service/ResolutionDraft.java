package org.gongxue.chair.service;

import java.time.LocalDate;

/** A resolution of a meeting: what, whose office owns it, by when. */
public record ResolutionDraft(String text, String ownerLocalityCode, LocalDate dueOn) {
}
