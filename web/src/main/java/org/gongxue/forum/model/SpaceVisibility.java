package org.gongxue.forum.model;

/** Who sees a space: everyone in the zone, the people of its locality, or its members only. */
public enum SpaceVisibility {
    ZONE,
    LOCALITY,
    MEMBERS
}
