package org.gongxue.search.index;

/** One value of a facet and how many visible matching documents carry it. */
public record FacetCount(String value, long count) {}
