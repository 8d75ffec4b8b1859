package org.gongxue.events.service;

/** A new series: its title, a summary, and the locality that runs it (ZONE for a shared one). */
public record SeriesDraft(String title, String summary, String localityCode) {
}
