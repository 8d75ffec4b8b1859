package org.gongxue.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under /api: JSON in and out, HTTP Basic or the web session for who is calling,
 * resources found by scanning the WAR.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
