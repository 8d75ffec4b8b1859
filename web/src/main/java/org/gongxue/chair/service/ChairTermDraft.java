package org.gongxue.chair.service;

import java.time.LocalDate;

/** A period of the rotating chair as an administrator enters it; both days inclusive. */
public record ChairTermDraft(String localityCode, LocalDate startsOn, LocalDate endsOn) {
}
