package org.gongxue.platform.security;

/** How a sign-in attempt ended; the login page explains each one differently. */
public enum SignInOutcome {
    SUCCEEDED,
    /** Wrong name or password, or a disabled account: deliberately not told apart. */
    INVALID,
    /** Too many recent failures for this account or this address. */
    LOCKED
}
