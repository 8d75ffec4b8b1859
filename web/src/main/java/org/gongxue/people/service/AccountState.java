package org.gongxue.people.service;

import java.util.Set;

/** What sign-in needs to know of an active account: its roles, and whether it must change its password first. */
public record AccountState(String username, Set<String> roles, boolean mustChangePassword) {
}
