package org.gongxue.forum.service;

import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;

/** What an administrator asks for when creating or changing a space. */
public record SpaceDraft(String name, String purpose, SpaceKind kind, SpaceVisibility visibility, String localityCode) {
}
